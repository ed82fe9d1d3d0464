/**
 * The fabric board in real Chromium, one participant in the browser (Alice) with the
 * facilitator's second tab and two participants as Fluid clients: Alice writes her
 * problématique in place (private), puts it on the table, drags gommettes (a refused
 * third dot goes back with the reason), becomes the offreuse, drags three ideas into the
 * récolte (a fourth is refused) and reorders her plan by drag. At each step the canvas
 * frames the step's zone by itself, card text at least 12 px and dots at least 20 px on
 * screen; long unbroken words break inside their cards. What is drawn is read through
 * the board's `?inspect` hook. A screenshot of each zone is saved in test-results/zones.
 */
import "../support/node-fluid";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../../src/api/client";
import type { Identity } from "../../src/api/types";
import {
	NOTE_H,
	NOTE_W,
	RECOLTE_IDEAS,
	ZONES,
	contains,
	notePosition,
	planSlot,
	trayDotPosition,
	zoneOfStep,
} from "../../src/board/layout";
import type { CardSpec } from "../../src/board/spec";
import type { StepId } from "../../src/domain/steps";
import type { Command } from "../../src/fluid/commands/command";
import { addRule, answerConsentRequest, answerQuestion, askQuestion, placeDot, putOnTable } from "../../src/fluid/commands/board";
import { askConsent, moveStep, recordConsent, setVoteRevealed } from "../../src/fluid/commands/process";
import { addPlanAction, moveProblematique, shareNote, shareRebond, writeFormulation } from "../../src/fluid/commands/sheets";
import { PresenceChannel } from "../../src/fluid/presence";
import { evaluateBoardVotes } from "../../src/fluid/read";
import type { WorkshopSession } from "../../src/fluid/session";
import { fromPortable } from "../../src/board/viewport";
import {
	centreOf,
	dragWorld,
	drawnCard,
	drawnCards,
	figures,
	inkIn,
	screenOf,
	showsWhole,
	viewport,
	withInspect,
} from "../support/board-page";
import { createWorkshop, joinByLink, launchBrowser, linkKeyOf, person, stepOf, workshopIdOf } from "../support/browser";
import { eventually, openAs, settled } from "../support/clients";
import { ROOT } from "../support/services";
import { fullSnapshot } from "../support/snapshot";

const SHOTS = path.join(ROOT, "test-results", "zones");
/** An unbroken word (a long URL), exactly n characters. */
const longWord = (n: number) => `https://example.org/${"a1b2c3".repeat(Math.ceil(n / 6))}`.slice(0, n);

describe("the fabric board", () => {
	let browser: Browser;
	let page: Page;
	let fanny: WorkshopSession;
	let aliceTab: WorkshopSession;
	let carol: WorkshopSession;
	let dave: WorkshopSession;
	let alice: string;
	let workshopId: string;
	let canvasWidth: number | undefined;
	const sessions: WorkshopSession[] = [];

	async function nodeSession(identity: Identity): Promise<WorkshopSession> {
		const s = await openAs(inject("appUrl"), workshopId, identity);
		sessions.push(s);
		return s;
	}

	function ok<A>(s: WorkshopSession, command: Command<A>, args: A): void {
		expect(s.run(command, args), `${command.name} by ${s.me.name}`).toEqual({ ok: true });
	}

	/** Moves to a step; nobody presses anything: the canvas frames the step's zone by itself. */
	async function step(to: StepId): Promise<void> {
		ok(fanny, moveStep, { to });
		await expect.poll(() => stepOf(page), { timeout: 20_000 }).toBe(to);
		await expectFramed(to);
		await page.getByTestId("board-canvas").scrollIntoViewIfNeeded();
		await page.waitForTimeout(300);
	}

	/** The step's zone is framed, automatically, with readable text and dots. */
	async function expectFramed(to: StepId): Promise<void> {
		await expect.poll(async () => (await figures(page)).zone, { timeout: 10_000 }).toBe(zoneOfStep(to));
		const f = await figures(page);
		expect(f.auto).toBe("on");
		expect(f.dotPx).toBeGreaterThanOrEqual(20);
		if (!Number.isNaN(f.minTextPx)) expect(f.minTextPx).toBeGreaterThanOrEqual(12);
	}

	/** Card text of the framed zone on screen: present and at least 12 px. */
	async function expectReadable(): Promise<void> {
		await expect.poll(async () => (await figures(page)).minTextPx, { timeout: 10_000 }).toBeGreaterThanOrEqual(12);
	}

	/** The page never scrolls sideways and the canvas keeps its width. */
	async function expectWidthsKept(): Promise<void> {
		const widths = await page.evaluate(() => ({
			scroll: document.documentElement.scrollWidth,
			client: document.documentElement.clientWidth,
		}));
		expect(widths.scroll).toBe(widths.client);
		expect((await page.locator(".canvas-container").boundingBox())?.width).toBe(canvasWidth);
	}

	/** A card with a long word: drawn inside its own width, its lines cut with "…", and ink on the canvas. */
	async function expectLongWordDrawn(card: CardSpec | undefined, width: number): Promise<void> {
		expect(card, "the card is drawn").toBeDefined();
		if (!card) return;
		expect(card.w).toBe(width);
		expect(card.full?.text.length ?? 0).toBeGreaterThan(150);
		expect(card.lines.at(-1)?.endsWith("…")).toBe(true);
		// Some dark pixels where the card is (a blank board has none; a card partly beyond the
		// canvas's edge beside the dock shows less of its text).
		expect(await inkIn(page, card)).toBeGreaterThan(0.004);
	}

	const shot = (name: string) => page.getByTestId("board-canvas").screenshot({ path: path.join(SHOTS, `${name}.png`) });
	const board = () => fanny.boardView.root;
	const noteOf = (authorId: string) => board().problematiques.find((p) => p.authorId === authorId)?.id ?? "";
	const kindCount = async (kind: string) => (await drawnCards(page)).filter((c) => c.kind === kind).length;

	function noteCentre(authorId: string): { x: number; y: number } {
		const list = board().problematiques;
		const index = list.findIndex((p) => p.authorId === authorId);
		const p = list[index];
		if (!p) throw new Error("no such note");
		const pos = notePosition(p.x, p.y, index);
		return { x: pos.x + NOTE_W / 2, y: pos.y + NOTE_H / 2 };
	}

	beforeAll(async () => {
		mkdirSync(SHOTS, { recursive: true });
		browser = await launchBrowser();
		const facilitatorPage = (await person(browser)).page;
		page = (await person(browser, "fr-FR", { view: "board" })).page;
		const link = await createWorkshop(facilitatorPage, inject("appUrl"), "Atelier tableau", "Fanny");
		workshopId = workshopIdOf(link);
		await joinByLink(page, link, "Alice");
		const api = new ApiClient(inject("appUrl"));
		const key = new URL(await facilitatorPage.getByTestId("facilitator-link").inputValue()).hash.replace("#k=", "");
		await facilitatorPage.close();
		fanny = await nodeSession(await api.facilitator(workshopId, decodeURIComponent(key)));
		const aliceIdentity = JSON.parse(
			(await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.endsWith(":identity"))?.[1])) ?? "{}",
		) as Identity;
		aliceTab = await nodeSession(aliceIdentity);
		carol = await nodeSession(await api.join(workshopId, "Carol", linkKeyOf(link)));
		dave = await nodeSession(await api.join(workshopId, "Dave", linkKeyOf(link)));
		await eventually(() => board().members.size === 4, 20_000, "four members");
		alice = aliceIdentity.userId;
		// The same workshop, with the board's read hook on.
		await page.goto(withInspect(page.url()));
		await page.getByTestId("step-title").waitFor({ timeout: 60_000 });
		await page.getByTestId("board-canvas").waitFor();
		canvasWidth = (await page.locator(".canvas-container").boundingBox())?.width;
		expect(canvasWidth).toBeGreaterThan(600);
	});
	/** Frames drawn in part since the start (the board redraws only where something changed). */
	let partialFrames = 0;
	afterEach(async () => {
		// Whatever the test did, the canvas shows what a frame drawn whole would: no stale pixel.
		const check = await showsWhole(page);
		expect(check.differing, "pixels differing from a whole frame").toBe(0);
		partialFrames = check.partial;
	});
	afterAll(async () => {
		for (const s of sessions) s.dispose();
		await browser?.close();
		// The check above means something only if frames were drawn in part.
		expect(partialFrames).toBeGreaterThan(0);
	});

	it("frames the process infographic by itself in présentation, the group's step marked", async () => {
		await step("presentation");
		await expect.poll(async () => (await drawnCard(page, "step:presentation"))?.flag, { timeout: 10_000 }).toBe("Étape en cours");
		const steps = (await drawnCards(page)).filter((c) => c.kind === "step");
		expect(steps).toHaveLength(18);
		expect(steps.filter((c) => c.flag).map((c) => c.id)).toEqual(["step:presentation"]);
		expect(steps.find((c) => c.id === "step:echanges")?.title).toBe("12. Échanges entre les contributeurs");
		await expectReadable();
		await shot("presentation");
	});

	it("frames the rules of the game by itself and shows them as they are written, a long URL broken inside its card", async () => {
		await step("regles");
		ok(carol, addRule, { text: "Bienveillance" });
		ok(fanny, addRule, { text: "Pas de conseils, pas de jugement" });
		ok(dave, addRule, { text: longWord(200) });
		await expect.poll(() => kindCount("rule"), { timeout: 20_000 }).toBe(3);
		const rules = (await drawnCards(page)).filter((c) => c.kind === "rule");
		expect(rules.map((r) => r.lines.join(" "))).toEqual(
			expect.arrayContaining(["Bienveillance", "Pas de conseils, pas de jugement"]),
		);
		await expectReadable();
		await expectWidthsKept();
		const long = rules.find((r) => r.full?.text.startsWith("https://"));
		await expectLongWordDrawn(long, rules[0]?.w ?? 0);
		// A click on the cut card shows its whole text, inside the canvas.
		if (!long) throw new Error("no long rule");
		const at = await screenOf(page, long.x + 40, long.y + 40);
		await page.mouse.click(at.x, at.y);
		await expect.poll(() => page.getByTestId("card-reader-text").textContent(), { timeout: 5_000 }).toBe(longWord(200));
		await expectWidthsKept();
		await shot("regles");
		await page.getByTestId("card-reader").getByRole("button", { name: "Fermer" }).click();
		await expect.poll(() => page.getByTestId("card-reader").count()).toBe(0);
	});

	it("keeps a problématique written in place private: others see that Alice writes, not what; the editor opens where she double-clicks, whole", async () => {
		const watcher = new PresenceChannel(fanny.boardContainer, fanny.audience);
		await step("recherche");
		const box = await page.getByTestId("board-canvas").boundingBox();
		if (!box) throw new Error("no board");
		// Defect 10: the editor opens at the double-clicked point, not at the bottom of the table.
		const point = { x: box.x + box.width * 0.3, y: box.y + box.height * 0.3 };
		await page.mouse.dblclick(point.x, point.y);
		const editorBox = await page.getByTestId("in-place-editor").boundingBox();
		expect(Math.abs((editorBox?.x ?? 0) - point.x)).toBeLessThan(4);
		expect(Math.abs((editorBox?.y ?? 0) - point.y)).toBeLessThan(4);
		const editor = page.getByTestId("in-place-editor").getByRole("textbox");
		await editor.fill("Mon équipe ne me dit rien");
		await eventually(
			() => watcher.others().some((p) => p.userId === alice && p.state.writing === "problematique"),
			20_000,
			"Alice seen writing",
		);
		await editor.fill("x".repeat(401));
		await expect.poll(() => page.getByTestId("in-place-editor").textContent()).toContain("400 caractères au maximum");
		await editor.fill("Mon équipe ne me dit pas quand elle est en difficulté");
		await editor.press("Control+Enter");
		await expect.poll(() => page.getByTestId("in-place-editor").count()).toBe(0);
		expect(fullSnapshot(fanny)).not.toContain("difficulté");
		// Near the canvas's bottom-right corner, the editor moves inside: its buttons are never cut.
		await page.mouse.dblclick(box.x + box.width - 5, box.y + box.height - 5);
		const corner = await page.getByTestId("in-place-editor").boundingBox();
		const save = await page.getByTestId("in-place-editor").getByRole("button", { name: "Enregistrer" }).boundingBox();
		// Nothing scrolled the canvas to show it.
		expect(await page.getByTestId("board-canvas").evaluate((el) => [el.scrollLeft, el.scrollTop])).toEqual([0, 0]);
		for (const b of [corner, save]) {
			if (!b) throw new Error("no editor");
			expect(b.x).toBeGreaterThanOrEqual(box.x - 1);
			expect(b.y).toBeGreaterThanOrEqual(box.y - 1);
			expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 1);
			expect(b.y + b.height).toBeLessThanOrEqual(box.y + box.height + 1);
		}
		await page.keyboard.press("Escape");
		await expect.poll(() => page.getByTestId("in-place-editor").count()).toBe(0);
		await shot("recherche-brouillon");
		// The draft survives a reload.
		await page.reload();
		await page.getByTestId("step-title").waitFor({ timeout: 60_000 });
		expect(await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.endsWith(":drafts"))?.[1] ?? "")).toContain(
			"difficulté",
		);
		await expect.poll(async () => (await drawnCard(page, "draft:mine"))?.title, { timeout: 20_000 }).toBe("Brouillon privé");
	});

	it("puts the sheet on the table in partage, and shows the others' live; a long word stays inside its note", async () => {
		await step("partage");
		ok(carol, putOnTable, { text: `Déléguer sans perdre le fil ${longWord(360)}` });
		ok(dave, putOnTable, { text: "Dire non à un client important" });
		await eventually(() => board().problematiques.length === 2, 20_000, "two notes");
		// The draft card sits where Alice's sheet will go: the next place on the table.
		const draft = await drawnCard(page, "draft:mine");
		await expect.poll(async () => (await drawnCard(page, "draft:mine"))?.x, { timeout: 20_000 }).toBe(notePosition(0, 0, 2).x);
		if (!draft) throw new Error("no draft card");
		const at = await screenOf(page, notePosition(0, 0, 2).x + NOTE_W / 2, notePosition(0, 0, 2).y + NOTE_H / 2);
		await page.mouse.dblclick(at.x, at.y);
		await page.getByTestId("in-place-editor").getByRole("button", { name: "Poser sur la table" }).click();
		await eventually(() => board().problematiques.length === 3, 20_000, "Alice's note on the table");
		expect(board().problematiques.find((p) => p.authorId === alice)?.text).toBe(
			"Mon équipe ne me dit pas quand elle est en difficulté",
		);
		// Her private card is gone from her own canvas once the sheet is on the table.
		await expect.poll(() => drawnCard(page, "draft:mine"), { timeout: 10_000 }).toBeUndefined();
		await expect.poll(() => kindCount("problematique"), { timeout: 20_000 }).toBe(3);
		await expectReadable();
		await expectWidthsKept();
		await expectLongWordDrawn(await drawnCard(page, noteOf(carol.me.userId)), NOTE_W);
		await page.waitForTimeout(300);
		await shot("problematiques");
	});

	it("draws a note moved by someone else only where it was and where it is, leaving no trace of it", async () => {
		const before = await showsWhole(page);
		const id = noteOf(carol.me.userId);
		const list = board().problematiques;
		const index = list.findIndex((p) => p.id === id);
		const note = list[index];
		if (!note) throw new Error("Carol's note");
		const from = notePosition(note.x, note.y, index);
		// Over Dave's note and back beside it: what was under it shows again.
		for (const to of [
			{ x: from.x + NOTE_W / 2, y: from.y + 20 },
			{ x: from.x + 30, y: from.y + NOTE_H + 40 },
		]) {
			ok(carol, moveProblematique, { problematiqueId: id, ...to });
			await expect.poll(async () => (await drawnCard(page, id))?.x, { timeout: 10_000 }).toBe(to.x);
			const check = await showsWhole(page);
			expect(check.differing, "pixels differing from a whole frame").toBe(0);
		}
		ok(carol, moveProblematique, { problematiqueId: id, x: from.x, y: from.y });
		await expect.poll(async () => (await drawnCard(page, id))?.x, { timeout: 10_000 }).toBe(from.x);
		expect((await showsWhole(page)).partial, "frames drawn in part").toBeGreaterThan(before.partial);
	});

	it("lets Alice drag gommettes from her tray; a third on one note goes back with the reason", async () => {
		await step("choix");
		await expect
			.poll(async () => (await drawnCard(page, "tray-label"))?.title, { timeout: 10_000 })
			.toBe("Gommettes restantes\u202f: 3");
		const mine = () => board().dots.filter((d) => d.voterId === alice).length;
		await dragWorld(page, trayDotPosition(0), noteCentre(carol.me.userId));
		await eventually(() => mine() === 1, 20_000, "Alice's first dot");
		await page.waitForTimeout(300);
		await dragWorld(page, trayDotPosition(0), noteCentre(carol.me.userId));
		await eventually(() => mine() === 2, 20_000, "Alice's second dot");
		await page.waitForTimeout(300);
		await dragWorld(page, trayDotPosition(0), noteCentre(carol.me.userId));
		await expect
			.poll(() => page.getByTestId("board-refusal").textContent(), { timeout: 10_000 })
			.toContain("2 gommettes au maximum");
		expect(mine()).toBe(2);
		await dragWorld(page, trayDotPosition(0), noteCentre(alice));
		await eventually(() => mine() === 3, 20_000, "Alice's third dot, on her own note");
		for (const s of [carol, dave]) {
			ok(s, placeDot, { problematiqueId: noteOf(alice) });
			ok(s, placeDot, { problematiqueId: noteOf(alice) });
		}
		ok(carol, placeDot, { problematiqueId: noteOf(dave.me.userId) });
		await settled(sessions);
		ok(fanny, setVoteRevealed, { revealed: true });
		await eventually(
			() => evaluateBoardVotes(fanny.processView.root, board()).tally.get(noteOf(alice)) === 5,
			20_000,
			"five dots on Alice's",
		);
		// The canvas counts gommettes, as the list does.
		await expect.poll(async () => (await drawnCard(page, noteOf(alice)))?.badge, { timeout: 10_000 }).toBe("5 gommettes");
		expect((await drawnCard(page, noteOf(dave.me.userId)))?.badge).toBe("1 gommette");
		await page.waitForTimeout(300);
		await shot("votes");
	});

	it("makes Alice the offreuse once she consents, and marks her problématique as the chosen one", async () => {
		await step("consentement");
		await expect
			.poll(async () => (await drawnCard(page, "ranking"))?.lines[0], { timeout: 10_000 })
			.toBe("1. Alice — 5 gommettes");
		ok(fanny, askConsent, {});
		await eventually(() => aliceTab.processView.root.consent.askedId === noteOf(alice), 20_000, "Alice asked");
		ok(aliceTab, answerConsentRequest, { answer: "yes" });
		await eventually(() => board().consentAnswers.length === 1, 20_000, "the answer");
		ok(fanny, recordConsent, { problematiqueId: noteOf(alice), answer: "yes" });
		await expect.poll(() => page.getByTestId("my-role").textContent(), { timeout: 20_000 }).toContain("Offreu");
		// The kit's role card opens, with its thanks; closing it gives the board back.
		await page.getByTestId("role-card").waitFor({ timeout: 20_000 });
		expect(await page.getByTestId("role-card").textContent()).toContain("générosité");
		await page.getByTestId("role-card").getByRole("button", { name: "Fermer" }).click();
		await expect.poll(() => page.getByTestId("role-card").count()).toBe(0);
		await expect
			.poll(async () => (await drawnCard(page, noteOf(alice)))?.flag, { timeout: 10_000 })
			.toBe("Problématique choisie");
		expect((await drawnCard(page, noteOf(carol.me.userId)))?.flag).toBeUndefined();
	});

	it("shows the chosen problématique in exposé, the questions with their answers, and the formulation", async () => {
		await step("expose");
		const chosen = await drawnCard(page, "chosen");
		expect(chosen?.flag).toBe("Problématique choisie");
		expect(chosen?.lines.join(" ")).toBe("Mon équipe ne me dit pas quand elle est en difficulté");
		await expectReadable();
		await shot("expose");
		await step("clarification");
		// "Carol écrit…" beside the questions she is writing into; gone when she stops.
		const carolPresence = new PresenceChannel(carol.boardContainer, carol.audience);
		carolPresence.set({ writing: "question" });
		await expect
			.poll(async () => (await drawnCard(page, `writing:${carol.me.userId}`))?.title, { timeout: 20_000 })
			.toBe("Carol écrit…");
		const chip = await drawnCard(page, `writing:${carol.me.userId}`);
		expect(chip && contains(ZONES.questions, chip.x, chip.y)).toBe(true);
		carolPresence.set({ writing: null });
		await expect.poll(() => drawnCard(page, `writing:${carol.me.userId}`), { timeout: 20_000 }).toBeUndefined();
		ok(carol, askQuestion, { text: "Depuis quand ?" });
		await eventually(() => dave.boardView.root.questions.length === 1);
		ok(dave, askQuestion, { text: "Qui est concerné ?" });
		await eventually(() => aliceTab.boardView.root.questions.length === 2);
		ok(aliceTab, answerQuestion, { questionId: aliceTab.boardView.root.questions[0]?.id ?? "", text: "Six mois." });
		const questions = async () =>
			(await drawnCards(page))
				.filter((c) => c.kind === "question")
				.sort((a, b) => a.y - b.y || a.x - b.x)
				.map((c) => c.lines.join(" "));
		await expect.poll(questions, { timeout: 20_000 }).toEqual(["Depuis quand ? → Six mois.", "Qui est concerné ?"]);
		await expectReadable();
		await shot("questions");
		await step("reformulation");
		ok(aliceTab, writeFormulation, { text: "savoir quand mon équipe a besoin d'aide" });
		await expect
			.poll(async () => (await drawnCard(page, "formulation"))?.lines.join(" "), { timeout: 20_000 })
			.toBe("savoir quand mon équipe a besoin d'aide");
		await expectReadable();
		await shot("formulation");
	});

	it("shows the rebonds in one column per contributor, long words broken; dragging one she may not move says why and does not pan", async () => {
		await step("echanges");
		ok(carol, shareRebond, {
			confronted: "Oui, l'an dernier",
			howMet: "Un point hebdo",
			whatWorked: "Ça a marché",
			kind: "temoignage",
		});
		ok(dave, shareRebond, { confronted: "", howMet: "Un livre sur la délégation", whatWorked: "", kind: "reference" });
		await eventually(() => board().rebonds.length === 2);
		ok(carol, shareRebond, { confronted: "Une autre fois", howMet: "Un tableau partagé", whatWorked: "", kind: "temoignage" });
		ok(dave, shareRebond, { confronted: "Oui", howMet: "En demandant", whatWorked: longWord(600), kind: "temoignage" });
		ok(carol, shareNote, { text: longWord(2000) });
		await eventually(() => aliceTab.boardView.root.rebonds.length === 4, 20_000, "four rebonds");
		await expect.poll(() => kindCount("rebond"), { timeout: 20_000 }).toBe(4);
		await expect.poll(() => kindCount("note"), { timeout: 20_000 }).toBe(1);
		const cards = await drawnCards(page);
		const rebonds = cards.filter((c) => c.kind === "rebond");
		expect(rebonds.filter((c) => c.title.startsWith("Carol")).map((c) => c.x)).toEqual([rebonds[0]?.x, rebonds[0]?.x]);
		await expectReadable();
		await expectWidthsKept();
		const rebondW = rebonds[0]?.w ?? 0;
		await expectLongWordDrawn(
			rebonds.find((c) => c.full?.text.includes("example.org")),
			rebondW,
		);
		await expectLongWordDrawn(
			cards.find((c) => c.kind === "note"),
			rebondW,
		);
		// Defect 11: the offreuse drags a rebond in échanges: it stays, the board does not pan, she is told why.
		const first = rebonds[0];
		if (!first) throw new Error("no rebond");
		const before = await viewport(page);
		await dragWorld(page, centreOf(first), { x: first.x + first.w / 2 + 150, y: first.y + first.h / 2 + 60 });
		await expect
			.poll(() => page.getByTestId("board-refusal").textContent(), { timeout: 10_000 })
			.toContain("Cette carte ne peut pas être déplacée maintenant.");
		expect(await viewport(page)).toEqual(before);
		const after = await drawnCard(page, first.id);
		expect({ x: after?.x, y: after?.y }).toEqual({ x: first.x, y: first.y });
		await page.waitForTimeout(300);
		await shot("rebonds");
	});

	it("lets the offreuse drag three ideas into the récolte; a fourth is refused with the reason; kept ideas show source and author", async () => {
		await step("recolte");
		// The rebonds sit left of the récolte: she zooms out and pans to have both in view (automatic framing stops).
		const rebonds = (await drawnCards(page)).filter((c) => c.kind === "rebond").sort((a, b) => a.x - b.x || a.y - b.y);
		await page.getByTestId("board-canvas").focus();
		for (let i = 0; i < 3; i++) await page.keyboard.press("-");
		const left = Math.min(...rebonds.map((r) => r.x));
		for (let i = 0; i < 30 && (await viewport(page))[0] * left + (await viewport(page))[4] < 20; i++)
			await page.keyboard.press("ArrowLeft");
		expect((await figures(page)).auto).toBe("off");
		const target = { x: RECOLTE_IDEAS.x + RECOLTE_IDEAS.w / 2, y: RECOLTE_IDEAS.y + 300 };
		for (const [i, card] of rebonds.slice(0, 3).entries()) {
			await dragWorld(page, centreOf(card), target);
			await eventually(() => board().ideas.length === i + 1, 20_000, `idea ${i + 1}`);
			await page.waitForTimeout(300);
		}
		const fourth = rebonds[3];
		if (!fourth) throw new Error("no fourth rebond");
		await dragWorld(page, centreOf(fourth), target);
		await expect.poll(() => page.getByTestId("board-refusal").textContent(), { timeout: 10_000 }).toContain("3 idées au maximum");
		expect(board().ideas.length).toBe(3);
		await expect
			.poll(async () => (await drawnCards(page)).filter((c) => c.kind === "idea").map((c) => c.title), { timeout: 20_000 })
			.toEqual(rebonds.slice(0, 3).map((r) => `Rebond de ${r.title.split(" — ")[0]}`));
		// "Cadrer l'étape en cours" frames the récolte again and turns automatic framing back on.
		await page.getByTestId("fit-step").click();
		await expectFramed("recolte");
		await expectReadable();
	});

	it("follows the facilitator's view until the participant moves it", async () => {
		const facilitatorPresence = new PresenceChannel(fanny.boardContainer, fanny.audience);
		facilitatorPresence.set({ view: { x: 2900, y: 1700, zoom: 0.8 } });
		await page.getByRole("switch", { name: "Suivre la personne qui facilite" }).click();
		const box = await page.locator(".canvas-container").boundingBox();
		if (!box) throw new Error("no board");
		const expected = fromPortable({ x: 2900, y: 1700, zoom: 0.8 }, box.width, box.height);
		await expect
			.poll(async () => (await viewport(page)).map((n) => Math.round(n)), { timeout: 20_000 })
			.toEqual(expected.map((n) => Math.round(n)));
		expect((await figures(page)).auto).toBe("off");
		facilitatorPresence.set({ view: { x: 1000, y: 500, zoom: 0.5 } });
		const next = fromPortable({ x: 1000, y: 500, zoom: 0.5 }, box.width, box.height);
		await expect
			.poll(async () => (await viewport(page)).map((n) => Math.round(n)), { timeout: 20_000 })
			.toEqual(next.map((n) => Math.round(n)));
		// Moving one's own view stops following.
		await page.getByTestId("board-canvas").focus();
		await page.keyboard.press("+");
		await expect.poll(() => page.getByRole("switch", { name: "Suivre la personne qui facilite" }).isChecked()).toBe(false);
		facilitatorPresence.set({ view: { x: 2900, y: 1700, zoom: 0.8 } });
		await page.waitForTimeout(800);
		expect((await viewport(page))[0]).toBeCloseTo(0.6, 5);
	});

	it("frames each new step even after she moved her view; lets the offreuse reorder her plan d'action by drag; Cadrer brings the step back", async () => {
		ok(fanny, moveStep, { to: "plan" });
		await expect.poll(() => stepOf(page), { timeout: 20_000 }).toBe("plan");
		// She moved her view in the last step: a new step is framed by itself all the same.
		await expectFramed("plan");
		// Moved during this step, the view stays hers until "Cadrer" brings the step back.
		await page.getByTestId("board-canvas").focus();
		await page.keyboard.press("ArrowDown");
		await expect.poll(async () => (await figures(page)).auto, { timeout: 5_000 }).toBe("off");
		await page.getByTestId("fit-step").click();
		await expectFramed("plan");
		ok(aliceTab, addPlanAction, { text: "Un point d'équipe chaque lundi", when: "" });
		ok(aliceTab, addPlanAction, { text: "Demander à chacun sa météo", when: "dès lundi" });
		await eventually(() => board().plan.length === 2, 20_000, "two actions");
		await expect.poll(() => kindCount("plan"), { timeout: 20_000 }).toBe(2);
		expect((await drawnCards(page)).find((c) => c.kind === "plan" && c.title !== "")?.title).toBe("Quand\u202f: dès lundi");
		await dragWorld(page, centreOf(planSlot(1)), centreOf(planSlot(0)));
		await eventually(() => board().plan[0]?.text === "Demander à chacun sa météo", 20_000, "the second action first");
		await page.waitForTimeout(500);
		await shot("recolte");
		await settled(sessions);
		await eventually(() => new Set(sessions.map(fullSnapshot)).size === 1, 20_000, "every board equal");
	});

	it("scrolls the board with the wheel and zooms with Ctrl+wheel", async () => {
		const box = await page.getByTestId("board-canvas").boundingBox();
		if (!box) throw new Error("no board");
		const before = await viewport(page);
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.wheel(0, 120);
		await expect.poll(async () => (await viewport(page))[5], { timeout: 5_000 }).toBeCloseTo(before[5] - 120, 0);
		expect((await viewport(page))[0]).toBe(before[0]);
		expect((await figures(page)).auto).toBe("off");
		await page.keyboard.down("Control");
		await page.mouse.wheel(0, 120);
		await page.keyboard.up("Control");
		await expect.poll(async () => (await viewport(page))[0], { timeout: 5_000 }).toBeCloseTo(before[0] * 0.9, 5);
	});

	it("keeps card text readable on a large stage and in a narrow panel (the view scrolls, the text does not shrink)", async () => {
		for (const size of [
			{ width: 1920, height: 1080 },
			{ width: 420, height: 720 },
		]) {
			await page.setViewportSize(size);
			await page.getByTestId("fit-step").click();
			await expectFramed("plan");
			await expectReadable();
			await shot(`recolte-${size.width}`);
		}
		await page.setViewportSize({ width: 1280, height: 800 });
	});
});
