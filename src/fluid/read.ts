/**
 * Reading the tree into the domain's terms. Small, targeted reads: callers read what a
 * change touched, never the whole tree per change.
 */
import type { TreeView } from "fluid-framework";
import { asAlpha } from "fluid-framework/alpha";
import { distinctNames } from "../domain/names";
import { mayActNow, type ProcessState } from "../domain/actions";
import type { ConsentState } from "../domain/consent";
import {
	documentationAnswers,
	keptIdeas,
	questionIdeaText,
	rebondIdeaText,
	type DocumentationAnswers,
	isIdeaSource,
	type IdeaSource,
} from "../domain/recolte";
import type { Locale } from "../domain/locale";
import { recallShown } from "../domain/recall";
import { postureFor } from "../domain/roleCards";
import { evaluateVotes, type VoteContext, type VoteEvaluation } from "../domain/vote";
import { rank, type RankGroup } from "../domain/ranking";
import { participantsOf, roleOf, type RoleContext } from "../domain/roles";
import { isStepId, type Role, type StepId } from "../domain/steps";
import type { StepTimer } from "../domain/timeplan";
import { chancesOf, handsUpNow, waitingThisRound, type RaisedHand, type TurnRecord } from "../domain/turns";
import {
	ideaTextOf,
	noteNodesOf,
	noteView,
	problematiqueNodesOf,
	questionNodesOf,
	questionView,
	rebondNodesOf,
	rebondView,
	ruleNodesOf,
	ruleView,
} from "./bounded";
import { Tree } from "fluid-framework";
// A cycle (the command layer reads this module), used at call time only.
import { runningCommand } from "./commands/command";
import { plainDot, plainDotsOf } from "./plainDots";
import type { Board, Process } from "./schema";

export function currentStep(process: Process): StepId {
	return isStepId(process.step) ? process.step : "invitation";
}

/** The step and whether the workshop has ended: what the gate reads. */
export function processState(process: Process): ProcessState {
	return { step: currentStep(process), ended: process.endedAt !== undefined };
}

export function roleContext(process: Process): RoleContext {
	return { step: currentStep(process), facilitatorId: process.facilitatorId, offreurId: process.offreurId };
}

export function roleOfUser(process: Process, userId: string, observer: boolean): Role {
	return roleOf({ id: userId, observer }, roleContext(process));
}

export function timerOf(process: Process): StepTimer {
	const t = process.timer;
	return { startedAt: t.startedAt, pausedAt: t.pausedAt, pausedMs: t.pausedMs, addedMs: t.addedMs };
}

export function consentOf(process: Process): ConsentState {
	const c = process.consent;
	return { askedId: c.askedId, refusedIds: [...c.refusedIds], tieChoiceIds: [...c.tieChoiceIds], acceptedId: c.acceptedId };
}

export function turnRecords(list: Iterable<{ userId: string; kind: string }>): TurnRecord[] {
	return [...list].map((r) => ({ userId: r.userId, kind: r.kind === "passed" ? "passed" : "spoke" }));
}

/** The vote's context and its evaluation, read once per revision of the board (see `perBoardRevision`). */
function boardVotes(process: Process, board: Board): { context: VoteContext; evaluation: VoteEvaluation } {
	return perBoardRevision(boardVotes, board, [process, process.facilitatorId], () => {
		const context = { facilitatorId: process.facilitatorId, problematiqueIds: problematiqueNodesOf(board).map((p) => p.id) };
		// The dots as plain values, kept up to date by their own events (`plainDots.ts`), once the board's change has
		// been applied: not 630 dots read per change. While it is being applied (the tree tells the dots' list before
		// the dot changed in it), each dot read afresh.
		const dots = boardSettled(board) ? plainDotsOf(board) : board.dots.map(plainDot);
		return { context, evaluation: evaluateVotes(dots, context) };
	});
}

export function voteContext(process: Process, board: Board): VoteContext {
	return boardVotes(process, board).context;
}

/** The vote rule over the board's dots: one evaluation per change of the board, whoever asks. */
export function evaluateBoardVotes(process: Process, board: Board): VoteEvaluation {
	return boardVotes(process, board).evaluation;
}

/** The live board's ranking (while the vote is open). What was decided: `decidedRankingOf` in `sealed.ts`. */
export function rankingOf(process: Process, board: Board): RankGroup[] {
	const evaluation = evaluateBoardVotes(process, board);
	return rank(
		evaluation.tally,
		problematiqueNodesOf(board).map((p) => p.id),
	);
}

/**
 * Members in the order they joined (the order of turns), each with their name as everyone
 * reads it: cleaned of invisible and direction-changing characters, and told apart when
 * two people share one ("Alice (2)"). The member entries are what clients claim.
 */
export function membersInOrder(board: Board): { id: string; name: string; observer: boolean }[] {
	const members = [...board.members.values()].sort((a, b) => a.joinedAt - b.joinedAt || (a.id < b.id ? -1 : 1));
	const names = distinctNames(members);
	return members.map((m) => ({ id: m.id, name: names.get(m.id) ?? "", observer: m.observer }));
}

/** A member's name as everyone reads it (see membersInOrder); "" for someone not on the board. */
export function memberName(board: Board, userId: string): string {
	return membersInOrder(board).find((m) => m.id === userId)?.name ?? "";
}

export function contributorIds(process: Process, board: Board): string[] {
	const ctx = roleContext(process);
	return membersInOrder(board)
		.filter((m) => roleOf(m, ctx) === "contributor")
		.map((m) => m.id);
}

/** The échanges hands up now (in the order raised): giving the floor lowers a hand. */
export function raisedHands(process: Process, board: Board): RaisedHand[] {
	const hands = board.hands.map((h) => ({ userId: h.userId, chancesAtRaise: h.chancesAtRaise }));
	return handsUpNow(hands, turnRecords(process.turns.echanges));
}

/** Is this person's hand up now? */
export function handIsUp(process: Process, board: Board, userId: string): boolean {
	return raisedHands(process, board).some((h) => h.userId === userId);
}

/** How many échanges chances (spoke or passed) this person has had. */
export function echangesChancesOf(process: Process, userId: string): number {
	return chancesOf(userId, turnRecords(process.turns.echanges));
}

/** The facilitator's recall as this reader sees it now: in their language, while it lasts. */
export function recallFor(process: Process, board: Board, locale: Locale, now: number): { text: string; at: number } | undefined {
	const recall = process.recall;
	if (!recall) return undefined;
	const step = currentStep(process);
	const recalledIn = recall.step !== undefined && isStepId(recall.step) ? recall.step : undefined;
	if (!recallShown({ at: recall.at, step: recalledIn }, step, now)) return undefined;
	if (recall.kind === "posture") return { text: postureFor(recalledIn ?? step, locale), at: recall.at };
	if (recall.kind === "rule") {
		const rule = ruleNodesOf(board).find((r) => r.id === recall.ruleId);
		return { text: rule ? ruleView(rule).text : recall.text, at: recall.at };
	}
	return recall.text ? { text: recall.text, at: recall.at } : undefined;
}

/** Who takes part (writes a problématique, votes): every member but the facilitator and observers, in join order. */
export function participantIds(process: Process, board: Board): string[] {
	return participantsOf(membersInOrder(board), roleContext(process));
}

/**
 * Who may be given their own timed turn now: each participant in partage, each
 * contributor in partage des contributeurs; nobody at other steps.
 */
export function personalTurnCandidates(process: Process, board: Board): string[] {
	const step = currentStep(process);
	if (step === "partage") return participantIds(process, board);
	if (step === "partage-contributeurs") return contributorIds(process, board);
	return [];
}

/**
 * The turn records of a phase. Clarification: each question asked counts as a turn
 * spoken (questions are on the board), each pass the facilitator recorded as a pass.
 * Échanges: the turns the facilitator recorded.
 */
export function phaseRecords(process: Process, board: Board, phase: "clarification" | "echanges"): TurnRecord[] {
	if (phase === "echanges") return turnRecords(process.turns.echanges);
	const asked = questionNodesOf(board).map((q): TurnRecord => ({ userId: q.authorId, kind: "spoke" }));
	const passed = turnRecords(process.turns.clarification).filter((r) => r.kind === "passed");
	return [...asked, ...passed];
}

/** The contributors who have not had their chance yet this round of the phase, in member order. */
export function waitingInPhase(process: Process, board: Board, phase: "clarification" | "echanges"): string[] {
	return waitingThisRound(contributorIds(process, board), phaseRecords(process, board, phase));
}

/** Has this person already answered the consent question asked now? */
export function answeredConsent(process: Process, board: Board, userId: string): boolean {
	const askedId = process.consent.askedId;
	return askedId !== undefined && board.consentAnswers.some((a) => a.userId === userId && a.problematiqueId === askedId);
}

/** Who answers about documentation: every member but observers, in join order. */
export function documentationPeople(board: Board): string[] {
	return membersInOrder(board)
		.filter((m) => !m.observer)
		.map((m) => m.id);
}

/** Each person's documentation answer: agreed, refused, or not yet. One no blocks documentation. */
export function documentationAnswersOf(board: Board): DocumentationAnswers {
	return documentationAnswers(documentationPeople(board), new Map(board.agreements.map((a) => [a.userId, a.agree])));
}

/** Something shared that the offreur may keep as an idea: its kind, id, author and the text an idea copies. */
export interface IdeaSourceView {
	readonly kind: IdeaSource;
	readonly id: string;
	readonly authorId: string;
	readonly text: string;
}

/** Everything shared the offreur may keep (what counts, texts within limits): rebonds, then shared notes, then questions. */
export function ideaSourcesOf(board: Board): IdeaSourceView[] {
	return [
		...rebondNodesOf(board)
			.map(rebondView)
			.map((r): IdeaSourceView => ({ kind: "rebond", id: r.id, authorId: r.authorId, text: rebondIdeaText(r) })),
		...noteNodesOf(board)
			.map(noteView)
			.map((n): IdeaSourceView => ({ kind: "note", id: n.id, authorId: n.authorId, text: n.text })),
		...questionNodesOf(board)
			.map(questionView)
			.map((q): IdeaSourceView => ({ kind: "question", id: q.id, authorId: q.authorId, text: questionIdeaText(q) })),
	];
}

/** One source, if it is still on the board and counts. */
export function ideaSourceOf(board: Board, kind: IdeaSource, id: string): IdeaSourceView | undefined {
	if (kind === "rebond") {
		const node = rebondNodesOf(board).find((item) => item.id === id);
		const r = node && rebondView(node);
		return r ? { kind, id, authorId: r.authorId, text: rebondIdeaText(r) } : undefined;
	}
	if (kind === "note") {
		const node = noteNodesOf(board).find((item) => item.id === id);
		const n = node && noteView(node);
		return n ? { kind, id, authorId: n.authorId, text: n.text } : undefined;
	}
	const node = questionNodesOf(board).find((item) => item.id === id);
	const q = node && questionView(node);
	return q ? { kind, id, authorId: q.authorId, text: questionIdeaText(q) } : undefined;
}

/** A kept idea with where it came from and who wrote its source (undefined only for an older idea whose source is gone). */
export interface KeptIdeaView {
	readonly id: string;
	readonly sourceKind: string;
	readonly sourceId: string;
	readonly text: string;
	readonly authorId: string | undefined;
}

/** The ideas that count (the first of each source, three at most), with their source's author. */
export function keptIdeasOf(board: Board): KeptIdeaView[] {
	return keptIdeas(board.ideas).map((i) => ({
		id: i.id,
		sourceKind: i.sourceKind,
		sourceId: i.sourceId,
		text: ideaTextOf(i.text),
		authorId: i.authorId ?? (isIdeaSource(i.sourceKind) ? ideaSourceOf(board, i.sourceKind, i.sourceId)?.authorId : undefined),
	}));
}

/** This person's problématique on the table, if they put one there. */
export function problematiqueIdOf(board: Board, userId: string): string | undefined {
	return problematiqueNodesOf(board).find((p) => p.authorId === userId)?.id;
}

/**
 * May this person write their problématique now (draft it in recherche, edit it while
 * putting it on the table in partage)? The step table's rule, for the canvas and the list.
 */
export function mayWriteProblematique(process: Process, userId: string, observer: boolean): boolean {
	const state = processState(process);
	const role = roleOfUser(process, userId, observer);
	return mayActNow(state, role, "writeProblematique").ok || mayActNow(state, role, "putOnTable").ok;
}

// ------------------------------------------------------------ one reading per revision

/** A followed board's revision: counted on each change; `settled` once its change has been applied. */
interface Revisions {
	revision: number;
	settled: boolean;
	readonly memo: Map<object, { readonly revision: number; readonly key: readonly unknown[]; readonly value: unknown }>;
}

const followed = new WeakMap<Board, Revisions>();

/**
 * Counts the board's revisions, so that a reading made once per revision (`perBoardRevision`:
 * the vote's evaluation) serves every reader of that revision. A change is counted twice:
 * when the view announces it (`changed`, which may come before the tree shows it: readings
 * made until it has been applied are not kept) and when the board's nodes report it (after
 * it has been applied, also inside a transaction). Returns the unsubscribe.
 */
export function followBoardRevisions(view: TreeView<typeof Board>): () => void {
	const state: Revisions = { revision: 0, settled: true, memo: new Map() };
	const applied = () => {
		state.revision++;
		state.settled = true;
	};
	let offRoot = () => {};
	const follow = () => {
		offRoot();
		state.revision++;
		followed.set(view.root, state);
		offRoot = Tree.on(view.root, "treeChanged", applied);
	};
	follow();
	const offChanged = asAlpha(view).events.on("changed", () => {
		state.revision++;
		state.settled = false;
		state.memo.clear();
		queueMicrotask(() => {
			state.settled = true;
		});
	});
	const offRootChanged = view.events.on("rootChanged", follow);
	return () => {
		offRoot();
		offChanged();
		offRootChanged();
		state.memo.clear();
	};
}

/** A followed board whose last change has been applied, outside a command's transaction. */
function boardSettled(board: Board): boolean {
	return followed.get(board)?.settled === true && runningCommand() === undefined;
}

/**
 * `read()` once per revision of a followed board and per `key` (compared item by item):
 * the same value for every reader until the board changes. Read afresh each time: a board
 * not followed (a test's local tree), one whose change is being applied, and inside a
 * command's transaction (its edits reach the listeners one by one, before the view
 * announces the commit; every transaction that edits the dots or the notes is a command's).
 */
export function perBoardRevision<T>(reader: object, board: Board, key: readonly unknown[], read: () => T): T {
	const state = followed.get(board);
	if (!state || !boardSettled(board)) return read();
	const kept = state.memo.get(reader);
	if (kept && kept.revision === state.revision && sameKey(kept.key, key)) return kept.value as T;
	const value = read();
	state.memo.set(reader, { revision: state.revision, key, value });
	return value;
}

function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
	return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}
