import { OK, refuse, type Verdict } from "./actions";

/** Text limits, counted in characters as a person sees them (code points). */
export const LIMITS = {
	title: 120,
	/** A codev group's name (like a workshop's title). */
	groupName: 120,
	name: 60,
	rule: 200,
	problematique: 400,
	question: 300,
	answer: 400,
	formulation: 400,
	rebondField: 600,
	note: 2000,
	idea: 400,
	action: 300,
	when: 80,
	learning: 600,
	reason: 300,
	/** The previous offreur's line of comment on one action of their plan. */
	returnComment: 200,
	documentation: 50000,
	/** A kept idea copies its source (a shared note, a rebond's three fields, a question and its answer). */
	ideaCopy: 2000,
} as const;

export type LimitedField = keyof typeof LIMITS;

export function textLength(text: string): number {
	return Array.from(text).length;
}

export type TextCheck =
	| { readonly ok: true; readonly text: string }
	| { readonly ok: false; readonly reason: "textTooLong" | "textEmpty"; readonly max: number; readonly length: number };

/** Trims and checks a text against its field's limit; never truncates silently. */
export function checkText(field: LimitedField, raw: string, allowEmpty = false): TextCheck {
	const text = raw.trim();
	const max = LIMITS[field];
	const length = textLength(text);
	if (!allowEmpty && length === 0) return { ok: false, reason: "textEmpty", max, length };
	if (length > max) return { ok: false, reason: "textTooLong", max, length };
	return { ok: true, text };
}

/** What ends a text cut on read. */
export const ELLIPSIS = "…";

/**
 * A text as every surface shows it: within its field's limit. A longer one (written by a
 * client that skipped the commands' checks) is cut to `max` characters, the last being
 * "…". Reads at most `max + 1` characters, however long the text.
 */
export function boundText(field: LimitedField, text: string): string {
	const max = LIMITS[field];
	// Code units are never fewer than code points: a short text is within the limit.
	if (text.length <= max) return text;
	let count = 0;
	let index = 0;
	let cut = 0;
	for (const char of text) {
		if (count === max - 1) cut = index;
		if (count === max) return `${text.slice(0, cut).trimEnd()}${ELLIPSIS}`;
		count++;
		index += char.length;
	}
	return text;
}

/** How many entries of one kind count: per person, and on the whole board (whatever the author ids). */
export interface CountCap {
	readonly perPerson: number;
	readonly total: number;
}

/**
 * The caps of each collection, for a workshop of 3 to 12 people (the kit), with room to
 * spare. What lies beyond them is ignored on read, identically by every client; the
 * commands refuse before it. Plan actions carry no author: the offreur writes them all.
 */
export const CAPS = {
	rules: { perPerson: 20, total: 100 },
	problematiques: { perPerson: 1, total: 16 },
	questions: { perPerson: 30, total: 150 },
	rebonds: { perPerson: 10, total: 100 },
	notes: { perPerson: 20, total: 100 },
	plan: { perPerson: 20, total: 20 },
	learnings: { perPerson: 5, total: 50 },
} as const satisfies Record<string, CountCap>;

export type CappedCollection = keyof typeof CAPS;

/**
 * The entries that count, over the converged list in its order: each author's first
 * `perPerson`, and the first `total` of those. Every client keeps the same ones.
 */
export function keptByAuthor<T>(items: Iterable<T>, authorOf: (item: T) => string, cap: CountCap): T[] {
	const kept: T[] = [];
	const counts = new Map<string, number>();
	for (const item of items) {
		if (kept.length >= cap.total) break;
		const author = authorOf(item);
		const n = counts.get(author) ?? 0;
		if (n >= cap.perPerson) continue;
		counts.set(author, n + 1);
		kept.push(item);
	}
	return kept;
}

/**
 * May `me` add one more entry to this collection, so that it counts? Refused when they
 * have written their `perPerson` already ("countLimit"), or the board holds its `total`
 * ("totalLimit"); the refusal carries the maximum.
 */
export function checkCount<T>(items: readonly T[], authorOf: (item: T) => string, me: string, cap: CountCap): Verdict {
	let mine = 0;
	for (const item of items) if (authorOf(item) === me) mine++;
	if (mine >= cap.perPerson) return refuse("countLimit", cap.perPerson);
	if (keptByAuthor(items, authorOf, cap).length >= cap.total) return refuse("totalLimit", cap.total);
	return OK;
}
