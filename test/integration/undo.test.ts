/** Undo and redo take back one's own edits only, never someone else's, and converge. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { addRule, placeDot, putOnTable } from "../../src/fluid/commands/board";
import { moveStep, setVoteOpen, setVoteRevealed } from "../../src/fluid/commands/process";
import { UndoStack } from "../../src/fluid/undo";
import type { WorkshopSession } from "../../src/fluid/session";
import { createTestWorkshop, eventually, settled, type TestWorkshop } from "../support/clients";
import { until } from "../support/waiting";

describe("undo and redo", () => {
	let w: TestWorkshop;
	let alice: WorkshopSession;
	let bob: WorkshopSession;
	let undo: UndoStack;
	const rules = (s: WorkshopSession) => s.boardView.root.rules.map((r) => r.text).sort();

	beforeAll(async () => {
		w = await createTestWorkshop(inject("appUrl"), "Undo");
		alice = await w.join("Alice");
		bob = await w.join("Bob");
		w.facilitator.run(moveStep, { to: "regles" });
		await eventually(() => alice.processView.root.step === "regles" && bob.processView.root.step === "regles");
		undo = new UndoStack(alice.boardView);
	});
	afterAll(() => {
		undo?.dispose();
		w?.dispose();
	});

	it("takes back my own edit for everyone, leaving the others' edits alone", async () => {
		expect(undo.canUndo).toBe(false);
		expect(bob.run(addRule, { text: "Confidentialité" })).toEqual({ ok: true });
		await eventually(() => rules(alice).length === 1);
		// Bob's edit is not on Alice's stack.
		expect(undo.canUndo).toBe(false);
		expect(alice.run(addRule, { text: "Bienveillance" })).toEqual({ ok: true });
		expect(undo.canUndo).toBe(true);
		undo.undo();
		await settled([alice, bob]);
		await eventually(() => rules(bob).length === 1);
		expect(rules(bob)).toEqual(["Confidentialité"]);
		expect(rules(alice)).toEqual(["Confidentialité"]);
	});

	it("redoes what was undone, and a new edit clears the redo stack", async () => {
		expect(undo.canRedo).toBe(true);
		undo.redo();
		await eventually(() => rules(bob).length === 2, 15_000, "the rule back");
		expect(rules(bob)).toEqual(["Bienveillance", "Confidentialité"]);
		undo.undo();
		expect(undo.canRedo).toBe(true);
		expect(alice.run(addRule, { text: "Ponctualité" })).toEqual({ ok: true });
		expect(undo.canRedo).toBe(false);
		await settled([alice, bob]);
		// Bob holds two rules already (the redo's) before the undo and the new one reach him: wait for these two.
		const expected = ["Confidentialité", "Ponctualité"];
		await until(
			async () => rules(bob),
			(now) => now.join("|") === expected.join("|"),
			{ timeoutMs: 15_000 },
		);
		expect(rules(bob)).toEqual(expected);
	});
});

describe("undo and redo pass the gate of the command they revert", () => {
	let w: TestWorkshop;
	let alice: WorkshopSession;
	let bob: WorkshopSession;
	let undo: UndoStack;
	const dots = (s: WorkshopSession) => s.boardView.root.dots.filter((d) => d.voterId === alice.me.userId).length;

	beforeAll(async () => {
		w = await createTestWorkshop(inject("appUrl"), "Undo gate");
		alice = await w.join("Alice");
		bob = await w.join("Bob");
		w.facilitator.run(moveStep, { to: "partage" });
		await eventually(() => alice.processView.root.step === "partage" && bob.processView.root.step === "partage");
		expect(alice.run(putOnTable, { text: "Déléguer" })).toEqual({ ok: true });
		expect(bob.run(putOnTable, { text: "Dire non" })).toEqual({ ok: true });
		await eventually(() => alice.boardView.root.problematiques.length === 2, 15_000, "two problématiques");
		w.facilitator.run(moveStep, { to: "choix" });
		await eventually(() => alice.processView.root.vote.open, 15_000, "the vote open");
		undo = new UndoStack(alice.boardView);
	});
	afterAll(() => {
		undo?.dispose();
		w?.dispose();
	});

	it("cannot take back a gommette once the vote is closed and revealed, nor redo one", async () => {
		const target = alice.boardView.root.problematiques[1]?.id ?? "";
		expect(alice.run(placeDot, { problematiqueId: target })).toEqual({ ok: true });
		expect(alice.run(placeDot, { problematiqueId: target })).toEqual({ ok: true });
		expect(undo.canUndo).toBe(true);
		undo.undo();
		expect(dots(alice)).toBe(1);
		expect(undo.canRedo).toBe(true);
		await settled([alice]);
		let changes = 0;
		const off = undo.onChange(() => changes++);
		w.facilitator.run(setVoteOpen, { open: false });
		w.facilitator.run(setVoteRevealed, { revealed: true });
		await eventually(() => !alice.processView.root.vote.open && alice.processView.root.vote.revealed, 15_000, "vote closed");
		// The gate follows the process: the buttons are told to re-read.
		expect(changes).toBeGreaterThan(0);
		off();
		expect(undo.canUndo).toBe(false);
		expect(undo.canRedo).toBe(false);
		expect(undo.undo()).toEqual({ ok: false, reason: "voteClosed" });
		expect(undo.redo()).toEqual({ ok: false, reason: "voteClosed" });
		await settled([alice]);
		await eventually(() => dots(bob) === 1, 15_000, "Alice's one dot at Bob's");
		await new Promise((r) => setTimeout(r, 300));
		expect(dots(bob)).toBe(1);
		expect(dots(alice)).toBe(1);
		// Open again: undo is allowed again.
		w.facilitator.run(setVoteOpen, { open: true });
		await eventually(() => alice.processView.root.vote.open, 15_000, "vote open again");
		expect(undo.canUndo).toBe(true);
		expect(undo.undo()).toEqual({ ok: true });
		expect(dots(alice)).toBe(0);
	});

	it("cannot undo a rule once the rules step is over", async () => {
		w.facilitator.run(moveStep, { to: "regles" });
		await eventually(() => alice.processView.root.step === "regles", 15_000, "regles");
		expect(alice.run(addRule, { text: "Bienveillance" })).toEqual({ ok: true });
		expect(undo.canUndo).toBe(true);
		w.facilitator.run(moveStep, { to: "recherche" });
		await eventually(() => alice.processView.root.step === "recherche", 15_000, "recherche");
		expect(undo.canUndo).toBe(false);
		expect(undo.undo()).toEqual({ ok: false, reason: "notInThisStep" });
		expect(alice.boardView.root.rules.length).toBe(1);
	});
});
