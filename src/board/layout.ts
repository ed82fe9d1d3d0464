/**
 * Where things are on the board (world coordinates, pure): one zone per sheet, the zone
 * each step works in, the slots of the cards inside a zone, hit-testing, the type sizes,
 * and a colour per author.
 *
 * Sizing: every zone fits in about 1000×660 world units, so that a ~900×600 canvas frames
 * it whole at the readable zoom (card text ≥ 12 px on screen), and holds the cards of 12
 * participants. Beyond, cards continue below the zone and the view scrolls; text never
 * shrinks (see `frameTransform`).
 */
import type { StepId } from "../domain/steps";

export interface Rect {
	readonly x: number;
	readonly y: number;
	readonly w: number;
	readonly h: number;
}

export interface Point {
	readonly x: number;
	readonly y: number;
}

export type ZoneId = "deroule" | "rules" | "problematiques" | "votes" | "formulation" | "questions" | "rebonds" | "recolte";

// ---------------------------------------------------------------- type and sizes

/** Card titles and bodies (world units = px at zoom 1). */
export const CARD_FONT = 14;
export const ZONE_FONT = 22;
export const COLUMN_FONT = 16;
export const LINE_HEIGHT = 1.25;
/** The smallest text on screen, in px. */
export const MIN_SCREEN_TEXT = 12;
/** The smallest dot on screen, in px. */
export const MIN_SCREEN_DOT = 20;
export const DOT_R = 12;
/** The zoom at which the smallest card text is MIN_SCREEN_TEXT px (and a dot ≥ MIN_SCREEN_DOT px). */
export const READABLE_ZOOM = Math.max(MIN_SCREEN_TEXT / CARD_FONT, MIN_SCREEN_DOT / (2 * DOT_R));

export const GAP = 20;
export const PAD = 10;
/** Height of a zone's title band. */
export const ZONE_HEADER = 56;
export const ZONE_W = 1000;
export const ZONE_H = 660;
const ZONE_STEP_X = ZONE_W + 60;
const ZONE_STEP_Y = ZONE_H + 60;

export const NOTE_W = 225;
export const NOTE_H = 150;
export const RULE_W = 470;
export const RULE_H = 84;
export const QUESTION_W = 470;
export const QUESTION_H = 110;
export const REBOND_W = 305;
export const REBOND_H = 180;
export const IDEA_H = 130;
export const PLAN_H = 80;
export const CHIP_W = 220;
export const CHIP_H = 40;

const zone = (col: number, row: number): Rect => ({ x: col * ZONE_STEP_X, y: row * ZONE_STEP_Y, w: ZONE_W, h: ZONE_H });

/** The zones, in the order of the déroulé: a first row up to the vote (the process infographic first), a second after it. */
export const ZONES: Readonly<Record<ZoneId, Rect>> = {
	deroule: zone(-1, 0),
	rules: zone(0, 0),
	problematiques: zone(1, 0),
	votes: zone(2, 0),
	formulation: zone(0, 1),
	questions: zone(1, 1),
	rebonds: zone(2, 1),
	recolte: zone(3, 1),
};

/** The récolte sheet's two columns. */
export const RECOLTE_IDEAS: Rect = {
	x: ZONES.recolte.x + GAP,
	y: ZONES.recolte.y + ZONE_HEADER,
	w: 470,
	h: ZONE_H - ZONE_HEADER - GAP,
};
export const RECOLTE_PLAN: Rect = {
	x: ZONES.recolte.x + 510,
	y: ZONES.recolte.y + ZONE_HEADER,
	w: 470,
	h: ZONE_H - ZONE_HEADER - GAP,
};
const COLUMN_HEADER = 44;

/** The tray where a voter's remaining dots wait: in the table's title band, at its right (always in view when the table is). */
export const DOT_TRAY: Rect = { x: ZONES.problematiques.x + ZONE_W - GAP - 420, y: ZONES.problematiques.y + 4, w: 420, h: 48 };

const STEP_ZONE: Readonly<Record<StepId, ZoneId>> = {
	invitation: "deroule",
	accueil: "deroule",
	presentation: "deroule",
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

/** The rectangle to frame for a step: its zone. */
export function fitRect(step: StepId): Rect {
	return ZONES[zoneOfStep(step)];
}

// ---------------------------------------------------------------- slots

/** The n-th slot of a grid of w×h cards filling `area` from its top-left, row by row. */
export function gridSlot(area: Rect, index: number, w: number, h: number): Point {
	const perRow = Math.max(1, Math.floor((area.w + GAP) / (w + GAP)));
	const row = Math.floor(index / perRow);
	const col = index % perRow;
	return { x: area.x + col * (w + GAP), y: area.y + row * (h + GAP) };
}

/** The cards' area of a zone (under its title band). */
export function cardArea(id: ZoneId): Rect {
	const z = ZONES[id];
	return { x: z.x + GAP, y: z.y + ZONE_HEADER, w: z.w - 2 * GAP, h: z.h - ZONE_HEADER - GAP };
}

/** A problématique's position: where it was put, or its slot by its place on the table. */
export function notePosition(x: number, y: number, index: number): Point {
	return x === 0 && y === 0 ? gridSlot(cardArea("problematiques"), index, NOTE_W, NOTE_H) : { x, y };
}

export const STEP_CARD_W = 470;
export const STEP_CARD_H = 46;

/** The i-th step of the déroulé (2 columns, in reading order). */
export function stepSlot(index: number): Rect {
	return { ...gridSlot(cardArea("deroule"), index, STEP_CARD_W, STEP_CARD_H), w: STEP_CARD_W, h: STEP_CARD_H };
}

export function ruleSlot(index: number): Rect {
	return { ...gridSlot(cardArea("rules"), index, RULE_W, RULE_H), w: RULE_W, h: RULE_H };
}

export function questionSlot(index: number): Rect {
	return { ...gridSlot(cardArea("questions"), index, QUESTION_W, QUESTION_H), w: QUESTION_W, h: QUESTION_H };
}

/** Rebonds and shared notes: one column per author (as the kit's sheets, per contributor), in the order people joined. */
export function rebondColumn(columnIndex: number): Rect {
	const a = cardArea("rebonds");
	return { x: a.x + columnIndex * (REBOND_W + GAP), y: a.y, w: REBOND_W, h: a.h };
}

/** The i-th card of a column. */
export function stackSlot(column: Rect, index: number, h = REBOND_H): Point {
	return { x: column.x, y: column.y + index * (h + GAP / 2) };
}

export function rebondSlot(columnIndex: number, row: number): Rect {
	return { ...stackSlot(rebondColumn(columnIndex), row), w: REBOND_W, h: REBOND_H };
}

/** A rebond card's size (the former names). */
export const CARD_W = REBOND_W;
export const CARD_H = REBOND_H;

const columnCards = (column: Rect): Rect => ({
	x: column.x + GAP,
	y: column.y + COLUMN_HEADER,
	w: column.w - 2 * GAP,
	h: column.h - COLUMN_HEADER,
});

export function ideaSlot(index: number): Rect {
	const area = columnCards(RECOLTE_IDEAS);
	return { x: area.x, y: area.y + index * (IDEA_H + GAP / 2), w: area.w, h: IDEA_H };
}

export function planSlot(index: number): Rect {
	const area = columnCards(RECOLTE_PLAN);
	return { x: area.x, y: area.y + index * (PLAN_H + GAP / 2), w: area.w, h: PLAN_H };
}

/** The formulation zone: the chosen problématique above the request. */
export function chosenSlot(): Rect {
	const a = cardArea("formulation");
	return { x: a.x, y: a.y, w: a.w, h: 250 };
}

export function formulationSlot(): Rect {
	const a = cardArea("formulation");
	return { x: a.x, y: a.y + 250 + GAP, w: a.w, h: 250 };
}

export function rankingSlot(): Rect {
	const a = cardArea("votes");
	return { x: a.x, y: a.y, w: 620, h: 220 };
}

/** "X écrit…" chips: a row along the bottom of the zone they write in, rows growing upwards. */
export function chipSlot(id: ZoneId, index: number): Rect {
	const z = ZONES[id];
	const left = z.x + GAP;
	const perRow = Math.max(1, Math.floor((z.x + z.w - left) / (CHIP_W + GAP)));
	const row = Math.floor(index / perRow);
	const col = index % perRow;
	return { x: left + col * (CHIP_W + GAP), y: z.y + z.h - GAP - CHIP_H - row * (CHIP_H + GAP / 2), w: CHIP_W, h: CHIP_H };
}

/** The i-th dot drawn on a note (rows from the bottom up). */
export function dotOnNote(note: Point, slot: number): Point {
	const step = 2 * DOT_R + 4;
	const perRow = Math.floor((NOTE_W - 2 * PAD) / step);
	const row = Math.floor(slot / perRow);
	return { x: note.x + PAD + DOT_R + (slot % perRow) * step, y: note.y + NOTE_H - PAD - DOT_R - row * step };
}

/** The i-th dot of the tray. */
export function trayDotPosition(i: number): Point {
	return { x: DOT_TRAY.x + 250 + i * (2 * DOT_R + 16), y: DOT_TRAY.y + DOT_TRAY.h / 2 };
}

// ---------------------------------------------------------------- hit-testing

export function contains(rect: Rect, x: number, y: number): boolean {
	return x >= rect.x && x <= rect.x + rect.w && y >= rect.y && y <= rect.y + rect.h;
}

/** The id of the first rectangle under (x, y). */
export function hit<T extends string>(rects: Iterable<readonly [T, Rect]>, x: number, y: number): T | undefined {
	for (const [id, rect] of rects) if (contains(rect, x, y)) return id;
	return undefined;
}

/** A card dropped with its top-left at (x, y): its centre decides where it went. */
export function droppedCentre(x: number, y: number, w: number, h: number): Point {
	return { x: x + w / 2, y: y + h / 2 };
}

/** Is a dropped card's centre in the kept-ideas column? */
export function inIdeas(p: Point): boolean {
	return contains(RECOLTE_IDEAS, p.x, p.y);
}

/** The plan position a card dropped at height y goes to (0 is first), among `count` actions. */
export function planIndexAt(y: number, count: number): number {
	const first = planSlot(0).y;
	const index = Math.floor((y - first) / (PLAN_H + GAP / 2));
	return Math.max(0, Math.min(count - 1, index));
}

/** Rectangles overlap. */
export function intersects(a: Rect, b: Rect): boolean {
	return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

// ---------------------------------------------------------------- colours

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
