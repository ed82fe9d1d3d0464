/**
 * Where the group stands in the step, for the facilitator's dock: per person, whether
 * they have done the step's part yet. Never what they wrote, and never where anyone's
 * gommettes are (only whether all 3 are placed), so it may show while tallies are hidden.
 *
 * Pure readers over the two roots; each reads only the lists its question needs.
 */
import { dotsLeft } from "../domain/vote";
import type { StepId } from "../domain/steps";
import {
	contributorIds,
	currentStep,
	evaluateBoardVotes,
	membersInOrder,
	participantIds,
	voteContext,
	waitingInPhase,
} from "./read";
import { problematiqueNodesOf, rebondNodesOf } from "./bounded";
import type { Board, Process } from "./schema";

export interface PersonProgress {
	readonly userId: string;
	readonly name: string;
	/** Has done this step's part (put the sheet on the table, placed all 3 dots…). */
	readonly done: boolean;
}

export type ProgressKind = "sheetOnTable" | "allDotsPlaced" | "askedThisRound" | "rebondShared";

export interface StepProgress {
	readonly kind: ProgressKind;
	readonly people: readonly PersonProgress[];
}

function withNames(board: Board, ids: readonly string[], done: (id: string) => boolean): PersonProgress[] {
	const names = new Map(membersInOrder(board).map((m) => [m.id, m.name]));
	return ids.map((userId) => ({ userId, name: names.get(userId) ?? "", done: done(userId) }));
}

/** Each participant: has put their problématique on the table. */
export function sheetsOnTable(process: Process, board: Board): PersonProgress[] {
	const authors = new Set(problematiqueNodesOf(board).map((p) => p.authorId));
	return withNames(board, participantIds(process, board), (id) => authors.has(id));
}

/** Each participant: has placed all 3 gommettes (valid ones; never on which problématique). */
export function allDotsPlaced(process: Process, board: Board): PersonProgress[] {
	const evaluation = evaluateBoardVotes(process, board);
	const context = voteContext(process, board);
	return withNames(board, participantIds(process, board), (id) => dotsLeft(evaluation, context, id) === 0);
}

/** Each contributor: has asked a question (or passed) in the current clarification round. */
export function askedThisRound(process: Process, board: Board): PersonProgress[] {
	const waiting = new Set(waitingInPhase(process, board, "clarification"));
	return withNames(board, contributorIds(process, board), (id) => !waiting.has(id));
}

/** Each contributor: has shared at least one rebond. */
export function rebondsShared(process: Process, board: Board): PersonProgress[] {
	const authors = new Set(rebondNodesOf(board).map((r) => r.authorId));
	return withNames(board, contributorIds(process, board), (id) => authors.has(id));
}

const BY_STEP: Partial<Readonly<Record<StepId, { kind: ProgressKind; read: (p: Process, b: Board) => PersonProgress[] }>>> = {
	recherche: { kind: "sheetOnTable", read: sheetsOnTable },
	partage: { kind: "sheetOnTable", read: sheetsOnTable },
	choix: { kind: "allDotsPlaced", read: allDotsPlaced },
	clarification: { kind: "askedThisRound", read: askedThisRound },
	reflexion: { kind: "rebondShared", read: rebondsShared },
	echanges: { kind: "rebondShared", read: rebondsShared },
};

/** The progress that matters in the current step, if the step has one. */
export function stepProgress(process: Process, board: Board): StepProgress | undefined {
	const entry = BY_STEP[currentStep(process)];
	return entry ? { kind: entry.kind, people: entry.read(process, board) } : undefined;
}
