/**
 * A plan d'action's date: besides its free "quand" ("dès lundi"), the offreur may set a
 * calendar day, kept as `YYYY-MM-DD` (a day, no time zone: "le 15 janvier" is the same
 * day for everyone). The calendar export uses only these days, never a guess from the text.
 */
import type { Locale } from "./locale";

/** Is this a real calendar day written `YYYY-MM-DD` (no 2027-02-30)? */
export function isDueDate(value: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2999;
}

/** The day after (an all-day event ends, exclusively, the next day). */
export function nextDay(due: string): string {
	const [y, m, d] = due.split("-").map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** "15 janvier 2027" / "15 January 2027". */
export function formatDue(due: string, locale: Locale): string {
	if (!isDueDate(due)) return due;
	const [y, m, d] = due.split("-").map(Number) as [number, number, number];
	return firstOfMonth(
		new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
			day: "numeric",
			month: "long",
			year: "numeric",
			timeZone: "UTC",
		}).format(Date.UTC(y, m - 1, d)),
		locale,
	);
}

/** French writes the first of the month "1er" ("1er décembre 2026"). */
export function firstOfMonth(date: string, locale: Locale): string {
	return locale === "fr" ? date.replace(/^1 /, "1er ") : date;
}
