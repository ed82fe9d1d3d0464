/**
 * People's names, as everyone reads them: what a name may not carry (control characters,
 * bidirectional overrides and isolates, zero-width characters — a U+202E reverses the
 * names beside it), and two people with one name told apart ("Alice", "Alice (2)") in
 * join order. Applied when the server makes a ticket and whenever a name is read, since
 * the board's member entries are what a client claims.
 */
import { LIMITS } from "./limits";

// C0 and C1 controls (tabs and new lines become spaces first), bidi marks, embeddings,
// overrides and isolates, zero-width spaces and joiners, the byte-order mark.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

/** The name without invisible or direction-changing characters, spaces folded (its length is the caller's to check). */
export function cleanName(raw: string): string {
	return raw
		.normalize("NFC")
		.replace(/[\t\n\r\f\v]/g, " ")
		.replace(INVISIBLE, "")
		.replace(/\s+/gu, " ")
		.trim();
}

/** The name as read from the board (what a client claims): cleaned and bounded to the name's limit. */
export function shownName(raw: string): string {
	return Array.from(cleanName(raw)).slice(0, LIMITS.name).join("");
}

/**
 * Each person's name as everyone reads it, people given in join order: a later person
 * whose name is already taken (ignoring case) reads "Name (2)", "Name (3)"…
 */
export function distinctNames(
	people: readonly { readonly id: string; readonly name: string }[],
	fallback = "?",
): Map<string, string> {
	const taken = new Map<string, number>();
	const out = new Map<string, string>();
	for (const person of people) {
		const name = shownName(person.name) || fallback;
		const key = name.toLocaleLowerCase();
		const seen = (taken.get(key) ?? 0) + 1;
		taken.set(key, seen);
		out.set(person.id, seen === 1 ? name : `${name} (${seen})`);
	}
	return out;
}
