/**
 * The plan d'action as calendar entries (iCalendar, RFC 5545): one all-day VEVENT per
 * action that has a date. Lines end in CRLF and are folded at 75 octets (UTF-8, never
 * inside a character); text values escape \ ; , and newlines.
 */
import { isDueDate, nextDay } from "./planDate";

export interface CalendarEntry {
	/** Stable per action, so importing again updates rather than duplicates. */
	readonly uid: string;
	/** `YYYY-MM-DD`. */
	readonly date: string;
	readonly summary: string;
	readonly description?: string;
}

export interface Calendar {
	readonly name: string;
	/** When the file is made (ms): every DTSTAMP. */
	readonly stamp: number;
	readonly entries: readonly CalendarEntry[];
}

/** A TEXT value escaped (RFC 5545 §3.3.11). */
export function escapeIcsText(text: string): string {
	return text
		.replace(/\\/g, "\\\\")
		.replace(/;/g, "\\;")
		.replace(/,/g, "\\,")
		.replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/** One content line folded at 75 octets: continuation lines start with a space (§3.1). */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = "";
	let octets = 0;
	for (const ch of line) {
		const size = encoder.encode(ch).length;
		const limit = parts.length === 0 ? 75 : 74;
		if (octets + size > limit) {
			parts.push(current);
			current = "";
			octets = 0;
		}
		current += ch;
		octets += size;
	}
	parts.push(current);
	return parts.join("\r\n ");
}

function stampOf(ms: number): string {
	return `${new Date(ms).toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;
}

const day = (date: string) => date.replace(/-/g, "");

export function buildIcs(calendar: Calendar): string {
	const lines = [
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		"PRODID:-//Atelier d'entraide//Plan d'action//FR",
		"CALSCALE:GREGORIAN",
		"METHOD:PUBLISH",
		`X-WR-CALNAME:${escapeIcsText(calendar.name)}`,
	];
	for (const e of calendar.entries) {
		if (!isDueDate(e.date)) continue;
		lines.push(
			"BEGIN:VEVENT",
			`UID:${e.uid}`,
			`DTSTAMP:${stampOf(calendar.stamp)}`,
			`DTSTART;VALUE=DATE:${day(e.date)}`,
			`DTEND;VALUE=DATE:${day(nextDay(e.date))}`,
			`SUMMARY:${escapeIcsText(e.summary)}`,
			...(e.description ? [`DESCRIPTION:${escapeIcsText(e.description)}`] : []),
			"TRANSP:TRANSPARENT",
			"END:VEVENT",
		);
	}
	lines.push("END:VCALENDAR");
	return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
