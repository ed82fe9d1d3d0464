/**
 * The text of what can become a kept idea (a rebond, a shared note, a question with its
 * answer), built in one place: the command that keeps the idea copies it, the board and
 * the list show it. And French elision for "de" before a name ("d'Alice", "de Bob").
 */
import type { IdeaSource } from "./recolte";

export interface RebondFields {
	readonly confronted: string;
	readonly howMet: string;
	readonly whatWorked: string;
}

export interface QuestionFields {
	readonly text: string;
	readonly answer: string;
}

/** A rebond's filled fields, in the sheet's order. */
export function rebondParts(r: RebondFields): string[] {
	return [r.confronted, r.howMet, r.whatWorked].filter((f) => f !== "");
}

/** A rebond as one line of text (the kept idea's copy). */
export function rebondText(r: RebondFields): string {
	return rebondParts(r).join(" — ");
}

/** A question and, once given, the offreur's answer. */
export function questionText(q: QuestionFields): string {
	return q.answer ? `${q.text} → ${q.answer}` : q.text;
}

export type IdeaSourceItem =
	| { readonly kind: "rebond"; readonly item: RebondFields }
	| { readonly kind: "note"; readonly item: { readonly text: string } }
	| { readonly kind: "question"; readonly item: QuestionFields };

/** The text an idea kept from this source carries. */
export function ideaSourceText(source: IdeaSourceItem): string {
	switch (source.kind) {
		case "rebond":
			return rebondText(source.item);
		case "note":
			return source.item.text;
		case "question":
			return questionText(source.item);
	}
}

export type { IdeaSource };

/** Does French elide "de" before this name? A vowel, a mute h ("Hélène"), a y before a consonant ("Yves"), not "Yann". */
export function elidesBefore(name: string): boolean {
	const n = name.trim();
	return /^[aeiouàâäéèêëîïôöùûüœæ]/i.test(n) || /^h[aeiouyàâäéèêëîïôöùûü]/i.test(n) || /^y[^aeiouyàâäéèêëîïôöùûü]/i.test(n);
}

/** "d'Alice", "d'Hélène", "de Bob". */
export function deName(name: string): string {
	return elidesBefore(name) ? `d'${name.trim()}` : `de ${name.trim()}`;
}
