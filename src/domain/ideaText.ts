/**
 * What the board writes on a rebond and a question card.
 */
export type { IdeaSource } from "./recolte";

export interface RebondFields {
	readonly confronted: string;
	readonly howMet: string;
	readonly whatWorked: string;
}

/** A rebond's filled fields, in the sheet's order. */
export function rebondParts(r: RebondFields): string[] {
	return [r.confronted, r.howMet, r.whatWorked].filter((f) => f !== "");
}

/** A question and, once given, the offreur's answer. */
export function questionText(q: { readonly text: string; readonly answer: string }): string {
	return q.answer ? `${q.text} → ${q.answer}` : q.text;
}
