/**
 * A modified client holding the board's write token skips the commands: it writes a
 * 100,000-character problématique, 2,000 valid rules of its own and 2,000 under made-up
 * author ids. Every other client reads the text cut and at most the capped rules, on every
 * surface's readers and in the canvas's card specs; the commands refuse before the caps.
 * Timing is not asserted.
 */
import "../support/node-fluid";
import { Tree } from "fluid-framework";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { noteSpec, ruleSpec } from "../../src/board/cardSpecs";
import { estimateMeasure } from "../../src/board/textFit";
import { canvasWords } from "../../src/board/words";
import { CAPS, ELLIPSIS, LIMITS, textLength } from "../../src/domain/limits";
import { problematiquesOf, rulesOf } from "../../src/fluid/bounded";
import { addRule, putOnTable } from "../../src/fluid/commands/board";
import { canRun } from "../../src/fluid/commands/command";
import { moveStep } from "../../src/fluid/commands/process";
import { documentationInputOf } from "../../src/fluid/documentation";
import { rankingOf, recallFor, voteContext } from "../../src/fluid/read";
import { Problematique, Rule } from "../../src/fluid/schema";
import type { WorkshopSession } from "../../src/fluid/session";
import { createTestWorkshop, eventually, settled, type TestWorkshop } from "../support/clients";

const HUGE = "Problème ".repeat(12_000).slice(0, 100_000);

describe("limits every client applies on read", () => {
	let w: TestWorkshop;
	let mallory: WorkshopSession;
	let alice: WorkshopSession;
	let bob: WorkshopSession;

	beforeAll(async () => {
		w = await createTestWorkshop(inject("appUrl"), "Limites");
		mallory = await w.join("Mallory");
		alice = await w.join("Alice");
		bob = await w.join("Bob");
		w.facilitator.run(moveStep, { to: "regles" });
		await eventually(() => [alice, bob, mallory].every((s) => s.processView.root.step === "regles"), 20_000, "règles");
		expect(alice.run(addRule, { text: "Bienveillance" })).toEqual({ ok: true });
		await settled([alice]);
		// The honest rule is first for everyone, Mallory included, before the flood.
		await eventually(() => mallory.boardView.root.rules.length === 1, 15_000, "Mallory to see the honest rule");

		// The modified client: straight into the tree, no command, no check.
		const board = mallory.boardView.root;
		const me = mallory.me.userId;
		Tree.runTransaction(board, () => {
			board.problematiques.insertAtEnd(new Problematique({ id: "huge", authorId: me, text: HUGE, x: 0, y: 0 }));
			board.problematiques.insertAtEnd(new Problematique({ id: "again", authorId: me, text: "Une autre", x: 0, y: 0 }));
		});
		for (const author of ["self", "ghosts"] as const)
			for (let start = 0; start < 2000; start += 250)
				Tree.runTransaction(board, () => {
					board.rules.insertAtEnd(
						...Array.from(
							{ length: 250 },
							(_, i) =>
								new Rule({
									id: `${author}-${start + i}`,
									text: `Règle n°${start + i}`,
									authorId: author === "self" ? me : `ghost-${start + i}`,
								}),
						),
					);
				});
		await settled([mallory], 60_000);
		await eventually(
			() => [alice, bob, w.facilitator].every((s) => s.boardView.root.rules.length === 4001),
			60_000,
			"every rule everywhere",
		);
	}, 120_000);
	afterAll(() => w?.dispose());

	it("every other client reads the problématique cut to 400 characters, ending with …", () => {
		for (const s of [alice, bob, w.facilitator]) {
			const table = problematiquesOf(s.boardView.root);
			// One per person: Mallory's second sheet is not on anyone's table, nor in the vote.
			expect(table.map((p) => p.id)).toEqual(["huge"]);
			expect(textLength(table[0]?.text ?? "")).toBe(LIMITS.problematique);
			expect(table[0]?.text.endsWith(ELLIPSIS)).toBe(true);
			expect(voteContext(s.processView.root, s.boardView.root).problematiqueIds).toEqual(["huge"]);
			expect(rankingOf(s.processView.root, s.boardView.root).flatMap((g) => g.ids)).toEqual(["huge"]);
		}
	});

	it("every other client reads at most the capped rules, the honest one first, identically", () => {
		const lists = [alice, bob, w.facilitator].map((s) => rulesOf(s.boardView.root));
		for (const rules of lists) {
			expect(rules.length).toBeLessThanOrEqual(CAPS.rules.total);
			expect(rules.filter((r) => r.authorId === mallory.me.userId)).toHaveLength(CAPS.rules.perPerson);
			expect(rules[0]?.text).toBe("Bienveillance");
		}
		expect(lists[0]).toHaveLength(CAPS.rules.total);
		expect(JSON.stringify(lists[1])).toBe(JSON.stringify(lists[0]));
		expect(JSON.stringify(lists[2])).toBe(JSON.stringify(lists[0]));
	});

	it("the canvas's card specs and the documentation draft hold the bounded texts", () => {
		const board = alice.boardView.root;
		const fr = canvasWords("fr");
		const [p] = problematiquesOf(board);
		if (!p) throw new Error("no problématique");
		const note = noteSpec(
			{ ...p, authorName: "Mallory", position: { x: 0, y: 0 }, tally: undefined, chosen: false },
			fr,
			estimateMeasure,
		);
		expect(textLength(note.full?.text ?? note.lines.join(" "))).toBeLessThanOrEqual(LIMITS.problematique);
		expect(note.lines.join("").length).toBeLessThan(LIMITS.problematique);
		const rules = rulesOf(board).map((r, i) => ruleSpec({ id: r.id, authorName: "x", text: r.text }, i, estimateMeasure));
		expect(rules.length).toBeLessThanOrEqual(CAPS.rules.total);
		const input = documentationInputOf(alice.processView.root, board, Date.now());
		expect(JSON.stringify(input).includes(HUGE.slice(0, 1000))).toBe(false);
		expect(recallFor(alice.processView.root, board, "fr", Date.now())).toBeUndefined();
	});

	it("the commands refuse before the caps, with the maximum", async () => {
		// The board's rules are full of ghosts: Bob's next rule would count for nobody.
		expect(canRun(addRule, bob.context(), { text: "Confidentialité" })).toEqual({
			ok: false,
			reason: "totalLimit",
			max: CAPS.rules.total,
		});
		expect(canRun(addRule, mallory.context(), { text: "Encore" })).toEqual({
			ok: false,
			reason: "countLimit",
			max: CAPS.rules.perPerson,
		});
		w.facilitator.run(moveStep, { to: "partage" });
		await eventually(() => bob.processView.root.step === "partage", 20_000, "partage");
		// Bob has no sheet yet: he may put his on the table (one per person, the board not full).
		expect(canRun(putOnTable, bob.context(), { text: "Dire non" })).toEqual({ ok: true });
	});
});
