/**
 * The fabric board in real Chromium: a participant drags gommettes from their tray onto
 * problématiques written by others; a refused dot goes back with the reason; what the
 * board shows follows the shared document; a screenshot of each zone is saved.
 */
import "../support/node-fluid";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../../src/api/client";
import { ServerClock } from "../../src/api/clock";
import { DOT_R, DOT_TRAY, NOTE_H, NOTE_W, notePosition } from "../../src/board/layout";
import { placeDot, putOnTable } from "../../src/fluid/commands/board";
import { moveStep, setVoteRevealed } from "../../src/fluid/commands/process";
import { evaluateBoardVotes } from "../../src/fluid/read";
import { openWorkshop, type WorkshopSession } from "../../src/fluid/session";
import { PresenceChannel } from "../../src/fluid/presence";
import { dragWorld } from "../support/board-page";
import { fullSnapshot } from "../support/snapshot";
import { createWorkshop, joinByLink, launchBrowser, person, stepOf } from "../support/browser";
import { eventually } from "../support/clients";
import { ROOT } from "../support/services";

const SHOTS = path.join(ROOT, "test-results", "zones");

describe("the fabric board", () => {
	let browser: Browser;
	let facilitatorPage: Page;
	let alicePage: Page;
	let facilitator: WorkshopSession;
	let carol: WorkshopSession;
	let dave: WorkshopSession;
	let alice: string;
	const sessions: WorkshopSession[] = [];

	async function nodeSession(workshopId: string, identity: Parameters<typeof openWorkshop>[3]) {
		const api = new ApiClient(inject("appUrl"));
		const { fluid } = await api.config();
		const clock = new ServerClock();
		await clock.sync(api);
		const s = await openWorkshop(api, fluid, await api.workshop(workshopId), identity, clock);
		sessions.push(s);
		return s;
	}

	beforeAll(async () => {
		mkdirSync(SHOTS, { recursive: true });
		browser = await launchBrowser();
		facilitatorPage = (await person(browser)).page;
		alicePage = (await person(browser)).page;
		const link = await createWorkshop(facilitatorPage, inject("appUrl"), "Atelier tableau", "Fanny");
		const workshopId = link.split("/w/")[1] as string;
		await joinByLink(alicePage, link, "Alice");
		const api = new ApiClient(inject("appUrl"));
		const key = new URL(await facilitatorPage.getByTestId("facilitator-link").inputValue()).hash.replace("#k=", "");
		// The facilitator's second tab and two more participants, as Fluid clients in Node.
		facilitator = await nodeSession(workshopId, await api.facilitator(workshopId, decodeURIComponent(key)));
		carol = await nodeSession(workshopId, await api.join(workshopId, "Carol"));
		dave = await nodeSession(workshopId, await api.join(workshopId, "Dave"));
		await eventually(() => facilitator.boardView.root.members.size === 4, 20_000, "four members");
		alice = [...facilitator.boardView.root.members.values()].find((m) => m.name === "Alice")?.id ?? "";
	});
	afterAll(async () => {
		for (const s of sessions) s.dispose();
		await browser?.close();
	});

	function noteCentre(s: WorkshopSession, authorId: string): { x: number; y: number } {
		const list = s.boardView.root.problematiques;
		const index = list.findIndex((p) => p.authorId === authorId);
		const p = list[index];
		if (!p) throw new Error("no such note");
		const pos = notePosition(p.x, p.y, index);
		return { x: pos.x + NOTE_W / 2, y: pos.y + NOTE_H / 2 };
	}

	const tray = (i: number) => ({ x: DOT_TRAY.x + 30 + i * (2 * DOT_R + 12), y: DOT_TRAY.y + DOT_TRAY.h / 2 + 8 });

	it("lets a participant write a private problématique in place: others see that, not what", async () => {
		const watcher = new PresenceChannel(facilitator.boardContainer, facilitator.audience);
		facilitator.run(moveStep, { to: "recherche" });
		await expect.poll(() => stepOf(alicePage), { timeout: 20_000 }).toBe("recherche");
		await alicePage.getByTestId("fit-step").click();
		const box = await alicePage.getByTestId("board-canvas").boundingBox();
		if (!box) throw new Error("no board");
		await alicePage.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
		const editor = alicePage.getByTestId("in-place-editor").getByRole("textbox");
		await editor.fill("Mon équipe ne me dit rien");
		await eventually(() => watcher.others().some((p) => p.userId === alice && p.state.writing === "problematique"), 20_000, "Alice seen writing");
		await editor.fill("x".repeat(401));
		await expect.poll(() => alicePage.getByTestId("in-place-editor").textContent()).toContain("400 caractères au maximum");
		await editor.fill("Mon équipe ne me dit pas quand elle est en difficulté");
		await editor.press("Control+Enter");
		await expect.poll(() => alicePage.getByTestId("in-place-editor").count()).toBe(0);
		// The draft stays in Alice's browser: nothing of it is in the shared document.
		expect(JSON.stringify(fullSnapshot(facilitator))).not.toContain("difficulté");
		await alicePage.getByTestId("board-canvas").screenshot({ path: path.join(SHOTS, "recherche-draft.png") });
		await alicePage.reload();
		await alicePage.getByTestId("step-title").waitFor({ timeout: 60_000 });
		const stored = await alicePage.evaluate(() => Object.entries(localStorage).find(([k]) => k.endsWith(":drafts"))?.[1] ?? "");
		expect(stored).toContain("difficulté");
	});

	it("shows the problématiques put on the table, live", async () => {
		facilitator.run(moveStep, { to: "partage" });
		await expect.poll(() => stepOf(alicePage), { timeout: 20_000 }).toBe("partage");
		expect(carol.run(putOnTable, { text: "Déléguer sans perdre le fil" })).toEqual({ ok: true });
		expect(dave.run(putOnTable, { text: "Dire non à un client important" })).toEqual({ ok: true });
		await eventually(() => facilitator.boardView.root.problematiques.length === 2, 20_000, "two notes");
		await alicePage.getByTestId("fit-step").click();
		await alicePage.waitForTimeout(500);
		await alicePage.getByTestId("board-canvas").screenshot({ path: path.join(SHOTS, "problematiques.png") });
	});

	it("lets a participant drag dots onto notes; a third on one note goes back with the reason", async () => {
		facilitator.run(moveStep, { to: "choix" });
		await expect.poll(() => stepOf(alicePage), { timeout: 20_000 }).toBe("choix");
		await alicePage.getByTestId("fit-step").click();
		await alicePage.waitForTimeout(300);
		const carolNote = noteCentre(facilitator, carol.me.userId);
		const myDots = () => facilitator.boardView.root.dots.filter((d) => d.voterId === alice).length;
		await alicePage.getByTestId("board-canvas").screenshot({ path: path.join(SHOTS, "votes-tray.png") });
		await dragWorld(alicePage, tray(0), carolNote);
		await eventually(() => myDots() === 1, 20_000, "Alice's first dot");
		await alicePage.waitForTimeout(300);
		await dragWorld(alicePage, tray(0), carolNote);
		await eventually(() => myDots() === 2, 20_000, "Alice's second dot");
		await alicePage.waitForTimeout(300);
		await dragWorld(alicePage, tray(0), carolNote);
		await expect.poll(() => alicePage.getByTestId("board-refusal").textContent(), { timeout: 10_000 }).toContain("2 gommettes au maximum");
		expect(myDots()).toBe(2);
		await dragWorld(alicePage, tray(0), noteCentre(facilitator, dave.me.userId));
		await eventually(() => myDots() === 3, 20_000, "Alice's third dot, on Dave's note");
		const e = evaluateBoardVotes(facilitator.processView.root, facilitator.boardView.root);
		expect(e.perVoter.get(alice)).toBe(3);
		await alicePage.getByTestId("board-canvas").screenshot({ path: path.join(SHOTS, "votes-mine.png") });
	});

	it("hides the others' dots until the facilitator reveals the results", async () => {
		expect(carol.run(placeDot, { problematiqueId: facilitator.boardView.root.problematiques.find((p) => p.authorId === dave.me.userId)?.id ?? "" })).toEqual({ ok: true });
		facilitator.run(setVoteRevealed, { revealed: true });
		await alicePage.waitForTimeout(1000);
		await alicePage.getByTestId("board-canvas").screenshot({ path: path.join(SHOTS, "votes-revealed.png") });
	});
});
