/**
 * People's names, as everyone reads them: what a name may not carry (control characters,
 * bidirectional overrides and isolates, zero-width characters — a U+202E reverses the
 * names beside it), and two people with one name told apart ("Alice", "Alice (2)") in
 * join order. Applied when the server makes a ticket and whenever a name is read, since
 * the board's member entries are what a client claims.
 */
import { LIMITS } from "./limits";

// Control characters (C0, C1; tabs and new lines become spaces first) and format
// characters: bidi marks, embeddings, overrides and isolates, zero-width spaces, joiners
// and non-joiners, the byte-order mark. (Joiners in emoji sequences go too: a name is
// read, not decorated, and two names that look alike must compare alike.)
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** The name without invisible or direction-changing characters, spaces folded (its length is the caller's to check). */
export function cleanName(raw: string): string {
	return raw
		.normalize("NFC")
		.replace(/[\t\n\r\f\v]/g, " ")
		.replace(INVISIBLE, "")
		.replace(/\s+/gu, " ")
		.trim();
}

/** Names already read (the same few names are read for every card and every render): raw → shown. */
const shown = new Map<string, string>();
const SHOWN_KEPT = 1000;
/** A raw name longer than this (a client's claim can be anything) is read each time, never kept. */
const KEPT_RAW_LENGTH = 4 * LIMITS.name;

/** The name as read from the board (what a client claims): cleaned and bounded to the name's limit. */
export function shownName(raw: string): string {
	const known = shown.get(raw);
	if (known !== undefined) return known;
	const name = Array.from(cleanName(raw)).slice(0, LIMITS.name).join("");
	if (raw.length <= KEPT_RAW_LENGTH) {
		if (shown.size >= SHOWN_KEPT) shown.clear();
		shown.set(raw, name);
	}
	return name;
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
