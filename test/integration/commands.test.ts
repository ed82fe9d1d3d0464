/**
 * Every command converges: what one client does, every other client sees, and all the
 * clients end with identical process and board states.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { Command } from "../../src/fluid/commands/command";
import {
	addRule,
	answerConsentRequest,
	answerQuestion,
	askQuestion,
	placeDot,
	putOnTable,
	raiseHand,
} from "../../src/fluid/commands/board";
import {
	addStepTime,
	askConsent,
	decideTie,
	giveFloor,
	moveStep,
	passTurn,
	pauseStepTimer,
	recordConsent,
	resumeStepTimer,
	setVoteRevealed,
} from "../../src/fluid/commands/process";
import { handIsUp, raisedHands, rankingOf } from "../../src/fluid/read";
import type { WorkshopSession } from "../../src/fluid/session";
import { createTestWorkshop, eventually, settled, type TestWorkshop } from "../support/clients";
import { fullSnapshot } from "../support/snapshot";

describe("every command converges", () => {
	let w: TestWorkshop;
	let alice: WorkshopSession;
	let bob: WorkshopSession;
	let carol: WorkshopSession;
	let all: WorkshopSession[];

	async function converge(): Promise<void> {
		await settled(all, 30_000);
		await eventually(() => new Set(all.map(fullSnapshot)).size === 1, 20_000, "identical states on every client");
	}

	function ok<A>(s: WorkshopSession, command: Command<A>, args: A): void {
		expect(s.run(command, args), `${command.name} by ${s.me.name}`).toEqual({ ok: true });
	}

	async function step(to: Parameters<typeof moveStep.run>[1]["to"]): Promise<void> {
		ok(w.facilitator, moveStep, { to });
		await eventually(() => all.every((s) => s.processView.root.step === to), 20_000, `step ${to}`);
	}

	beforeAll(async () => {
		w = await createTestWorkshop(inject("appUrl"), "Convergence");
		alice = await w.join("Alice");
		bob = await w.join("Bob");
		carol = await w.join("Carol");
		all = [w.facilitator, alice, bob, carol];
		await eventually(() => all.every((s) => s.boardView.root.members.size === 4), 20_000, "4 members everywhere");
	});
	afterAll(() => w?.dispose());

	it("lists every member once, in the order they joined", async () => {
		await converge();
		const names = [...alice.boardView.root.members.values()].sort((a, b) => a.joinedAt - b.joinedAt).map((m) => m.name);
		expect(names).toEqual(["Fanny Facilitatrice", "Alice", "Bob", "Carol"]);
	});

	it("timer: pause, resume and added time", async () => {
		await step("regles");
		ok(w.facilitator, pauseStepTimer, {});
		await eventually(() => bob.processView.root.timer.pausedAt !== undefined);
		ok(w.facilitator, resumeStepTimer, {});
		ok(w.facilitator, addStepTime, { ms: 120_000 });
		await converge();
		expect(carol.processView.root.timer.addedMs).toBe(120_000);
		expect(carol.processView.root.timer.pausedAt).toBeUndefined();
	});

	it("rules written by several people at once", async () => {
		ok(alice, addRule, { text: "Bienveillance" });
		ok(bob, addRule, { text: "Confidentialité" });
		ok(w.facilitator, addRule, { text: "Pas de conseils, pas de jugement" });
		await converge();
		expect(carol.boardView.root.rules.map((r) => r.text).sort()).toEqual([
			"Bienveillance",
			"Confidentialité",
			"Pas de conseils, pas de jugement",
		]);
		expect(carol.run(addRule, { text: "x".repeat(201) })).toEqual({ ok: false, reason: "textTooLong" });
	});

	it("problématiques put on the table, then a tie the facilitator decides, a no, then a yes", async () => {
		await step("partage");
		ok(alice, putOnTable, { text: "Déléguer sans perdre le fil" });
		ok(bob, putOnTable, { text: "Dire non" });
		ok(carol, putOnTable, { text: "Reprendre un projet" });
		// The same sheet a second time is refused, saying it is already there; a changed text updates it.
		expect(alice.run(putOnTable, { text: "Déléguer sans perdre le fil" })).toEqual({ ok: false, reason: "alreadyOnTable" });
		ok(alice, putOnTable, { text: "Déléguer sans perdre le fil " + "ni la confiance" });
		ok(alice, putOnTable, { text: "Déléguer sans perdre le fil" });
		expect(alice.boardView.root.problematiques.filter((p) => p.authorId === alice.me.userId).length).toBe(1);
		await converge();
		const idOf = (s: WorkshopSession) =>
			w.facilitator.boardView.root.problematiques.find((p) => p.authorId === s.me.userId)?.id ?? "";
		const [pa, pb, pc] = [idOf(alice), idOf(bob), idOf(carol)];
		await step("choix");
		// Alice and Bob tie with 3 votes each, Carol's gets 2.
		for (const [s, targets] of [
			[alice, [pa, pa, pc]],
			[bob, [pb, pb, pa]],
			[carol, [pb, pc]],
		] as const) {
			for (const t of targets) ok(s, placeDot, { problematiqueId: t });
		}
		await converge();
		ok(w.facilitator, setVoteRevealed, { revealed: true });
		await step("consentement");
		const ranking = rankingOf(w.facilitator.processView.root, w.facilitator.boardView.root);
		expect(ranking[0]?.votes).toBe(3);
		expect([...(ranking[0]?.ids ?? [])].sort()).toEqual([pa, pb].sort());
		expect(w.facilitator.run(askConsent, {})).toEqual({ ok: false, reason: "tieUndecided" });
		ok(w.facilitator, decideTie, { problematiqueId: pb });
		ok(w.facilitator, askConsent, {});
		await eventually(() => bob.processView.root.consent.askedId === pb);
		// Only the asked author may answer.
		expect(alice.run(answerConsentRequest, { answer: "yes" })).toEqual({ ok: false, reason: "notAsked" });
		ok(bob, answerConsentRequest, { answer: "no" });
		await eventually(() => w.facilitator.boardView.root.consentAnswers.length === 1);
		ok(w.facilitator, recordConsent, { problematiqueId: pb, answer: "no" });
		ok(w.facilitator, askConsent, {});
		await eventually(() => alice.processView.root.consent.askedId === pa, 20_000, "Alice asked next");
		ok(alice, answerConsentRequest, { answer: "yes" });
		await eventually(() => w.facilitator.boardView.root.consentAnswers.length === 2);
		ok(w.facilitator, recordConsent, { problematiqueId: pa, answer: "yes" });
		await converge();
		expect(carol.processView.root.offreurId).toBe(alice.me.userId);
		expect([...carol.processView.root.consent.refusedIds]).toEqual([pb]);
	});

	it("clarification questions in turn, answered by the offreur", async () => {
		await step("clarification");
		ok(bob, askQuestion, { text: "Depuis quand ?" });
		// Bob asked this round; he waits until Carol has asked.
		expect(bob.run(askQuestion, { text: "Et avec qui ?" })).toEqual({ ok: false, reason: "notYourTurn" });
		// The offreur does not ask questions.
		expect(alice.run(askQuestion, { text: "?" })).toEqual({ ok: false, reason: "notForYourRole" });
		await eventually(() => carol.boardView.root.questions.length === 1);
		ok(carol, askQuestion, { text: "Qui décide ?" });
		await eventually(() => alice.boardView.root.questions.length === 2);
		ok(alice, answerQuestion, { questionId: alice.boardView.root.questions[0]?.id ?? "", text: "Six mois." });
		await converge();
		expect(bob.boardView.root.questions.map((q) => q.answer)).toEqual(["Six mois.", ""]);
		await eventually(() => bob.boardView.root.questions.length === 2);
		ok(bob, askQuestion, { text: "Et avec qui ?" });
		await converge();
	});

	it("échanges: raised hands and the floor, everyone before a second turn", async () => {
		await step("echanges");
		ok(bob, raiseHand, { raised: true });
		ok(carol, raiseHand, { raised: true });
		expect(alice.run(raiseHand, { raised: true })).toEqual({ ok: false, reason: "notForYourRole" });
		await converge();
		ok(w.facilitator, giveFloor, { userId: bob.me.userId, phase: "echanges" });
		expect(w.facilitator.run(giveFloor, { userId: bob.me.userId, phase: "echanges" })).toEqual({
			ok: false,
			reason: "notEligibleYet",
		});
		expect(w.facilitator.run(giveFloor, { userId: alice.me.userId, phase: "echanges" })).toEqual({
			ok: false,
			reason: "offreurDoesNotSpeak",
		});
		ok(w.facilitator, passTurn, { userId: carol.me.userId, phase: "echanges" });
		// Everyone has had the chance: Bob may speak again.
		ok(w.facilitator, giveFloor, { userId: bob.me.userId, phase: "echanges" });
		ok(bob, raiseHand, { raised: false });
		await converge();
		expect(carol.processView.root.turns.speakerId).toBe(bob.me.userId);
		expect(carol.boardView.root.hands.map((h) => h.userId)).toEqual([carol.me.userId]);
	});

	it("échanges: the floor given (or a pass) lowers the hand; raising again queues at the end", async () => {
		const up = (s: WorkshopSession) => raisedHands(s.processView.root, s.boardView.root).map((h) => h.userId);
		// Carol passed after raising her hand: it is down for everyone, nobody is "next".
		expect(up(carol)).toEqual([]);
		expect(handIsUp(carol.processView.root, carol.boardView.root, carol.me.userId)).toBe(false);
		ok(carol, raiseHand, { raised: true });
		ok(bob, raiseHand, { raised: true });
		await converge();
		expect(up(w.facilitator)).toEqual([carol.me.userId, bob.me.userId]);
		ok(w.facilitator, giveFloor, { userId: carol.me.userId, phase: "echanges" });
		await converge();
		expect(up(bob)).toEqual([bob.me.userId]);
		expect(handIsUp(carol.processView.root, carol.boardView.root, carol.me.userId)).toBe(false);
	});
});
