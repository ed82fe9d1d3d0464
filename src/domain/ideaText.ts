/**
 * What the board writes on a rebond and a question card, and French elision of "de"
 * before a name ("d'Alice", "de Bob"), for the canvas's words.
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

/** Does French elide "de" before this name? A vowel, a mute h ("Hélène"), a y before a consonant ("Yves"), not "Yann". */
export function elidesBefore(name: string): boolean {
	const n = name.trim();
	return /^[aeiouàâäéèêëîïôöùûüœæ]/i.test(n) || /^h[aeiouyàâäéèêëîïôöùûü]/i.test(n) || /^y[^aeiouyàâäéèêëîïôöùûü]/i.test(n);
}

/** "d'Alice", "d'Hélène", "de Bob". */
export function deName(name: string): string {
	return elidesBefore(name) ? `d'${name.trim()}` : `de ${name.trim()}`;
}
