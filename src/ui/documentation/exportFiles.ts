/**
 * The documentation's files, in the reader's language: the text every export starts from
 * (the saved document, or the draft from the board while none is saved or when the saved
 * one names someone who has since asked to stay anonymous), and each file.
 */
import { documentationOf, planOf } from "../../fluid/bounded";
import { namesAnyOf } from "../../domain/agreement";
import { draftDocumentation } from "../../domain/documentation";
import { fileBaseName } from "../../domain/fileName";
import { buildIcs } from "../../domain/ics";
import type { Locale } from "../../domain/locale";
import { METHOD_CREDIT } from "../../domain/locale";
import { parseDocument, toMarkdown } from "../../domain/markdown";
import { isDueDate } from "../../domain/planDate";
import type { BoardPhoto } from "../../board/photo";
import { documentationInputOf, documentationStandingOf, hiddenNamesOf } from "../../fluid/documentation";
import type { WorkshopSession } from "../../fluid/session";
import { download } from "./download";
import { documentPdf } from "./pdf";
import { printDocument } from "./print";

/** The day the document is of: the workshop's end, or now (server clock). */
function dayOf(session: WorkshopSession): number {
	return session.processView.root.endedAt ?? session.context().now();
}

/** The draft from the board, in this language (Markdown). */
export function draftText(session: WorkshopSession, locale: Locale): string {
	const { processView, boardView } = session;
	return toMarkdown(draftDocumentation(documentationInputOf(processView.root, boardView.root, dayOf(session)), locale));
}

/** What the exports hold: the saved document, unless it names an anonymous person (then the draft), or the draft. */
export function exportText(session: WorkshopSession, locale: Locale): string {
	const board = session.boardView.root;
	const saved = documentationOf(board).trim();
	if (saved !== "" && namesAnyOf(saved, hiddenNamesOf(session.processView.root, board)) === undefined) return `${saved}\n`;
	return draftText(session, locale);
}

function baseName(session: WorkshopSession): string {
	return fileBaseName(session.processView.root.title);
}

function footer(session: WorkshopSession, locale: Locale): string {
	const day = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long" }).format(dayOf(session));
	return `${session.processView.root.title} — ${day} — ${METHOD_CREDIT[locale]}`;
}

export function exportMarkdown(session: WorkshopSession, locale: Locale): void {
	download(
		`${baseName(session)}-documentation.md`,
		new Blob([exportText(session, locale)], { type: "text/markdown;charset=utf-8" }),
	);
}

export function exportPrint(session: WorkshopSession, locale: Locale): void {
	printDocument(parseDocument(exportText(session, locale)), footer(session, locale));
}

/** Returns the characters the PDF could not show. */
export async function exportPdf(
	session: WorkshopSession,
	locale: Locale,
	pageLabel: (n: number, total: number) => string,
): Promise<readonly string[]> {
	const { blob, lost } = await documentPdf({
		blocks: parseDocument(exportText(session, locale)),
		footer: footer(session, locale),
		pageLabel,
	});
	download(`${baseName(session)}-documentation.pdf`, blob);
	return lost;
}

/** The photo of the whole board, anonymous people's names replaced. */
export async function exportPhoto(session: WorkshopSession, locale: Locale): Promise<BoardPhoto> {
	const board = session.boardView.root;
	const standing = documentationStandingOf(session.processView.root, board);
	const shown = new Set(standing.named);
	const hidden = new Set([...board.members.keys()].filter((id) => !shown.has(id)));
	// The board's drawing code (fabric) loads with the first photo, or is already there with the canvas.
	const { boardPhoto } = await import("../../board/photo");
	const photo = await boardPhoto(session, locale, hidden);
	download(`${baseName(session)}-tableau.png`, photo.png);
	return photo;
}

/** The plan's dated actions. */
export function datedActions(session: WorkshopSession): number {
	return planOf(session.boardView.root).filter((a) => a.due !== undefined && isDueDate(a.due)).length;
}

export function exportCalendar(session: WorkshopSession, planTitle: string): void {
	const process = session.processView.root;
	const ics = buildIcs({
		name: `${planTitle} — ${process.title}`,
		stamp: session.context().now(),
		entries: planOf(session.boardView.root)
			.filter((a) => a.due !== undefined)
			.map((a) => ({
				uid: `${a.id}@atelier-entraide`,
				date: a.due ?? "",
				summary: a.text,
				description: [a.when, `${planTitle} — ${process.title}`].filter((s) => s.trim() !== "").join("\n"),
			})),
	});
	download(`${baseName(session)}-plan-action.ics`, new Blob([ics], { type: "text/calendar;charset=utf-8" }));
}
