/**
 * The few words of a codev group that a workshop shows at once (beside a problématique whose
 * author offered before), apart from the group's other words so that a workshop's first
 * paint carries only these; and the sessions' days in each language.
 */
import { catalogue, type Entry, type Translate } from "../../domain/catalogue";
import type { Locale } from "../../domain/locale";

const FR = {
	priorOffer: "déjà offreur·se le {dates}",
	priorOfferShort: "Déjà offreur·se le {date}",
} as const satisfies Record<string, Entry>;

export type OfferKey = keyof typeof FR;

const EN: Record<OfferKey, Entry> = {
	priorOffer: "already offreur on {dates}",
	priorOfferShort: "Offreur before, {date}",
};

/** Both tables, for the tests that read every word. */
export const OFFER_TABLES: Readonly<Record<Locale, Readonly<Record<OfferKey, Entry>>>> = { fr: FR, en: EN };

export const offerWords: (locale: Locale) => Translate<OfferKey> = catalogue(OFFER_TABLES);

const tag = (locale: Locale) => (locale === "fr" ? "fr-FR" : "en-GB");
const day = (at: number, locale: Locale, month: "long" | "short") =>
	new Intl.DateTimeFormat(tag(locale), { day: "numeric", month, year: "numeric" }).format(new Date(at));

/** "3 novembre 2026" / "3 November 2026": the day a session took place. */
export const sessionDate = (at: number, locale: Locale): string => day(at, locale, "long");

/** "1 déc. 2026" / "1 Dec 2026": the same day, short (on a note of the board). */
export const shortSessionDate = (at: number, locale: Locale): string => day(at, locale, "short");

/** Several days, in order, as a list ("3 novembre 2026 et 1 décembre 2026"). */
export function sessionDates(ats: readonly number[], locale: Locale): string {
	const days = [...ats].sort((a, b) => a - b).map((at) => sessionDate(at, locale));
	return new Intl.ListFormat(tag(locale), { type: "conjunction" }).format(days);
}
