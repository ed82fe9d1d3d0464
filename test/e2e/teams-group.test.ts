/**
 * A recurring Teams meeting is one codev group (Teams host test double): the occurrences
 * of a series share one chat, so one chat id, each with its own meeting id. Fanny sets the
 * tab up at the first occurrence and the session ends; at the next occurrence her setup
 * makes the group's second session; Alice, opening the tab's first address, arrives in the
 * second session as the same person; the group lists both sessions.
 */
import "../support/node-fluid";
import type { Browser, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../../src/api/client";
import type { GroupMember, Identity } from "../../src/api/types";
import { endWorkshop } from "../../src/fluid/commands/process";
import { launchBrowser, person } from "../support/browser";
import { openAs } from "../support/clients";
import { testSsoToken } from "../support/services";
import { appFrame, hostSave, hostState, openInTeams, type TeamsPersona } from "../support/teams-host";
import { until } from "../support/waiting";

const WAIT = { timeout: 20_000 };

describe("a recurring Teams meeting: one chat, one codev group", () => {
	let browser: Browser;
	let fanny: TeamsPersona;
	let alice: TeamsPersona;
	const chatId = `19:meeting_group_${Date.now()}@thread.v2`;
	const api = () => new ApiClient(inject("appUrl"));

	beforeAll(async () => {
		browser = await launchBrowser();
		const key = inject("ssoPrivateJwk");
		fanny = { oid: "oid-fanny-g", name: "Fanny Martin", ssoToken: await testSsoToken(key, "oid-fanny-g", "Fanny Martin") };
		alice = { oid: "oid-alice-g", name: "Alice Durand", ssoToken: await testSsoToken(key, "oid-alice-g", "Alice Durand") };
	});
	afterAll(async () => {
		await browser?.close();
	});

	async function setUpTab(occurrence: string, title: string): Promise<string> {
		const { page } = await person(browser);
		await openInTeams(page, inject("appUrl"), fanny, {
			frameContext: "settings",
			meetingId: chatId,
			occurrence,
			path: "/teams/config?host=teams",
		});
		await appFrame(page).locator('input[name="title"]').fill(title);
		await expect.poll(async () => (await hostState(page)).valid, WAIT).toBe(true);
		await hostSave(page);
		await expect.poll(async () => (await hostState(page)).saveResult, WAIT).toBe("success");
		return `${new URL((await hostState(page)).saved?.contentUrl ?? "").pathname}?host=teams`;
	}

	async function sidePanel(who: TeamsPersona, occurrence: string, path: string): Promise<{ page: Page; app: FrameLocator }> {
		const { page } = await person(browser);
		await openInTeams(page, inject("appUrl"), who, { frameContext: "sidePanel", meetingId: chatId, occurrence, path });
		const app = appFrame(page);
		await app.getByTestId("step-title").waitFor({ timeout: 60_000 });
		return { page, app };
	}

	async function stored<T>(page: Page, match: string): Promise<T> {
		const frame = page.frames().find((f) => f.url().includes("host=teams"));
		const raw = await frame?.evaluate((m) => Object.entries(localStorage).find(([k]) => k.includes(m))?.[1], match);
		expect(raw, `the app keeps ${match}`).toBeTruthy();
		return JSON.parse(raw ?? "{}") as T;
	}

	it("the next occurrence's setup makes the group's second session; the tab's first address leads to it", async () => {
		const firstUrl = await setUpTab("1", "Codév de décembre");
		const first = firstUrl.split("/")[2]?.split("?")[0] ?? "";
		const fannyPanel = await sidePanel(fanny, "1", firstUrl);
		const alicePanel = await sidePanel(alice, "1", firstUrl);
		const aliceFirst = await stored<Identity>(alicePanel.page, `${first}:identity`);
		// The session ends (Fanny, through the command layer as her page would).
		const session = await openAs(inject("appUrl"), first, await stored<Identity>(fannyPanel.page, `${first}:identity`));
		expect(session.run(endWorkshop, {})).toEqual({ ok: true });
		const ended = await until(
			() => api().workshop(first),
			(w) => w.status === "ended",
			{ timeoutMs: 30_000 },
		);
		expect(ended.status).toBe("ended");
		session.dispose();
		await fannyPanel.page.close();
		await alicePanel.page.close();

		// The next occurrence: another meeting id, the same chat.
		const secondUrl = await setUpTab("2", "Codév de janvier");
		const second = secondUrl.split("/")[2]?.split("?")[0] ?? "";
		expect(second).not.toBe(first);
		// Fanny opens it first (her page makes its documents), then Alice opens the tab.
		await sidePanel(fanny, "2", secondUrl);
		const later = await sidePanel(alice, "2", firstUrl);
		await expect.poll(() => later.page.frames().some((f) => f.url().includes(`/w/${second}`)), WAIT).toBe(true);
		expect(await later.app.getByTestId("my-role").textContent()).toContain("Participant");
		expect((await stored<Identity>(later.page, `${second}:identity`)).userId, "the same person in both sessions").toBe(
			aliceFirst.userId,
		);

		const member = await stored<GroupMember>(later.page, "atelier-entraide:group:");
		const view = await api().viewGroup(member.groupId, { ticket: member.ticket });
		expect(view.sessions.map((s) => s.workshopId).sort()).toEqual([first, second].sort());
		expect(view.members.map((m) => m.name).sort()).toEqual(["Alice Durand", "Fanny Martin"]);
	}, 240_000);
});
