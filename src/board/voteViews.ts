/** What the vote adds to the board, as specs (pure): the tray of dots and the ranking. */
import { rank } from "../domain/ranking";
import { DOT_R, DOT_TRAY, ZONES } from "./layout";
import type { CardSpec, DotSpec } from "./scene";
import type { CanvasWords } from "./words";

export function trayLabel(left: number, words: CanvasWords): CardSpec {
	return {
		id: "tray-label",
		kind: "draft",
		x: DOT_TRAY.x,
		y: DOT_TRAY.y - 8,
		w: DOT_TRAY.w,
		h: DOT_TRAY.h + 16,
		fill: "#ffffff",
		title: words.dotsLeft(left),
		body: "",
	};
}

/** The i-th dot of the tray (ids tray:0..2). */
export function trayDot(i: number, color: string, open: boolean): DotSpec {
	return {
		id: `tray:${i}`,
		x: DOT_TRAY.x + 30 + i * (2 * DOT_R + 12),
		y: DOT_TRAY.y + DOT_TRAY.h / 2 + 8,
		color,
		mine: true,
		draggable: open,
	};
}

/** The five first places, ties marked for the facilitator to decide. */
export function rankingCard(
	tally: ReadonlyMap<string, number>,
	order: readonly string[],
	authorName: (noteId: string) => string,
	words: CanvasWords,
): CardSpec {
	const lines = rank(tally, order)
		.filter((g) => g.votes > 0)
		.slice(0, 5)
		.map((group, i) => {
			const names = group.ids.map(authorName).join(", ");
			return `${i + 1}. ${group.ids.length > 1 ? words.tied(names) : names} — ${words.votes(group.votes)}`;
		});
	return {
		id: "ranking",
		kind: "draft",
		x: ZONES.votes.x + 720,
		y: ZONES.votes.y + 40,
		w: 600,
		h: ZONES.votes.h - 60,
		fill: "#ffffff",
		title: words.ranking,
		body: lines.join("\n"),
	};
}
