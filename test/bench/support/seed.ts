/**
 * The documents the bench measures, written by the workshop's facilitator as a Node Fluid
 * client (test/support/clients.ts): problématiques by distinct authors (the board draws
 * the first 16, one per person), dots by distinct voters, the step and the vote.
 */
import { Tree } from "fluid-framework";
import { moveStep, setVoteRevealed } from "../../../src/fluid/commands/process";
import { Dot, Problematique } from "../../../src/fluid/schema";
import type { StepId } from "../../../src/domain/steps";
import { eventually, settled, type TestWorkshop } from "../../support/clients";

/** The id of the i-th seeded problématique. */
export const noteId = (i: number) => `n${i}`;

export function addNotes(w: TestWorkshop, count: number): void {
	const board = w.facilitator.boardView.root;
	const first = board.problematiques.length;
	for (let start = 0; start < count; start += 250) {
		const batch = Math.min(250, count - start);
		Tree.runTransaction(board, () => {
			board.problematiques.insertAtEnd(
				...Array.from({ length: batch }, (_, k) => {
					const i = first + start + k;
					return new Problematique({ id: noteId(i), authorId: `bench-${i}`, text: `Problématique n°${i}`, x: 0, y: 0 });
				}),
			);
		});
	}
}

/**
 * `count` dots, 3 per voter (`voter-<v>`), each voter's on 3 distinct notes among the first
 * `drawn` (so that every dot counts and is drawn once revealed).
 */
export function addDots(w: TestWorkshop, count: number, drawn: number): void {
	const board = w.facilitator.boardView.root;
	Tree.runTransaction(board, () => {
		board.dots.insertAtEnd(
			...Array.from(
				{ length: count },
				(_, i) => new Dot({ id: `d${i}`, voterId: `voter-${Math.floor(i / 3)}`, problematiqueId: noteId(i % drawn) }),
			),
		);
	});
}

export function setStep(w: TestWorkshop, to: StepId): void {
	const verdict = w.facilitator.run(moveStep, { to });
	if (!verdict.ok) throw new Error(`moveStep refused: ${verdict.reason}`);
}

/** Step "choix" with the vote open (a sealed vote dropped) and its results revealed: every dot drawn. */
export function openRevealedVote(w: TestWorkshop): void {
	if (w.facilitator.processView.root.step === "choix") setStep(w, "partage");
	setStep(w, "choix");
	w.facilitator.run(setVoteRevealed, { revealed: true });
}

/** Every edit of the facilitator's Node client sent and acknowledged. */
export function saved(w: TestWorkshop, timeoutMs = 60_000): Promise<void> {
	return settled([w.facilitator], timeoutMs);
}

export { eventually };
