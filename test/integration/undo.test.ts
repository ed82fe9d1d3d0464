/** Undo and redo take back one's own edits only, never someone else's, and converge. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { addRule } from "../../src/fluid/commands/board";
import { moveStep } from "../../src/fluid/commands/process";
import { UndoStack } from "../../src/fluid/undo";
import type { WorkshopSession } from "../../src/fluid/session";
import { createTestWorkshop, eventually, settled, type TestWorkshop } from "../support/clients";

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
		await eventually(() => rules(bob).length === 2);
		expect(rules(bob)).toEqual(["Confidentialité", "Ponctualité"]);
	});
});
