/**
 * The récolte: the offreur alone keeps 2 or 3 ideas from what was shared (rebonds,
 * notes, questions), each pointing at its source; then writes the plan d'action.
 */
import { OK, refuse, type Verdict } from "./actions";

export const MIN_IDEAS = 2;
export const MAX_IDEAS = 3;

export const IDEA_SOURCES = ["rebond", "note", "question"] as const;
export type IdeaSource = (typeof IDEA_SOURCES)[number];

export function isIdeaSource(value: string): value is IdeaSource {
	return (IDEA_SOURCES as readonly string[]).includes(value);
}

export interface HarvestState {
	/** Source ids of the ideas already kept. */
	readonly keptSourceIds: readonly string[];
}

/** May one more idea (from this source) be kept? A fourth is refused, the same source twice too. */
export function checkHarvest(state: HarvestState, sourceId: string): Verdict {
	if (state.keptSourceIds.includes(sourceId)) return refuse("alreadyHarvested");
	if (state.keptSourceIds.length >= MAX_IDEAS) return refuse("tooManyIdeas");
	return OK;
}

export interface IdeaRef {
	readonly id: string;
	readonly sourceId: string;
}

/**
 * The ideas that count, over the converged list in its order: the first of each source,
 * three at most. Two tabs keeping ideas at the same moment can never make a fourth count.
 */
export function keptIdeas<T extends IdeaRef>(ideas: Iterable<T>): T[] {
	const seen = new Set<string>();
	const kept: T[] = [];
	for (const idea of ideas) {
		if (seen.has(idea.sourceId) || kept.length >= MAX_IDEAS) continue;
		seen.add(idea.sourceId);
		kept.push(idea);
	}
	return kept;
}

/** Is the récolte complete (2 or 3 ideas)? */
export function harvestComplete(state: HarvestState): boolean {
	return state.keptSourceIds.length >= MIN_IDEAS && state.keptSourceIds.length <= MAX_IDEAS;
}

/** Rebond cards are testimonies or references (never advice or judgement). */
export const REBOND_KINDS = ["temoignage", "reference"] as const;
export type RebondKind = (typeof REBOND_KINDS)[number];

export function isRebondKind(value: string): value is RebondKind {
	return (REBOND_KINDS as readonly string[]).includes(value);
}

/** Documentation happens only if everyone agrees. */
export function everyoneAgrees(people: readonly string[], agreements: ReadonlyMap<string, boolean>): boolean {
	return people.length > 0 && people.every((id) => agreements.get(id) === true);
}

export interface DocumentationAnswers {
	readonly agreed: readonly string[];
	readonly refused: readonly string[];
	readonly notYet: readonly string[];
}

/** Each person's answer about documentation: yes, no, or not yet (in the given order). */
export function documentationAnswers(people: readonly string[], agreements: ReadonlyMap<string, boolean>): DocumentationAnswers {
	return {
		agreed: people.filter((id) => agreements.get(id) === true),
		refused: people.filter((id) => agreements.get(id) === false),
		notYet: people.filter((id) => !agreements.has(id)),
	};
}

/** The text an idea kept from a rebond copies: its answered prompts, in order. */
export function rebondIdeaText(r: { readonly confronted: string; readonly howMet: string; readonly whatWorked: string }): string {
	return [r.confronted, r.howMet, r.whatWorked].filter((f) => f !== "").join(" — ");
}

/** The text an idea kept from a question copies: the question and its answer, if any. */
export function questionIdeaText(q: { readonly text: string; readonly answer: string }): string {
	return q.answer ? `${q.text} → ${q.answer}` : q.text;
}
