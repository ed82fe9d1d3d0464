/**
 * The kit's photo of the paper board: the whole board (every zone) drawn once on a
 * canvas of its own, as a PNG. It is drawn from the same card specs as the live board,
 * with the names of the people who may not be named replaced ("Anonyme"): the specs it
 * was drawn from are returned with it, so what the picture says can be read back.
 */
import { memberName } from "../fluid/read";
import type { Locale } from "../domain/locale";
import type { WorkshopSession } from "../fluid/session";
import { Hold } from "./hold";
import { ZONES, type Rect } from "./layout";
import { canvasMeasure } from "./canvasMeasure";
import { BoardScene } from "./scene";
import { SheetsBinding } from "./sheetsBinding";
import type { CardSpec } from "./spec";
import { BoardStats } from "./stats";
import { TableBinding } from "./tableBinding";
import { canvasWords } from "./words";

const MARGIN = 40;
/** World pixels per image pixel: the board is ~5,200 × 1,400 world px. */
const SCALE = 0.75;

export const ANONYMOUS_LABEL: Readonly<Record<Locale, string>> = { fr: "Anonyme", en: "Anonymous" };

export interface BoardPhoto {
	readonly png: Blob;
	readonly width: number;
	readonly height: number;
	/** Every text drawn on the photo (card titles and lines, badges, flags). */
	readonly texts: readonly string[];
}

function bounds(): Rect {
	const rects = Object.values(ZONES);
	const x = Math.min(...rects.map((r) => r.x)) - MARGIN;
	const y = Math.min(...rects.map((r) => r.y)) - MARGIN;
	const right = Math.max(...rects.map((r) => r.x + r.w)) + MARGIN;
	const bottom = Math.max(...rects.map((r) => r.y + r.h)) + MARGIN;
	return { x, y, w: right - x, h: bottom - y };
}

function textsOf(specs: Iterable<CardSpec>): string[] {
	const out: string[] = [];
	for (const s of specs) out.push(s.title, ...s.lines, s.badge ?? "", s.flag ?? "");
	return out.filter((t) => t !== "");
}

/** Draws the whole board, `hidden` people's names replaced, and returns the PNG. */
export async function boardPhoto(session: WorkshopSession, locale: Locale, hidden: ReadonlySet<string>): Promise<BoardPhoto> {
	const area = bounds();
	const width = Math.round(area.w * SCALE);
	const height = Math.round(area.h * SCALE);
	const element = document.createElement("canvas");
	const holder = document.createElement("div");
	holder.style.cssText = "position:fixed;left:-100000px;top:0;pointer-events:none";
	holder.setAttribute("aria-hidden", "true");
	holder.append(element);
	document.body.append(holder);
	const scene = new BoardScene(element, width, height);
	const words = canvasWords(locale);
	const measure = canvasMeasure();
	const board = session.boardView.root;
	const nameOf = (id: string) => (hidden.has(id) ? ANONYMOUS_LABEL[locale] : memberName(board, id));
	const stats = new BoardStats();
	const hold = new Hold();
	const table = new TableBinding(scene, session, () => words, stats, hold, measure, nameOf);
	const sheets = new SheetsBinding(scene, session, () => words, stats, hold, measure, nameOf);
	try {
		table.start();
		sheets.start();
		scene.canvas.backgroundColor = "#ffffff";
		scene.canvas.setViewportTransform([SCALE, 0, 0, SCALE, -area.x * SCALE, -area.y * SCALE]);
		scene.canvas.renderAll();
		const png = await new Promise<Blob>((resolve, reject) =>
			scene.canvas.toCanvasElement(1).toBlob((b) => (b ? resolve(b) : reject(new Error("no PNG"))), "image/png"),
		);
		return { png, width, height, texts: textsOf(scene.allCards()) };
	} finally {
		table.stop();
		sheets.stop();
		scene.dispose();
		holder.remove();
	}
}
