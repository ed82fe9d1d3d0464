/**
 * "Mes ateliers" in a real browser: a facilitator creates two workshops, finds both on
 * the landing page (also at the Teams side panel's 320 px), deletes one through the
 * confirmation dialog; the server then knows only the other. In Teams, the tab's
 * configuration page lists the signed-in user's workshops the same way.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { WorkshopInfo } from "../../src/api/types";
import { createWorkshop, launchBrowser, person } from "../support/browser";
import { testSsoToken } from "../support/services";
import { appFrame, openInTeams } from "../support/teams-host";

describe("my workshops", () => {
	let browser: Browser;
	let page: Page;
	const appUrl = inject("appUrl");
	const rows = () => page.getByTestId("my-workshop");
	const status = async (id: string) => (await fetch(`${appUrl}/api/workshops/${id}`)).status;

	beforeAll(async () => {
		browser = await launchBrowser();
		page = (await person(browser)).page;
	});
	afterAll(async () => {
		await browser?.close();
	});

	it("lists the two workshops this browser created, newest first, with their status", async () => {
		await createWorkshop(page, appUrl, "Atelier de lundi", "Fanny");
		await createWorkshop(page, appUrl, "Atelier de mardi", "Fanny");
		await page.goto(appUrl);
		await expect.poll(() => rows().count(), { timeout: 20_000 }).toBe(2);
		await expect.poll(() => page.getByRole("heading", { name: "Mes ateliers" }).count(), { timeout: 20_000 }).toBe(1);
		const texts = await rows().allTextContents();
		expect(texts[0]).toContain("Atelier de mardi");
		expect(texts[1]).toContain("Atelier de lundi");
		for (const text of texts) {
			expect(text).toContain("En cours");
			expect(text).toMatch(/Créé le \d/);
		}
		const open = page.getByRole("link", { name: "Ouvrir «\u00A0Atelier de lundi\u00A0»" });
		expect(await open.getAttribute("href")).toMatch(/\/w\/[A-Za-z0-9_-]+#k=/);
	});

	it("fits the Teams side panel's 320 px without scrolling sideways", async () => {
		await page.setViewportSize({ width: 320, height: 720 });
		await rows().first().waitFor();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		const button = await page.getByRole("button", { name: "Supprimer «\u00A0Atelier de lundi\u00A0»" }).boundingBox();
		expect(button && button.x + button.width).toBeLessThanOrEqual(320);
		await page.screenshot({ path: "test-results/my-workshops/landing-320.png", fullPage: true });
		await page.setViewportSize({ width: 1280, height: 800 });
	});

	it("deletes one for good after the confirmation; the server then answers 404 for it only", async () => {
		const [monday, tuesday] = await Promise.all([
			rows().filter({ hasText: "Atelier de lundi" }).getAttribute("data-id"),
			rows().filter({ hasText: "Atelier de mardi" }).getAttribute("data-id"),
		]);
		if (!monday || !tuesday) throw new Error("rows without ids");
		expect(await status(monday)).toBe(200);
		// What the local service answers about a document (loopback, as the app reaches it).
		const service = inject("fluidEndpoint").replace("localhost", "127.0.0.1");
		const documents = async (id: string) => {
			const info = (await (await fetch(`${appUrl}/api/workshops/${id}`)).json()) as WorkshopInfo;
			if (!info.containers) throw new Error("not bound");
			return info.containers;
		};
		const mondayDocs = await documents(monday);
		const tuesdayDocs = await documents(tuesday);
		const served = async (doc: string) => (await fetch(`${service}/deltas/local/${doc}`)).status;
		expect(await served(mondayDocs.board)).toBe(200);

		await page.getByRole("button", { name: "Supprimer «\u00A0Atelier de lundi\u00A0»" }).click();
		const dialog = page.getByRole("alertdialog");
		await dialog.waitFor();
		expect(await dialog.textContent()).toContain("Supprimer définitivement «\u00A0Atelier de lundi\u00A0»");
		expect(await dialog.textContent()).toContain("définitif");
		// Keeping it closes the dialog and deletes nothing.
		await dialog.getByRole("button", { name: "Garder l’atelier" }).click();
		await dialog.waitFor({ state: "hidden" });
		expect(await status(monday)).toBe(200);

		await page.getByRole("button", { name: "Supprimer «\u00A0Atelier de lundi\u00A0»" }).click();
		await page.getByRole("alertdialog").getByRole("button", { name: "Supprimer définitivement" }).click();
		await expect.poll(() => rows().count(), { timeout: 20_000 }).toBe(1);
		expect(await page.getByRole("status").textContent()).toContain("a été supprimé");
		expect(await rows().first().textContent()).toContain("Atelier de mardi");
		expect(await status(monday)).toBe(404);
		expect(await status(tuesday)).toBe(200);
		// Nor does the Fluid service serve its documents any more; the other's are untouched.
		for (const doc of [mondayDocs.process, mondayDocs.board]) expect(await served(doc)).toBe(404);
		const refs = JSON.stringify(await (await fetch(`${service}/repos/local/git/refs`)).json());
		expect(refs).not.toContain(mondayDocs.board);
		expect(refs).toContain(tuesdayDocs.board);
		expect(await served(tuesdayDocs.board)).toBe(200);
		// This browser forgot the deleted workshop's key and identity.
		const left = await page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.includes(":key")).length);
		expect(left).toBe(1);
		await page.reload();
		await expect.poll(() => rows().count(), { timeout: 20_000 }).toBe(1);
	});

	it("says clearly when the deletion fails, and keeps the row", async () => {
		// Another browser holding a wrong key for the remaining workshop: the server refuses.
		const other = (await person(browser)).page;
		await other.goto(appUrl);
		const tuesday = await rows().first().getAttribute("data-id");
		await other.evaluate((id) => window.localStorage.setItem(`atelier-entraide:${id}:key`, JSON.stringify("wrong")), tuesday);
		await other.reload();
		// A wrong key lists nothing: the section says so.
		await expect.poll(() => other.getByTestId("my-workshops").textContent(), { timeout: 20_000 }).toContain("Aucun atelier");
		await page.route("**/api/workshops/*", (route) =>
			route.request().method() === "DELETE"
				? route.fulfill({ status: 500, contentType: "application/json", body: '{"error":"x","message":"boom"}' })
				: route.continue(),
		);
		await page.getByRole("button", { name: "Supprimer «\u00A0Atelier de mardi\u00A0»" }).click();
		await page.getByRole("alertdialog").getByRole("button", { name: "Supprimer définitivement" }).click();
		await expect
			.poll(() => page.getByRole("alertdialog").getByRole("alert").textContent(), { timeout: 20_000 })
			.toContain("La suppression n’a pas abouti");
		await page.unroute("**/api/workshops/*");
		await page.getByRole("alertdialog").getByRole("button", { name: "Garder l’atelier" }).click();
		expect(await rows().count()).toBe(1);
		expect(await status(tuesday ?? "")).toBe(200);
	});

	it("lists a Teams user's workshops on the tab's configuration page, and deletes one by their sign-in", async () => {
		const ssoToken = await testSsoToken(inject("ssoPrivateJwk"), "oid-mine-fanny", "Fanny Martin");
		const setUp = async (meetingId: string, title: string) => {
			const response = await fetch(`${appUrl}/api/teams/workshops`, {
				method: "POST",
				headers: { "content-type": "application/json" },
				body: JSON.stringify({ ssoToken, meetingId, title, announcedEnd: Date.now() + 3_600_000 }),
			});
			expect(response.status).toBe(201);
			return ((await response.json()) as { workshop: { id: string } }).workshop.id;
		};
		const first = await setUp(`19:mine-a-${Date.now()}@thread.v2`, "Atelier Teams A");
		const second = await setUp(`19:mine-b-${Date.now()}@thread.v2`, "Atelier Teams B");
		const teamsPage = (await person(browser, "fr-FR", { viewport: { width: 320, height: 720 } })).page;
		const persona = { oid: "oid-mine-fanny", name: "Fanny Martin", ssoToken };
		await openInTeams(teamsPage, appUrl, persona, {
			frameContext: "settings",
			meetingId: `19:mine-c-${Date.now()}@thread.v2`,
			path: "/teams/config?host=teams",
		});
		const app = appFrame(teamsPage);
		const teamsRows = app.getByTestId("my-workshop");
		await expect.poll(() => teamsRows.count(), { timeout: 30_000 }).toBe(2);
		expect(await teamsRows.first().textContent()).toContain("Atelier Teams B");
		// In Teams the meeting's tab opens a workshop: no facilitator link here.
		expect(await app.getByRole("link", { name: /Ouvrir/ }).count()).toBe(0);
		await app.getByRole("button", { name: "Supprimer «\u00A0Atelier Teams A\u00A0»" }).click();
		await app.getByRole("alertdialog").getByRole("button", { name: "Supprimer définitivement" }).click();
		await expect.poll(() => teamsRows.count(), { timeout: 20_000 }).toBe(1);
		expect(await status(first)).toBe(404);
		expect(await status(second)).toBe(200);
	});
});
