/**
 * What a dropped connection does to a person's work: the page says the connection is
 * lost, edits made meanwhile are kept and reach everyone when it comes back; a reload
 * keeps identity and private drafts.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createWorkshop, joinByLink, launchBrowser, person, stepOf } from "../support/browser";

describe("a dropped connection loses nothing", () => {
	let browser: Browser;
	let fanny: Page;
	let alice: Page;
	let aliceContext: BrowserContext;

	beforeAll(async () => {
		browser = await launchBrowser();
		fanny = (await person(browser)).page;
		const a = await person(browser);
		alice = a.page;
		aliceContext = a.context;
		const link = await createWorkshop(fanny, inject("appUrl"), "Atelier résilient", "Fanny");
		await joinByLink(alice, link, "Alice");
	});
	afterAll(async () => {
		await browser?.close();
	});

	it("says the connection is lost, keeps the edit made meanwhile, and sends it on return", async () => {
		await fanny.getByRole("combobox", { name: "Aller à l'étape" }).click();
		await fanny.getByRole("option", { name: /^3\. / }).click();
		await expect.poll(() => stepOf(alice), { timeout: 20_000 }).toBe("regles");
		await aliceContext.setOffline(true);
		await expect.poll(() => alice.getByTestId("connection-lost").count(), { timeout: 60_000 }).toBe(1);
		await alice.locator('input[name="rule"]').fill("Écoute active");
		await alice.locator('input[name="rule"]').press("Enter");
		// Alice sees her rule at once; nobody else can yet.
		await expect.poll(() => alice.getByTestId("rule").allTextContents(), { timeout: 10_000 }).toContain("Écoute active");
		await fanny.waitForTimeout(1000);
		expect(await fanny.getByTestId("rule").allTextContents()).not.toContain("Écoute active");
		await aliceContext.setOffline(false);
		await expect.poll(() => fanny.getByTestId("rule").allTextContents(), { timeout: 60_000 }).toContain("Écoute active");
		await expect.poll(() => alice.getByTestId("connection-lost").count(), { timeout: 60_000 }).toBe(0);
	});

	it("keeps identity and private drafts across a closed and reopened tab", async () => {
		await fanny.getByRole("button", { name: "Étape suivante" }).click();
		await expect.poll(() => stepOf(alice), { timeout: 20_000 }).toBe("recherche");
		await alice.locator('textarea[name="problematique"], input[name="problematique"]').first().fill("Mon brouillon privé");
		const url = alice.url();
		await alice.close();
		alice = await aliceContext.newPage();
		await alice.goto(url);
		await alice.getByTestId("step-title").waitFor({ timeout: 60_000 });
		await expect.poll(() => alice.getByTestId("participants").textContent(), { timeout: 20_000 }).toContain("Alice (vous)");
		await expect
			.poll(() => alice.locator('textarea[name="problematique"], input[name="problematique"]').first().inputValue(), {
				timeout: 20_000,
			})
			.toBe("Mon brouillon privé");
		expect(await fanny.getByTestId("participant").count()).toBe(2);
	});
});
