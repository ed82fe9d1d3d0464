/**
 * Each language's punctuation: French puts a narrow no-break space before : ; ! ? (so a
 * line never starts with one), English none.
 */
import type { Locale } from "./locale";

/** The narrow no-break space French sets before : ; ! ? */
export const NARROW_NBSP = "\u202F";

/** "Quand : fin du mois" / "When: end of the month" — a label and its value, as each language writes it. */
export function labelled(label: string, value: string, locale: Locale): string {
	return locale === "fr" ? `${label}${NARROW_NBSP}: ${value}` : `${label}: ${value}`;
}

/** A sentence's high punctuation (: ; ! ?) spaced as the language does, whatever was typed. */
export function punctuate(text: string, locale: Locale): string {
	return locale === "fr"
		? text.replace(/[ \u00A0\u202F]?([:;!?])(?=\s|$)/g, `${NARROW_NBSP}$1`)
		: text.replace(/[ \u00A0\u202F]+([:;!?])(?=\s|$)/g, "$1");
}
