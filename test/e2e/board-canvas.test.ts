/**
 * The fabric board in real Chromium, one participant in the browser (Alice) with the
 * facilitator's second tab and two participants as Fluid clients: Alice writes her
 * problématique in place (private), puts it on the table, drags gommettes (a refused
 * third dot goes back with the reason), becomes the offreuse, drags three ideas into the
 * récolte (a fourth is refused) and reorders her plan by drag. A screenshot of each zone
 * is saved in test-results/zones.
 */
import "../support/node-fluid";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../../src/api/client";
import { ServerClock } from "../../src/api/clock";
import type { Identity } from "../../src/api/types";
import { CARD_H, CARD_W, DOT_R, DOT_TRAY, NOTE_H, NOTE_W, RECOLTE_IDEAS, RECOLTE_PLAN, notePosition, rebondColumn, stackSlot } from "../../src/board/layout";
import type { StepId } from "../../src/domain/steps";
import type { Command } from "../../src/fluid/commands/command";
import { addRule, answerConsentRequest, answerQuestion, askQuestion, placeDot, putOnTable } from "../../src/fluid/commands/board";
import { askConsent, moveStep, recordConsent, setVoteRevealed } from "../../src/fluid/commands/process";
import { addPlanAction, shareRebond, writeFormulation } from "../../src/fluid/commands/sheets";
import { PresenceChannel } from "../../src/fluid/presence";
import { evaluateBoardVotes } from "../../src/fluid/read";
import { openWorkshop, type WorkshopSession } from "../../src/fluid/session";
import { fromPortable } from "../../src/board/viewport";
import { dragWorld, viewport } from "../support/board-page";
import { createWorkshop, joinByLink, launchBrowser, person, stepOf } from "../support/browser";
import { eventually, settled } from "../support/clients";
import { ROOT } from "../support/services";
import { fullSnapshot } from "../support/snapshot";

const SHOTS = path.join(ROOT, "test-results", "zones");

describe("the fabric board", () => {
	let browser: Browser;
	let page: Page;
	let fanny: WorkshopSession;
	let aliceTab: WorkshopSession;
	let carol: WorkshopSession;
	let dave: WorkshopSession;
	let alice: string;
	let workshopId: string;
	const sessions: WorkshopSession[] = [];

	async function nodeSession(identity: Identity): Promise<WorkshopSession> {
		const api = new ApiClient(inject("appUrl"));
		const { fluid } = await api.config();
		const clock = new ServerClock();
		await clock.sync(api);
		const s = await openWorkshop(api, fluid, await api.workshop(workshopId), identity, clock);
		sessions.push(s);
		return s;
	}

	function ok<A>(s: WorkshopSession, command: Command<A>, args: A): void {
		expect(s.run(command, args), `${command.name} by ${s.me.name}`).toEqual({ ok: true });
	}

	async function step(to: StepId): Promise<void> {
		ok(fanny, moveStep, { to });
		await expect.poll(() => stepOf(page), { timeout: 20_000 }).toBe(to);
		await page.getByTestId("fit-step").click();
		await page.waitForTimeout(300);
	}

	const shot = (name: string) => page.getByTestId("board-canvas").screenshot({ path: path.join(SHOTS, `${name}.png`) });
	const board = () => fanny.boardView.root;
	const noteOf = (authorId: string) => board().problematiques.find((p) => p.authorId === authorId)?.id ?? "";

	function noteCentre(authorId: string): { x: number; y: number } {
		const list = board().problematiques;
		const index = list.findIndex((p) => p.authorId === authorId);
		const p = list[index];
		if (!p) throw new Error("no such note");
		const pos = notePosition(p.x, p.y, index);
		return { x: pos.x + NOTE_W / 2, y: pos.y + NOTE_H / 2 };
	}
	const tray = (i: number) => ({ x: DOT_TRAY.x + 30 + i * (2 * DOT_R + 12), y: DOT_TRAY.y + DOT_TRAY.h / 2 + 8 });

	beforeAll(async () => {
		mkdirSync(SHOTS, { recursive: true });
		browser = await launchBrowser();
		const facilitatorPage = (await person(browser)).page;
		page = (await person(browser)).page;
		const link = await createWorkshop(facilitatorPage, inject("appUrl"), "Atelier tableau", "Fanny");
		workshopId = link.split("/w/")[1] as string;
		await joinByLink(page, link, "Alice");
		const api = new ApiClient(inject("appUrl"));
		const key = new URL(await facilitatorPage.getByTestId("facilitator-link").inputValue()).hash.replace("#k=", "");
		await facilitatorPage.close();
		fanny = await nodeSession(await api.facilitator(workshopId, decodeURIComponent(key)));
		const aliceIdentity = JSON.parse(
			(await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.endsWith(":identity"))?.[1])) ?? "{}",
		) as Identity;
		aliceTab = await nodeSession(aliceIdentity);
		carol = await nodeSession(await api.join(workshopId, "Carol"));
		dave = await nodeSession(await api.join(workshopId, "Dave"));
		await eventually(() => board().members.size === 4, 20_000, "four members");
		alice = aliceIdentity.userId;
	});
	afterAll(async () => {
		for (const s of sessions) s.dispose();
		await browser?.close();
	});

	it("shows the rules of the game as they are written", async () => {
		await step("regles");
		ok(carol, addRule, { text: "Bienveillance" });
		ok(fanny, addRule, { text: "Pas de conseils, pas de jugement" });
		await page.waitForTimeout(800);
		await shot("regles");
	});

	it("keeps a problématique written in place private: others see that Alice writes, not what", async () => {
		const watcher = new PresenceChannel(fanny.boardContainer, fanny.audience);
		await step("recherche");
		const box = await page.getByTestId("board-canvas").boundingBox();
		if (!box) throw new Error("no board");
		await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
		const editor = page.getByTestId("in-place-editor").getByRole("textbox");
		await editor.fill("Mon équipe ne me dit rien");
		await eventually(() => watcher.others().some((p) => p.userId === alice && p.state.writing === "problematique"), 20_000, "Alice seen writing");
		await editor.fill("x".repeat(401));
		await expect.poll(() => page.getByTestId("in-place-editor").textContent()).toContain("400 caractères au maximum");
		await editor.fill("Mon équipe ne me dit pas quand elle est en difficulté");
		await editor.press("Control+Enter");
		await expect.poll(() => page.getByTestId("in-place-editor").count()).toBe(0);
		expect(fullSnapshot(fanny)).not.toContain("difficulté");
		await shot("recherche-brouillon");
		// The draft survives a reload.
		await page.reload();
		await page.getByTestId("step-title").waitFor({ timeout: 60_000 });
		expect(await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.endsWith(":drafts"))?.[1] ?? "")).toContain("difficulté");
	});

	it("puts the sheet on the table in partage, and shows the others' live", async () => {
		await step("partage");
		const box = await page.getByTestId("board-canvas").boundingBox();
		if (!box) throw new Error("no board");
		// The draft card sits at the bottom left of the table.
		await page.getByTestId("board-canvas").focus();
		ok(carol, putOnTable, { text: "Déléguer sans perdre le fil" });
		ok(dave, putOnTable, { text: "Dire non à un client important" });
		await eventually(() => board().problematiques.length === 2, 20_000, "two notes");
		const draft = await page.evaluate(() => document.querySelector(".canvas-container")?.getAttribute("data-viewport"));
		expect(draft).toBeTruthy();
		const [z, , , , ex, ey] = JSON.parse(draft as string) as number[];
		const slot = { x: 360 + 20 + NOTE_W / 2, y: 900 - NOTE_H - 20 + NOTE_H / 2 };
		await page.mouse.dblclick(box.x + (z as number) * slot.x + (ex as number), box.y + (z as number) * slot.y + (ey as number));
		await page.getByRole("button", { name: "Poser sur la table" }).click();
		await eventually(() => board().problematiques.length === 3, 20_000, "Alice's note on the table");
		expect(board().problematiques.find((p) => p.authorId === alice)?.text).toBe("Mon équipe ne me dit pas quand elle est en difficulté");
		await page.waitForTimeout(500);
		await shot("problematiques");
	});

	it("lets Alice drag gommettes from her tray; a third on one note goes back with the reason", async () => {
		await step("choix");
		const mine = () => board().dots.filter((d) => d.voterId === alice).length;
		await dragWorld(page, tray(0), noteCentre(carol.me.userId));
		await eventually(() => mine() === 1, 20_000, "Alice's first dot");
		await page.waitForTimeout(300);
		await dragWorld(page, tray(0), noteCentre(carol.me.userId));
		await eventually(() => mine() === 2, 20_000, "Alice's second dot");
		await page.waitForTimeout(300);
		await dragWorld(page, tray(0), noteCentre(carol.me.userId));
		await expect.poll(() => page.getByTestId("board-refusal").textContent(), { timeout: 10_000 }).toContain("2 gommettes au maximum");
		expect(mine()).toBe(2);
		await dragWorld(page, tray(0), noteCentre(alice));
		await eventually(() => mine() === 3, 20_000, "Alice's third dot, on her own note");
		for (const s of [carol, dave]) {
			ok(s, placeDot, { problematiqueId: noteOf(alice) });
			ok(s, placeDot, { problematiqueId: noteOf(alice) });
		}
		ok(carol, placeDot, { problematiqueId: noteOf(dave.me.userId) });
		await settled(sessions);
		ok(fanny, setVoteRevealed, { revealed: true });
		await page.waitForTimeout(800);
		const e = evaluateBoardVotes(fanny.processView.root, board());
		expect(e.tally.get(noteOf(alice))).toBe(5);
		await shot("votes");
	});

	it("makes Alice the offreuse once she consents", async () => {
		await step("consentement");
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
	});

	it("shows the questions with their answers, and the formulation", async () => {
		await step("clarification");
		ok(carol, askQuestion, { text: "Depuis quand ?" });
		await eventually(() => dave.boardView.root.questions.length === 1);
		ok(dave, askQuestion, { text: "Qui est concerné ?" });
		await eventually(() => aliceTab.boardView.root.questions.length === 2);
		ok(aliceTab, answerQuestion, { questionId: aliceTab.boardView.root.questions[0]?.id ?? "", text: "Six mois." });
		await page.waitForTimeout(800);
		await shot("questions");
		await step("reformulation");
		ok(aliceTab, writeFormulation, { text: "savoir quand mon équipe a besoin d'aide" });
		await page.waitForTimeout(800);
		await shot("formulation");
	});

	it("shows the rebonds in one column per contributor", async () => {
		await step("echanges");
		ok(carol, shareRebond, { confronted: "Oui, l'an dernier", howMet: "Un point hebdo", whatWorked: "Ça a marché", kind: "temoignage" });
		ok(dave, shareRebond, { confronted: "", howMet: "Un livre sur la délégation", whatWorked: "", kind: "reference" });
		await eventually(() => board().rebonds.length === 2);
		ok(carol, shareRebond, { confronted: "Une autre fois", howMet: "Un tableau partagé", whatWorked: "", kind: "temoignage" });
		ok(dave, shareRebond, { confronted: "Oui", howMet: "En demandant", whatWorked: "Mitigé", kind: "temoignage" });
		await eventually(() => aliceTab.boardView.root.rebonds.length === 4, 20_000, "four rebonds");
		await page.waitForTimeout(800);
		await shot("rebonds");
	});

	it("lets the offreuse drag three ideas into the récolte; a fourth is refused with the reason", async () => {
		await step("recolte");
		const members = [...board().members.values()].sort((a, b) => a.joinedAt - b.joinedAt).map((m) => m.id);
		const authors = members.filter((id) => board().rebonds.some((r) => r.authorId === id));
		const centre = (rebondId: string) => {
			const r = board().rebonds.find((x) => x.id === rebondId);
			if (!r) throw new Error("no rebond");
			const row = board().rebonds.filter((x) => x.authorId === r.authorId).findIndex((x) => x.id === rebondId);
			const p = stackSlot(rebondColumn(authors.indexOf(r.authorId)), row);
			return { x: p.x + CARD_W / 2, y: p.y + CARD_H / 2 };
		};
		const target = { x: RECOLTE_IDEAS.x + RECOLTE_IDEAS.w / 2, y: RECOLTE_IDEAS.y + 300 };
		const ids = board().rebonds.map((r) => r.id);
		for (const [i, id] of ids.slice(0, 3).entries()) {
			await dragWorld(page, centre(id), target);
			await eventually(() => board().ideas.length === i + 1, 20_000, `idea ${i + 1}`);
			await page.waitForTimeout(300);
		}
		await dragWorld(page, centre(ids[3] as string), target);
		await expect.poll(() => page.getByTestId("board-refusal").textContent(), { timeout: 10_000 }).toContain("3 idées au maximum");
		expect(board().ideas.length).toBe(3);
	});

	it("follows the facilitator's view until the participant moves it", async () => {
		const facilitatorPresence = new PresenceChannel(fanny.boardContainer, fanny.audience);
		facilitatorPresence.set({ view: { x: 2900, y: 1700, zoom: 0.8 } });
		await page.getByRole("switch", { name: "Suivre la personne qui facilite" }).click();
		const box = await page.locator(".canvas-container").boundingBox();
		if (!box) throw new Error("no board");
		const expected = fromPortable({ x: 2900, y: 1700, zoom: 0.8 }, box.width, box.height);
		await expect.poll(async () => (await viewport(page)).map((n) => Math.round(n)), { timeout: 20_000 }).toEqual(expected.map((n) => Math.round(n)));
		facilitatorPresence.set({ view: { x: 1000, y: 500, zoom: 0.5 } });
		const next = fromPortable({ x: 1000, y: 500, zoom: 0.5 }, box.width, box.height);
		await expect.poll(async () => (await viewport(page)).map((n) => Math.round(n)), { timeout: 20_000 }).toEqual(next.map((n) => Math.round(n)));
		// Moving one's own view stops following.
		await page.getByTestId("board-canvas").focus();
		await page.keyboard.press("+");
		await expect.poll(() => page.getByRole("switch", { name: "Suivre la personne qui facilite" }).isChecked()).toBe(false);
		facilitatorPresence.set({ view: { x: 2900, y: 1700, zoom: 0.8 } });
		await page.waitForTimeout(800);
		expect((await viewport(page))[0]).toBeCloseTo(0.6, 5);
	});

	it("lets the offreuse reorder her plan d'action by drag", async () => {
		await step("plan");
		ok(aliceTab, addPlanAction, { text: "Un point d'équipe chaque lundi", when: "" });
		ok(aliceTab, addPlanAction, { text: "Demander à chacun sa météo", when: "dès lundi" });
		await eventually(() => board().plan.length === 2, 20_000, "two actions");
		await page.waitForTimeout(500);
		const second = stackSlot({ ...RECOLTE_PLAN, x: RECOLTE_PLAN.x + 20, y: RECOLTE_PLAN.y + 70 }, 1, 80);
		await dragWorld(page, { x: second.x + 100, y: second.y + 40 }, { x: second.x + 100, y: RECOLTE_PLAN.y + 70 + 45 });
		await eventually(() => board().plan[0]?.text === "Demander à chacun sa météo", 20_000, "the second action first");
		await page.waitForTimeout(500);
		await shot("recolte");
		await settled(sessions);
		await eventually(() => new Set(sessions.map(fullSnapshot)).size === 1, 20_000, "every board equal");
	});
});
