/**
 * Running the session: recalling a rule, personal timed turns, adapting the plan — the
 * facilitator's alone, converging everywhere, refused to participants (and a forced
 * participant write never reaches anyone).
 */
import { Tree } from "fluid-framework";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { clearRecall, endTurn, recallRule, setStepMinutes, startPersonalTurn } from "../../src/fluid/commands/facilitation";
import { moveStep } from "../../src/fluid/commands/process";
import { recallFor } from "../../src/fluid/read";
import { Recall } from "../../src/fluid/schema";
import type { WorkshopSession } from "../../src/fluid/session";
import { createTestWorkshop, eventually, type TestWorkshop } from "../support/clients";

describe("facilitation commands", () => {
	let w: TestWorkshop;
	let alice: WorkshopSession;
	let bob: WorkshopSession;

	beforeAll(async () => {
		w = await createTestWorkshop(inject("appUrl"), "Facilitation");
		alice = await w.join("Alice");
		bob = await w.join("Bob");
		await eventually(() => w.facilitator.boardView.root.members.size === 3, 20_000, "three members");
	});
	afterAll(() => w?.dispose());

	it("recalls a rule for everyone, and clears it", async () => {
		w.facilitator.run(moveStep, { to: "echanges" });
		await eventually(() => alice.processView.root.step === "echanges", 15_000, "échanges");
		expect(w.facilitator.run(recallRule, { kind: "posture" })).toEqual({ ok: true });
		await eventually(() => alice.processView.root.recall !== undefined, 15_000, "the recall");
		const now = alice.clock.now();
		expect(recallFor(alice.processView.root, alice.boardView.root, "fr", now)?.text).toMatch(/^Pas de conseils, pas de jugement/);
		expect(bob.run(recallRule, { kind: "posture" })).toEqual({ ok: false, reason: "facilitatorOnly" });
		w.facilitator.run(clearRecall, {});
		await eventually(() => alice.processView.root.recall === undefined, 15_000, "the recall cleared");
	});

	it("reaches an English reader in English, and goes away by itself and at the next step", async () => {
		expect(w.facilitator.run(recallRule, { kind: "posture" })).toEqual({ ok: true });
		await eventually(() => bob.processView.root.recall !== undefined, 15_000, "the recall");
		const p = bob.processView.root;
		const at = p.recall?.at ?? 0;
		expect(recallFor(p, bob.boardView.root, "en", at + 1000)?.text).toMatch(/^No advice, no judgement/);
		expect(recallFor(p, bob.boardView.root, "fr", at + 1000)?.text).toMatch(/^Pas de conseils/);
		expect(recallFor(p, bob.boardView.root, "en", at + 31_000)).toBeUndefined();
		w.facilitator.run(moveStep, { to: "recolte" });
		await eventually(() => bob.processView.root.step === "recolte", 15_000, "récolte");
		expect(recallFor(bob.processView.root, bob.boardView.root, "en", at + 1000)).toBeUndefined();
		expect(bob.processView.root.recall).toBeUndefined();
	});

	it("recalls one of the group's rules by its id, and refuses an unknown one", async () => {
		expect(w.facilitator.run(recallRule, { kind: "rule", ruleId: "nope" })).toEqual({ ok: false, reason: "unknownItem" });
	});

	it("never lets a participant's forced recall reach anyone", async () => {
		Tree.runTransaction(bob.processView.root, (p) => {
			p.recall = new Recall({ text: "Bob décide", at: 0 });
		});
		w.facilitator.run(recallRule, { kind: "posture" });
		await eventually(() => alice.processView.root.recall?.kind === "posture", 15_000, "the real recall");
		await new Promise((r) => setTimeout(r, 1000));
		expect(alice.processView.root.recall?.text).not.toBe("Bob décide");
		expect(w.facilitator.processView.root.recall?.kind).toBe("posture");
	});

	it("gives each participant a timed turn in partage, from the server clock", async () => {
		expect(w.facilitator.run(startPersonalTurn, { userId: alice.me.userId })).toEqual({ ok: false, reason: "notInThisStep" });
		w.facilitator.run(moveStep, { to: "partage" });
		await eventually(() => alice.processView.root.step === "partage");
		expect(w.facilitator.run(startPersonalTurn, { userId: w.facilitator.me.userId })).toEqual({
			ok: false,
			reason: "notForYourRole",
		});
		const before = w.facilitator.clock.now();
		expect(w.facilitator.run(startPersonalTurn, { userId: alice.me.userId })).toEqual({ ok: true });
		await eventually(() => bob.processView.root.turns.speakerId === alice.me.userId, 15_000, "Alice's turn");
		const since = bob.processView.root.turns.speakerSince ?? 0;
		expect(since).toBeGreaterThanOrEqual(before - 5);
		expect(since).toBeLessThanOrEqual(w.facilitator.clock.now());
		expect(bob.run(endTurn, {})).toEqual({ ok: false, reason: "facilitatorOnly" });
		w.facilitator.run(endTurn, {});
		await eventually(() => bob.processView.root.turns.speakerId === undefined, 15_000, "the turn ended");
	});

	it("lets the facilitator plan the échanges between 20 and 45 minutes only", async () => {
		expect(w.facilitator.run(setStepMinutes, { step: "echanges", minutes: 19 })).toEqual({ ok: false, reason: "outOfRange" });
		expect(w.facilitator.run(setStepMinutes, { step: "echanges", minutes: 46 })).toEqual({ ok: false, reason: "outOfRange" });
		expect(w.facilitator.run(setStepMinutes, { step: "echanges", minutes: 30 })).toEqual({ ok: true });
		expect(w.facilitator.run(setStepMinutes, { step: "accueil", minutes: 15 })).toEqual({ ok: true });
		await eventually(() => alice.processView.root.minutes.get("echanges") === 30, 15_000, "the plan");
		expect(alice.processView.root.minutes.get("accueil")).toBe(15);
		expect(alice.run(setStepMinutes, { step: "echanges", minutes: 40 })).toEqual({ ok: false, reason: "facilitatorOnly" });
	});
});
