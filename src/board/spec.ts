/**
 * What the board draws, as plain data (no fabric): a card's place, size, colours, its
 * fitted text lines and badges; a dot. The pure builders in `cardSpecs.ts` and
 * `voteViews.ts` make them; `scene.ts` draws them; `reconcile.ts` applies lists of them.
 */
export type CardKind =
	| "problematique"
	| "draft"
	| "rule"
	| "question"
	| "formulation"
	| "chosen"
	| "rebond"
	| "note"
	| "idea"
	| "plan"
	| "zone"
	| "writing"
	| "ranking"
	| "tray"
	| "step";

export interface CardSpec {
	readonly id: string;
	readonly kind: CardKind;
	readonly x: number;
	readonly y: number;
	readonly w: number;
	readonly h: number;
	readonly fill: string;
	readonly stroke?: string;
	readonly strokeWidth?: number;
	readonly dashed?: boolean;
	/** One line, already fitted to the card. */
	readonly title: string;
	readonly titleSize: number;
	/** The body, wrapped and bounded (the last line ends with "…" when cut). */
	readonly lines: readonly string[];
	readonly bodySize: number;
	/** Where the body starts, from the card's top: under the title's row when the card has a title or a badge. */
	readonly bodyTop: number;
	/** The whole text, when the card shows only part of it (opened in full on click). */
	readonly full?: { readonly title: string; readonly text: string } | undefined;
	/** A badge at the top right (a tally), or empty. */
	readonly badge?: string | undefined;
	/** A label on the card's top edge ("Problématique choisie"), or empty. */
	readonly flag?: string | undefined;
	/** Drawn under everything else (the sheets' backgrounds). */
	readonly underlay?: boolean;
}

export interface DotSpec {
	readonly id: string;
	readonly x: number;
	readonly y: number;
	readonly color: string;
	readonly mine: boolean;
}

/** Do two specs draw the same card, wherever it is? (a moved card is moved, not redrawn) */
export function sameLook(a: CardSpec, b: CardSpec): boolean {
	return (
		a.w === b.w &&
		a.h === b.h &&
		a.fill === b.fill &&
		a.stroke === b.stroke &&
		a.strokeWidth === b.strokeWidth &&
		a.dashed === b.dashed &&
		a.title === b.title &&
		a.badge === b.badge &&
		a.flag === b.flag &&
		a.full?.text === b.full?.text &&
		a.lines.length === b.lines.length &&
		a.lines.every((l, i) => l === b.lines[i])
	);
}
