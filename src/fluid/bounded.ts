/**
 * The board's content as every surface reads it: within the limits, whatever a client
 * wrote. The board is writable by every participant, and a modified client may skip the
 * commands' checks; so each text is cut to its field's limit ("…") and each collection
 * keeps each author's first entries and the first of the board (`CAPS`, in document
 * order). The canvas, the lists, the vote, the récolte and the documentation read
 * through these readers, never the tree's raw texts, so they all show the same thing.
 */
import { boundText, CAPS, keptByAuthor } from "../domain/limits";
import type { Board, Learning, PlanAction, Problematique, Question, Rebond, Rule, SharedNote } from "./schema";

const byAuthor = (item: { readonly authorId: string }) => item.authorId;
/** Plan actions carry no author: the cap counts them all together. */
const noAuthor = () => "";

export interface RuleView {
	readonly id: string;
	readonly authorId: string;
	readonly text: string;
}

export interface ProblematiqueView {
	readonly id: string;
	readonly authorId: string;
	readonly text: string;
	readonly x: number;
	readonly y: number;
}

export interface QuestionView {
	readonly id: string;
	readonly authorId: string;
	readonly text: string;
	readonly answer: string;
}

export interface RebondView {
	readonly id: string;
	readonly authorId: string;
	readonly confronted: string;
	readonly howMet: string;
	readonly whatWorked: string;
	readonly kind: string;
}

export interface NoteView {
	readonly id: string;
	readonly authorId: string;
	readonly text: string;
}

export interface PlanActionView {
	readonly id: string;
	readonly text: string;
	readonly when: string;
	readonly due: string | undefined;
}

export interface LearningView {
	readonly id: string;
	readonly authorId: string;
	readonly text: string;
}

/** The tree's entries that count, in document order (nodes: for the canvas, which follows each node's changes). */
export function ruleNodesOf(board: Board): Rule[] {
	return keptByAuthor(board.rules, byAuthor, CAPS.rules);
}
export function problematiqueNodesOf(board: Board): Problematique[] {
	return keptByAuthor(board.problematiques, byAuthor, CAPS.problematiques);
}
export function questionNodesOf(board: Board): Question[] {
	return keptByAuthor(board.questions, byAuthor, CAPS.questions);
}
export function rebondNodesOf(board: Board): Rebond[] {
	return keptByAuthor(board.rebonds, byAuthor, CAPS.rebonds);
}
export function noteNodesOf(board: Board): SharedNote[] {
	return keptByAuthor(board.notes, byAuthor, CAPS.notes);
}
export function planNodesOf(board: Board): PlanAction[] {
	return keptByAuthor(board.plan, noAuthor, CAPS.plan);
}
export function learningNodesOf(board: Board): Learning[] {
	return keptByAuthor(board.learnings, byAuthor, CAPS.learnings);
}

export function ruleView(r: Rule): RuleView {
	return { id: r.id, authorId: r.authorId, text: boundText("rule", r.text) };
}
export function problematiqueView(p: Problematique): ProblematiqueView {
	return { id: p.id, authorId: p.authorId, text: boundText("problematique", p.text), x: p.x, y: p.y };
}
export function questionView(q: Question): QuestionView {
	return { id: q.id, authorId: q.authorId, text: boundText("question", q.text), answer: boundText("answer", q.answer) };
}
export function rebondView(r: Rebond): RebondView {
	return {
		id: r.id,
		authorId: r.authorId,
		confronted: boundText("rebondField", r.confronted),
		howMet: boundText("rebondField", r.howMet),
		whatWorked: boundText("rebondField", r.whatWorked),
		kind: r.kind,
	};
}
export function noteView(n: SharedNote): NoteView {
	return { id: n.id, authorId: n.authorId, text: boundText("note", n.text) };
}
export function planActionView(a: PlanAction): PlanActionView {
	return { id: a.id, text: boundText("action", a.text), when: boundText("when", a.when), due: a.due };
}
export function learningView(l: Learning): LearningView {
	return { id: l.id, authorId: l.authorId, text: boundText("learning", l.text) };
}

export function rulesOf(board: Board): RuleView[] {
	return ruleNodesOf(board).map(ruleView);
}
export function problematiquesOf(board: Board): ProblematiqueView[] {
	return problematiqueNodesOf(board).map(problematiqueView);
}
/** One problématique that counts, if it does. */
export function problematiqueOf(board: Board, id: string | undefined): ProblematiqueView | undefined {
	if (id === undefined) return undefined;
	const node = problematiqueNodesOf(board).find((p) => p.id === id);
	return node ? problematiqueView(node) : undefined;
}
export function questionsOf(board: Board): QuestionView[] {
	return questionNodesOf(board).map(questionView);
}
export function rebondsOf(board: Board): RebondView[] {
	return rebondNodesOf(board).map(rebondView);
}
export function notesOf(board: Board): NoteView[] {
	return noteNodesOf(board).map(noteView);
}
export function planOf(board: Board): PlanActionView[] {
	return planNodesOf(board).map(planActionView);
}
export function learningsOf(board: Board): LearningView[] {
	return learningNodesOf(board).map(learningView);
}

export function formulationOf(board: Board): string {
	return boundText("formulation", board.formulation);
}
export function documentationOf(board: Board): string {
	return boundText("documentation", board.documentation);
}
/** A kept idea's copy of its source's text. */
export function ideaTextOf(text: string): string {
	return boundText("ideaCopy", text);
}
/** Why someone said no to the documentation, if they said. */
export function agreementReasonOf(reason: string | undefined): string | undefined {
	return reason === undefined ? undefined : boundText("reason", reason);
}
