/**
 * Inside a Teams meeting, through the Teams host test double: the configuration page
 * creates the workshop and saves the tab; two side panels and the stage open the same
 * live workshop under each person's Teams identity; the side panel shares to the stage;
 * a theme change restyles the app; the Teams locale picks the language.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, person } from "../support/browser";
import { testSsoToken } from "../support/services";
import { appFrame, hostSave, hostState, hostTheme, openInTeams, type TeamsPersona } from "../support/teams-host";

describe("in a Teams meeting (test double)", () => {
	let browser: Browser;
	let fanny: TeamsPersona;
	let alice: TeamsPersona;
	let bob: TeamsPersona;
	let contentUrl: string;
	const meetingId = `19:meeting_${Date.now()}@thread.v2`;

	beforeAll(async () => {
		browser = await launchBrowser();
		const key = inject("ssoPrivateJwk");
		fanny = { oid: "oid-fanny", name: "Fanny Martin", ssoToken: await testSsoToken(key, "oid-fanny", "Fanny Martin") };
		alice = { oid: "oid-alice", name: "Alice Durand", ssoToken: await testSsoToken(key, "oid-alice", "Alice Durand") };
		bob = { oid: "oid-bob", name: "Bob Smith", ssoToken: await testSsoToken(key, "oid-bob", "Bob Smith"), locale: "en-us" };
	});
	afterAll(async () => {
		await browser?.close();
	});

	async function sidePanel(p: TeamsPersona): Promise<Page> {
		const { page } = await person(browser);
		await openInTeams(page, inject("appUrl"), p, { frameContext: "sidePanel", meetingId, path: contentUrl });
		await appFrame(page).getByTestId("step-title").waitFor({ timeout: 60_000 });
		return page;
	}

	it("creates the workshop from the configuration page and saves the tab with its URL", async () => {
		const { page } = await person(browser);
		await openInTeams(page, inject("appUrl"), fanny, { frameContext: "settings", meetingId, path: "/teams/config?host=teams" });
		const app = appFrame(page);
		await app.locator('input[name="title"]').fill("Atelier de l'équipe");
		await expect.poll(async () => (await hostState(page)).valid, { timeout: 20_000 }).toBe(true);
		await hostSave(page);
		await expect.poll(async () => (await hostState(page)).saveResult, { timeout: 20_000 }).toBe("success");
		const saved = (await hostState(page)).saved;
		expect(saved?.contentUrl).toMatch(/\/w\/[A-Za-z0-9_-]+\?host=teams$/);
		expect(saved?.suggestedDisplayName).toBe("Atelier de l'équipe");
		contentUrl = `${new URL(saved?.contentUrl ?? "").pathname}?host=teams`;
	});

	it("opens the same live workshop in two side panels, each person as Teams knows them", async () => {
		const fannyPanel = await sidePanel(fanny);
		const alicePanel = await sidePanel(alice);
		expect(await appFrame(fannyPanel).getByTestId("my-role").textContent()).toContain("Facilitat");
		expect(await appFrame(alicePanel).getByTestId("my-role").textContent()).toContain("Participant");
		await expect
			.poll(() => appFrame(fannyPanel).getByTestId("participants").textContent(), { timeout: 20_000 })
			.toContain("Alice Durand");
		// Nobody typed a name: the join form never shows in Teams.
		expect(await appFrame(alicePanel).locator('input[name="name"]').count()).toBe(0);
		await appFrame(fannyPanel).getByRole("button", { name: "Étape suivante" }).click();
		await expect
			.poll(() => appFrame(alicePanel).getByTestId("step-title").getAttribute("data-step"), { timeout: 20_000 })
			.toBe("accueil");
		// The side panel shares the board to the meeting stage.
		await appFrame(fannyPanel).getByTestId("share-to-stage").click();
		await expect
			.poll(async () => (await hostState(fannyPanel)).sharedUrl, { timeout: 20_000 })
			.toContain(contentUrl.split("?")[0] ?? "");
		await expect.poll(() => appFrame(fannyPanel).getByTestId("sharing-on-stage").count(), { timeout: 20_000 }).toBe(1);
		await fannyPanel.screenshot({ path: "test-results/teams/side-panel-sharing-on-stage.png" });
	});

	it("shows the live board on the stage, sized for a large screen, without the facilitator's controls", async () => {
		const { page } = await person(browser);
		await page.setViewportSize({ width: 1920, height: 1080 });
		await openInTeams(page, inject("appUrl"), fanny, { frameContext: "meetingStage", meetingId, path: contentUrl });
		const stage = appFrame(page);
		await stage.getByTestId("step-title").waitFor({ timeout: 60_000 });
		await expect.poll(() => stage.locator('[data-layout="stage"]').count(), { timeout: 20_000 }).toBe(1);
		// The live workshop: the step the facilitator moved to from the side panel.
		await expect.poll(() => stage.getByTestId("step-title").getAttribute("data-step"), { timeout: 20_000 }).toBe("accueil");
		await stage.getByTestId("board-canvas").waitFor();
		const box = await stage.getByTestId("board-canvas").boundingBox();
		expect(box?.width ?? 0).toBeGreaterThan(1500);
		expect(await stage.getByRole("button", { name: "Étape suivante" }).count()).toBe(0);
	});

	it("restyles on a theme change to dark and to high contrast", async () => {
		const { page } = await person(browser);
		await openInTeams(page, inject("appUrl"), alice, { frameContext: "sidePanel", meetingId, path: contentUrl });
		const app = appFrame(page);
		await app.getByTestId("step-title").waitFor({ timeout: 60_000 });
		const background = () =>
			app
				.locator(".fui-FluentProvider")
				.first()
				.evaluate((el) => getComputedStyle(el).backgroundColor);
		const light = await background();
		await hostTheme(page, "dark");
		await expect.poll(background, { timeout: 10_000 }).not.toBe(light);
		const dark = await background();
		await hostTheme(page, "contrast");
		await expect.poll(background, { timeout: 10_000 }).not.toBe(dark);
		await expect.poll(() => app.locator('[data-theme="contrast"]').count(), { timeout: 20_000 }).toBe(1);
	});

	it("speaks the Teams locale: English for an English Teams", async () => {
		const page = await sidePanel(bob);
		expect(await appFrame(page).getByTestId("my-role").textContent()).toContain("Your role");
		expect(await appFrame(page).getByTestId("step-title").textContent()).toBe("Welcome");
	});
});
