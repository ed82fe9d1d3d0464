/**
 * Running the session: recalling a rule, personal timed turns, adapting the plan — the
 * facilitator's alone, converging everywhere, refused to participants (and a forced
 * participant write never reaches anyone).
 */
import { Tree } from "fluid-framework";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { clearRecall, endTurn, recallRule, setStepMinutes, startPersonalTurn } from "../../src/fluid/commands/facilitation";
import { moveStep } from "../../src/fluid/commands/process";
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
		expect(w.facilitator.run(recallRule, { text: "Pas de conseils, pas de jugement." })).toEqual({ ok: true });
		await eventually(() => alice.processView.root.recall?.text === "Pas de conseils, pas de jugement.", 15_000, "the recall");
		expect(bob.run(recallRule, { text: "Moi aussi" })).toEqual({ ok: false, reason: "facilitatorOnly" });
		w.facilitator.run(clearRecall, {});
		await eventually(() => alice.processView.root.recall === undefined, 15_000, "the recall cleared");
	});

	it("never lets a participant's forced recall reach anyone", async () => {
		Tree.runTransaction(bob.processView.root, (p) => {
			p.recall = new Recall({ text: "Bob décide", at: 0 });
		});
		w.facilitator.run(recallRule, { text: "Bienveillance" });
		await eventually(() => alice.processView.root.recall?.text === "Bienveillance", 15_000, "the real recall");
		await new Promise((r) => setTimeout(r, 1000));
		expect(alice.processView.root.recall?.text).toBe("Bienveillance");
		expect(w.facilitator.processView.root.recall?.text).toBe("Bienveillance");
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
