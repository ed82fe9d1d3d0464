/**
 * Outside Teams the app never loads nor waits on teams-js, even inside a frame whose
 * parent is not Teams; an observer follows read-only.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createWorkshop, joinByLink, launchBrowser, person, stepOf } from "../support/browser";

describe("host and observers", () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it("opens at once in a frame that is not Teams, without requesting teams-js", async () => {
		const { page } = await person(browser);
		const requested: string[] = [];
		page.on("request", (r) => requested.push(r.url()));
		const appUrl = inject("appUrl");
		await page.goto(`${appUrl}/api/health`);
		await page.setContent(`<iframe src="${appUrl}/" style="width:1000px;height:700px"></iframe>`);
		const frame = page.frameLocator("iframe");
		// teams-js would wait 60 s here before failing; the form is there well before this test's timeout.
		await frame.locator('input[name="title"]').waitFor({ timeout: 20_000 });
		expect(requested.some((u) => /teamsHost|teams-js/i.test(u))).toBe(false);
	});

	it("lets an observer follow, read-only, listed as observer", async () => {
		const facilitator = (await person(browser)).page;
		await createWorkshop(facilitator, inject("appUrl"), "Atelier observé", "Fanny");
		const observerLink = await facilitator.getByTestId("observer-link").inputValue();
		const observer = (await person(browser)).page;
		await observer.goto(observerLink);
		expect(await observer.getByRole("checkbox").isChecked()).toBe(true);
		await joinByLink(observer, observerLink, "Olivier");
		expect(await observer.getByTestId("my-role").textContent()).toContain("Observat");
		expect(await observer.getByRole("button", { name: "Étape suivante" }).count()).toBe(0);
		await expect
			.poll(() => facilitator.getByTestId("participants").textContent(), { timeout: 20_000 })
			.toMatch(/Olivier.*Observat/);
		await facilitator.getByRole("button", { name: "Étape suivante" }).click();
		await expect.poll(() => stepOf(observer), { timeout: 20_000 }).toBe("accueil");
	});

	it("says clearly when a workshop link is unknown", async () => {
		const { page } = await person(browser, "en-GB");
		await page.goto(`${inject("appUrl")}/w/doesNotExist`);
		await expect.poll(() => page.getByRole("alert").textContent(), { timeout: 20_000 }).toContain("does not exist");
		expect(await page.getByRole("link", { name: "New workshop" }).count()).toBe(1);
	});
});
