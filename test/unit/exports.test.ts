import { describe, expect, it } from "vitest";
import { fileBaseName } from "../../src/domain/fileName";
import { buildIcs, escapeIcsText, foldLine } from "../../src/domain/ics";
import { formatDue, isDueDate, nextDay } from "../../src/domain/planDate";
import { toWinAnsi } from "../../src/domain/winAnsi";

const STAMP = Date.UTC(2026, 11, 1, 13, 5, 9);
const octets = (s: string) => new TextEncoder().encode(s).length;

describe("the plan d'action as an .ics calendar", () => {
	const ics = buildIcs({
		name: "Atelier d'entraide",
		stamp: STAMP,
		entries: [
			{
				uid: "a1@atelier-entraide",
				date: "2027-01-15",
				summary: "Proposer un binôme, dès lundi; voir \\ RH",
				description: "Ligne 1\nLigne 2",
			},
			{ uid: "a2@atelier-entraide", date: "pas une date", summary: "Sans date" },
			{ uid: "a3@atelier-entraide", date: "2027-02-28", summary: "É".repeat(80) },
		],
	});

	it("ends every line in CRLF and has one VEVENT per dated action", () => {
		expect(ics.endsWith("\r\n")).toBe(true);
		expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
		expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(2);
		expect(ics).not.toContain("Sans date");
		expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
		expect(ics.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
	});

	it("writes all-day dates (the end is the next day), a UID and a DTSTAMP in UTC", () => {
		expect(ics).toContain("DTSTART;VALUE=DATE:20270115\r\n");
		expect(ics).toContain("DTEND;VALUE=DATE:20270116\r\n");
		expect(ics).toContain("DTEND;VALUE=DATE:20270301\r\n");
		expect(ics).toContain("UID:a1@atelier-entraide\r\n");
		expect(ics.match(/DTSTAMP:20261201T130509Z\r\n/g)?.length).toBe(2);
	});

	it("escapes backslashes, semicolons, commas and newlines in text", () => {
		expect(escapeIcsText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
		expect(ics).toContain("SUMMARY:Proposer un binôme\\, dès lundi\\; voir \\\\ RH\r\n");
		expect(ics).toContain("DESCRIPTION:Ligne 1\\nLigne 2\r\n");
	});

	it("folds lines at 75 octets without splitting a character", () => {
		for (const line of ics.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
		const folded = foldLine(`SUMMARY:${"É".repeat(80)}`);
		const parts = folded.split("\r\n");
		expect(parts.length).toBeGreaterThan(2);
		expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true);
		expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(`SUMMARY:${"É".repeat(80)}`);
		expect(foldLine("short")).toBe("short");
		expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
		expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
	});
});

describe("plan dates", () => {
	it("accepts real days only", () => {
		expect(isDueDate("2027-01-15")).toBe(true);
		expect(isDueDate("2028-02-29")).toBe(true);
		expect(isDueDate("2027-02-29")).toBe(false);
		expect(isDueDate("15/01/2027")).toBe(false);
		expect(isDueDate("")).toBe(false);
		expect(nextDay("2026-12-31")).toBe("2027-01-01");
	});
	it("reads a day in each language", () => {
		expect(formatDue("2027-01-15", "fr")).toBe("15 janvier 2027");
		expect(formatDue("2027-01-15", "en")).toBe("15 January 2027");
		expect(formatDue("2027-02-01", "fr")).toBe("1er février 2027");
		expect(formatDue("2027-02-01", "en")).toBe("1 February 2027");
	});
});

describe("download names and PDF text", () => {
	it("makes a file name from the title", () => {
		expect(fileBaseName("Atelier d'entraide : équipe « Projet » / 2026")).toBe("atelier-d-entraide-equipe-projet-2026");
		expect(fileBaseName("???")).toBe("atelier-entraide");
		expect(fileBaseName("Œuvre")).toBe("oeuvre");
	});
	it("maps what the PDF's standard fonts lack and says what cannot be shown", () => {
		const r = toWinAnsi("Quand\u202F: « dès lundi » → ok… ’ € œ ő 🙂 中");
		expect(r.text).toBe("Quand\u00A0: « dès lundi » -> ok… ’ € œ o ? ?");
		expect(r.lost).toEqual(["🙂", "中"]);
	});
});
