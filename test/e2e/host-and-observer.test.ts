/**
 * Outside Teams the app never loads nor waits on teams-js, even inside a frame whose
 * parent is not Teams; an observer follows read-only, by a link that cannot be made a
 * participant's; a link without its key opens nothing.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createWorkshop, joinByLink, launchBrowser, linkKeyOf, person, stepOf, workshopIdOf } from "../support/browser";

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

	it("lets an observer follow, read-only, listed as observer, with no way to become a writer", async () => {
		const facilitator = (await person(browser)).page;
		const participantLink = await createWorkshop(facilitator, inject("appUrl"), "Atelier observé", "Fanny");
		const observerLink = await facilitator.getByTestId("observer-link").inputValue();
		// Two capabilities: neither link is the other with a flag added or removed.
		expect(new URL(observerLink).hash).toMatch(/^#o=/);
		expect(new URL(participantLink).hash).toMatch(/^#p=/);
		expect(linkKeyOf(observerLink)).not.toBe(linkKeyOf(participantLink));
		const observer = (await person(browser)).page;
		await observer.goto(observerLink);
		await observer.getByTestId("observer-hint").waitFor();
		// An observer's page: nothing to tick to become a participant.
		expect(await observer.getByRole("checkbox").count()).toBe(0);
		await joinByLink(observer, observerLink, "Olivier");
		expect(await observer.getByTestId("my-role").textContent()).toContain("Observat");
		expect(await observer.getByRole("button", { name: "Étape suivante" }).count()).toBe(0);
		// The key, not the address, decides: the observer key presented as a participant's
		// (a page whose address was edited) still makes an observer.
		const edited = (await person(browser)).page;
		await joinByLink(edited, observerLink.replace("#o=", "#p="), "Otto");
		expect(await edited.getByTestId("my-role").textContent()).toContain("Observat");
		await expect
			.poll(() => facilitator.getByTestId("participants").textContent(), { timeout: 20_000 })
			.toMatch(/Olivier.*Observat/);
		await facilitator.getByRole("button", { name: "Étape suivante" }).click();
		await expect.poll(() => stepOf(observer), { timeout: 20_000 }).toBe("accueil");
	});

	it("says clearly that a link without its key does not open the workshop", async () => {
		const facilitator = (await person(browser)).page;
		const participantLink = await createWorkshop(facilitator, inject("appUrl"), "Atelier au lien", "Fanny");
		const { page } = await person(browser, "en-GB");
		// The bare address, as the old participant link and observer link (`?observer=1`) were.
		await page.goto(`${inject("appUrl")}/w/${workshopIdOf(participantLink)}?observer=1`);
		await expect.poll(() => page.getByRole("alert").textContent(), { timeout: 20_000 }).toContain("does not open the workshop");
		expect(await page.locator('input[name="name"]').count()).toBe(0);
	});

	it("says clearly when a workshop link is unknown", async () => {
		const { page } = await person(browser, "en-GB");
		await page.goto(`${inject("appUrl")}/w/doesNotExist`);
		await expect.poll(() => page.getByRole("alert").textContent(), { timeout: 20_000 }).toContain("does not exist");
		await expect.poll(() => page.getByRole("link", { name: "New workshop" }).count(), { timeout: 20_000 }).toBe(1);
	});
});
