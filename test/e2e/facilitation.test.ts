/**
 * Running the session in real Chromium: the step timer from the server clock (pause,
 * added time, time up), recalling a rule for everyone, practice mode, and the handoff of
 * the facilitation with its rights.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { createWorkshop, joinByLink, launchBrowser, person, stepOf } from "../support/browser";

describe("facilitation in the browser", () => {
	let browser: Browser;
	let fanny: Page;
	let alice: Page;
	let link: string;

	const left = async (page: Page) => Number(await page.getByTestId("step-timer").getAttribute("data-left"));

	beforeAll(async () => {
		browser = await launchBrowser();
		fanny = (await person(browser)).page;
		alice = (await person(browser)).page;
		link = await createWorkshop(fanny, inject("appUrl"), "Atelier facilité", "Fanny");
		await joinByLink(alice, link, "Alice");
	});
	afterAll(async () => {
		await browser?.close();
	});
	// When a step fails, what both people saw is kept as an artifact.
	afterEach(async (ctx) => {
		if (ctx.task.result?.state !== "fail") return;
		await fanny.screenshot({ path: `test-results/facilitation-fail-fanny.png` }).catch(() => undefined);
		await alice.screenshot({ path: `test-results/facilitation-fail-alice.png` }).catch(() => undefined);
	});

	it("shows everyone the same step timer; pause and added time reach everyone", async () => {
		await fanny.getByRole("button", { name: "Étape suivante" }).click();
		await fanny.getByRole("button", { name: "Étape suivante" }).click();
		await expect.poll(() => stepOf(alice), { timeout: 20_000 }).toBe("presentation");
		// Présentation lasts 2 minutes: both clocks agree within a couple of seconds.
		await expect.poll(() => left(alice)).toBeLessThanOrEqual(120);
		expect(Math.abs((await left(alice)) - (await left(fanny)))).toBeLessThanOrEqual(2);
		await fanny.getByRole("button", { name: "+1 min" }).click();
		await expect.poll(() => left(alice), { timeout: 20_000 }).toBeGreaterThan(150);
		await fanny.getByTestId("pause-timer").click();
		await expect.poll(() => alice.getByTestId("step-timer").textContent(), { timeout: 20_000 }).toContain("En pause");
		const paused = await left(alice);
		await alice.waitForTimeout(2200);
		expect(await left(alice)).toBe(paused);
		await fanny.getByTestId("pause-timer").click();
		await expect.poll(() => alice.getByTestId("step-timer").textContent(), { timeout: 20_000 }).not.toContain("En pause");
	});

	it("signals to everyone when the step's time is up", async () => {
		expect(await alice.getByTestId("time-up").count()).toBe(0);
		for (let i = 0; i < 4; i++) await fanny.getByRole("button", { name: "−1 min" }).click();
		await expect.poll(() => alice.getByTestId("time-up").count(), { timeout: 20_000 }).toBe(1);
		expect(await alice.getByTestId("time-up").textContent()).toContain("Le temps de cette étape est écoulé");
		expect(await alice.getByTestId("step-timer").textContent()).toContain("Dépassement");
	});

	it("recalls a rule for everyone, each in their own language", async () => {
		const eve = (await person(browser, "en-US")).page;
		await joinByLink(eve, link, "Eve");
		await fanny.getByTestId("recall-menu").click();
		await fanny.getByRole("menuitem").first().click();
		await expect
			.poll(() => alice.getByTestId("recall").textContent(), { timeout: 20_000 })
			.toContain("Pas de conseils, pas de jugement");
		await expect.poll(() => eve.getByTestId("recall").textContent(), { timeout: 20_000 }).toContain("No advice, no judgement");
		expect(await eve.getByTestId("recall").textContent()).not.toContain("Pas de conseils");
		await eve.close();
		await fanny.getByTestId("recall").getByRole("button", { name: "Fermer" }).click();
		await expect.poll(() => alice.getByTestId("recall").count(), { timeout: 20_000 }).toBe(0);
	});

	it("hands the facilitation over: the rights move with it", async () => {
		// The participant list folds below the facilitator's dock: open it, as she would.
		await fanny.getByTestId("participants-fold").locator("summary").click();
		await fanny.getByTestId("participant").filter({ hasText: "Alice" }).getByTestId("handoff").click();
		await fanny.getByTestId("handoff-confirm").click();
		// Both pages reopen the workshop with their new rights (loading two documents each).
		await expect
			.poll(() => alice.getByRole("button", { name: "Étape suivante" }).count(), {
				timeout: 60_000,
				message: "Alice should get the facilitator's controls",
			})
			.toBe(1);
		await expect.poll(() => fanny.getByRole("button", { name: "Étape suivante" }).count(), { timeout: 60_000 }).toBe(0);
		await alice.getByRole("button", { name: "Étape suivante" }).click();
		await expect.poll(() => stepOf(fanny), { timeout: 20_000 }).toBe("regles");
		expect(await alice.getByTestId("my-role").textContent()).toContain("Facilitat");
	});

	it("the create form speaks the app's language: its own message for an empty field, and asks about a past end time", async () => {
		const { page } = await person(browser);
		await page.goto(inject("appUrl"));
		await page.locator('form button[type="submit"]').click();
		// No browser bubble (noValidate): the app's French message, and no workshop created.
		await expect.poll(() => page.getByText("Ce champ est obligatoire.").count(), { timeout: 10_000 }).toBe(2);
		expect(await page.locator("form").getAttribute("novalidate")).not.toBeNull();
		await page.locator('input[name="title"]').fill("Atelier du soir");
		await page.locator('input[name="name"]').fill("Fanny");
		// 00:00 is past today (but for its first minute): a time one types is never taken silently
		// as tomorrow (the page's own suggestion is: three hours ahead, after 21:00 it is tomorrow's).
		const suggested = await page.locator('input[name="end"]').inputValue();
		const past = suggested === "00:00" ? "00:01" : "00:00";
		await page.locator('input[name="end"]').fill(past);
		await page.locator('form button[type="submit"]').click();
		await expect
			.poll(() => page.getByTestId("end-time-past").textContent(), { timeout: 10_000 })
			.toContain(`${past} est déjà passée aujourd'hui : vouliez-vous dire demain à ${past} ?`);
		expect(page.url()).not.toMatch(/\/w\//);
		await page.getByTestId("end-time-tomorrow").click();
		await page.waitForURL(/\/w\/[A-Za-z0-9_-]+/, { timeout: 30_000 });
		await page.getByTestId("step-title").waitFor({ timeout: 60_000 });
	});

	it("lets one person rehearse alone, switching roles (practice mode)", async () => {
		const { page } = await person(browser);
		await page.goto(inject("appUrl"));
		await page.locator('input[name="title"]').fill("Répétition");
		await page.locator('input[name="name"]').fill("Paule");
		await page.getByRole("checkbox", { name: /Mode préparation/ }).check();
		await page.locator('form button[type="submit"]').click();
		await page.getByTestId("step-title").waitFor({ timeout: 60_000 });
		expect(await page.getByTestId("my-role").textContent()).toContain("Facilitat");
		await page.getByRole("combobox", { name: "Jouer le rôle de" }).click();
		await page.getByRole("option", { name: "Personne A" }).click();
		await page.getByTestId("step-title").waitFor({ timeout: 60_000 });
		await expect.poll(() => page.getByTestId("my-role").textContent(), { timeout: 20_000 }).toContain("Participant");
		expect(await page.getByTestId("participants").textContent()).toContain("Personne A (vous)");
		expect(await page.getByRole("button", { name: "Étape suivante" }).count()).toBe(0);
		await page.getByRole("combobox", { name: "Jouer le rôle de" }).click();
		await page.getByRole("option", { name: "Paule" }).click();
		await page.getByTestId("step-title").waitFor({ timeout: 60_000 });
		await expect.poll(() => page.getByRole("button", { name: "Étape suivante" }).count(), { timeout: 20_000 }).toBe(1);
	});
});
