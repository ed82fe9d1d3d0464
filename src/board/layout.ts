/**
 * Where things are on the board (world coordinates, pure): one zone per sheet, the
 * zone each step works in, slots for cards inside a zone, and a colour per author.
 */
import type { StepId } from "../domain/steps";

export interface Rect {
	readonly x: number;
	readonly y: number;
	readonly w: number;
	readonly h: number;
}

export type ZoneId = "rules" | "problematiques" | "votes" | "formulation" | "questions" | "rebonds" | "recolte";

export const NOTE_W = 200;
export const NOTE_H = 130;
export const CARD_W = 280;
export const CARD_H = 110;
export const GAP = 20;
export const DOT_R = 9;

/** The zones. The rules sheet is pinned at the left, visible from every step's view. */
export const ZONES: Readonly<Record<ZoneId, Rect>> = {
	rules: { x: 0, y: 0, w: 320, h: 1500 },
	problematiques: { x: 360, y: 0, w: 1340, h: 900 },
	votes: { x: 360, y: 940, w: 1340, h: 220 },
	formulation: { x: 1740, y: 0, w: 640, h: 200 },
	questions: { x: 1740, y: 240, w: 640, h: 920 },
	rebonds: { x: 360, y: 1200, w: 2020, h: 900 },
	recolte: { x: 2420, y: 1200, w: 1000, h: 1160 },
};

/** The récolte sheet's two columns. */
export const RECOLTE_IDEAS: Rect = { x: 2440, y: 1260, w: 470, h: 1080 };
export const RECOLTE_PLAN: Rect = { x: 2930, y: 1260, w: 470, h: 1080 };
/** The tray where a voter's remaining dots wait. */
export const DOT_TRAY: Rect = { x: 380, y: 990, w: 300, h: 60 };

const STEP_ZONE: Readonly<Record<StepId, ZoneId>> = {
	invitation: "problematiques",
	accueil: "problematiques",
	presentation: "rules",
	regles: "rules",
	recherche: "problematiques",
	partage: "problematiques",
	choix: "problematiques",
	consentement: "votes",
	expose: "formulation",
	clarification: "questions",
	reformulation: "formulation",
	reflexion: "rebonds",
	echanges: "rebonds",
	recolte: "recolte",
	plan: "recolte",
	"partage-offreur": "recolte",
	"partage-contributeurs": "rebonds",
	documentation: "recolte",
};

export function zoneOfStep(step: StepId): ZoneId {
	return STEP_ZONE[step];
}

/** Bounding rectangle of several rectangles. */
export function union(...rects: readonly Rect[]): Rect {
	const x = Math.min(...rects.map((r) => r.x));
	const y = Math.min(...rects.map((r) => r.y));
	const right = Math.max(...rects.map((r) => r.x + r.w));
	const bottom = Math.max(...rects.map((r) => r.y + r.h));
	return { x, y, w: right - x, h: bottom - y };
}

/** The rectangle to fit for a step: its zone, with the pinned rules sheet when it is near. */
export function fitRect(step: StepId): Rect {
	// Voting needs the table and the tray below it together; the récolte, the rebonds it draws from.
	const zone =
		step === "choix" || step === "consentement"
			? union(ZONES.problematiques, ZONES.votes)
			: step === "recolte" || step === "plan"
				? union(ZONES.rebonds, ZONES.recolte)
				: ZONES[zoneOfStep(step)];
	const rules = ZONES.rules;
	const x = Math.min(zone.x, rules.x);
	const right = zone.x + zone.w;
	return zone.x - (rules.x + rules.w) < 500
		? { x, y: zone.y, w: right - x, h: Math.max(zone.h, 600) }
		: zone;
}

/** The n-th free slot of a grid inside a zone (for cards that have no position yet). */
export function gridSlot(zone: Rect, index: number, w: number, h: number, top = 60): { x: number; y: number } {
	const perRow = Math.max(1, Math.floor((zone.w - GAP) / (w + GAP)));
	const row = Math.floor(index / perRow);
	const col = index % perRow;
	return { x: zone.x + GAP + col * (w + GAP), y: zone.y + top + row * (h + GAP) };
}

/** A problématique's position: where it was put, or a slot by its place in the table. */
export function notePosition(x: number, y: number, index: number): { x: number; y: number } {
	return x === 0 && y === 0 ? gridSlot(ZONES.problematiques, index, NOTE_W, NOTE_H) : { x, y };
}

/** Column of a contributor in the rebonds zone. */
export function rebondColumn(columnIndex: number): Rect {
	const w = CARD_W + GAP;
	return { x: ZONES.rebonds.x + GAP + columnIndex * w, y: ZONES.rebonds.y + 60, w: CARD_W, h: ZONES.rebonds.h - 80 };
}

/** The i-th card of a column (rebonds, questions, ideas, plan). */
export function stackSlot(column: Rect, index: number, h = CARD_H): { x: number; y: number } {
	return { x: column.x, y: column.y + index * (h + GAP / 2) };
}

export function contains(rect: Rect, x: number, y: number): boolean {
	return x >= rect.x && x <= rect.x + rect.w && y >= rect.y && y <= rect.y + rect.h;
}

/** Sticky-note colours, one per author, stable across clients (from the author's id). */
const PALETTE = ["#fff3a3", "#ffd6a5", "#caffbf", "#9bf6ff", "#bdb2ff", "#ffc6ff", "#fdffb6", "#a0c4ff"];
const DOT_PALETTE = ["#e4572e", "#5b5fc7", "#17a398", "#f29e4c", "#c03282", "#3a86ff", "#8338ec", "#2a9d8f"];

function hash(id: string): number {
	let h = 2166136261;
	for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
	return h >>> 0;
}

export function authorColor(authorId: string): string {
	return PALETTE[hash(authorId) % PALETTE.length] as string;
}

export function voterColor(voterId: string): string {
	return DOT_PALETTE[hash(voterId) % DOT_PALETTE.length] as string;
}
