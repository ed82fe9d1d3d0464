/** What the vote adds to the board, as specs (pure): the tray of dots, the dots on a note, the ranking. */
import { rank } from "../domain/ranking";
import { DOT_TRAY, dotOnNote, rankingSlot, trayDotPosition, type Point } from "./layout";
import { card } from "./cardSpecs";
import type { CardSpec, DotSpec } from "./spec";
import type { Measure } from "./textFit";
import type { CanvasWords } from "./words";

export function trayLabel(left: number, words: CanvasWords, measure: Measure): CardSpec {
	return card(
		{ id: "tray-label", kind: "tray", rect: DOT_TRAY, fill: "#ffffff", title: words.dotsLeft(left), text: "", stroke: "#8a8886" },
		measure,
	);
}

/** The i-th dot of the tray (ids tray:0..2). */
export function trayDot(i: number, color: string): DotSpec {
	return { id: `tray:${i}`, ...trayDotPosition(i), color, mine: true };
}

/** A valid dot drawn on a note, at its slot among that note's drawn dots. */
export function noteDot(id: string, note: Point, slot: number, color: string, mine: boolean): DotSpec {
	return { id, ...dotOnNote(note, slot), color, mine };
}

/** The five first places, ties marked for the facilitator to decide. */
export function rankingCard(
	tally: ReadonlyMap<string, number>,
	order: readonly string[],
	authorName: (noteId: string) => string,
	words: CanvasWords,
	measure: Measure,
): CardSpec {
	const lines = rank(tally, order)
		.filter((g) => g.votes > 0)
		.slice(0, 5)
		.map((group, i) => {
			const names = group.ids.map(authorName).join(", ");
			return `${i + 1}. ${group.ids.length > 1 ? words.tied(names) : names} — ${words.dots(group.votes)}`;
		});
	return card(
		{
			id: "ranking",
			kind: "ranking",
			rect: rankingSlot(),
			fill: "#ffffff",
			title: words.ranking,
			text: lines.join("\n"),
			stroke: "#8a8886",
		},
		measure,
	);
}

/** The ranking as the facilitator sealed it at the close (the ranked order, the copied authors). */
export function sealedRankingCard(
	sealed: {
		readonly tally: ReadonlyMap<string, number>;
		readonly ranking: readonly { readonly ids: readonly string[] }[];
		readonly problematiques: readonly { readonly id: string; readonly authorId: string }[];
	},
	nameOf: (userId: string) => string,
	words: CanvasWords,
	measure: Measure,
): CardSpec {
	const authorOf = new Map(sealed.problematiques.map((p) => [p.id, p.authorId]));
	const order = sealed.ranking.flatMap((g) => g.ids);
	return rankingCard(sealed.tally, order, (noteId) => nameOf(authorOf.get(noteId) ?? ""), words, measure);
}
