/**
 * The cards of each zone, as specs (pure: data in, spec out): where a card goes, its size,
 * its fitted text, colours and badges. Tested in Node; the bindings only feed them.
 */
import type { IdeaSource } from "../domain/ideaText";
import { STEPS, type StepId } from "../domain/steps";
import { rebondParts, questionText, type RebondFields } from "../domain/ideaText";
import {
	CARD_FONT,
	COLUMN_FONT,
	DOT_R,
	LINE_HEIGHT,
	NOTE_H,
	NOTE_W,
	PAD,
	RECOLTE_IDEAS,
	RECOLTE_PLAN,
	ZONES,
	ZONE_FONT,
	authorColor,
	chipSlot,
	chosenSlot,
	formulationSlot,
	ideaSlot,
	planSlot,
	questionSlot,
	rebondSlot,
	ruleSlot,
	stepSlot,
	type Point,
	type Rect,
	type ZoneId,
} from "./layout";
import type { CardKind, CardSpec } from "./spec";
import { fitText, linesIn, type Measure } from "./textFit";
import type { CanvasWords } from "./words";

const CHOSEN = "#107c10";

export interface CardInput {
	readonly id: string;
	readonly kind: CardKind;
	readonly rect: Rect;
	readonly fill: string;
	readonly title: string;
	readonly text: string;
	/** Height kept free at the bottom (the dots of a note). */
	readonly reserve?: number;
	readonly stroke?: string;
	readonly strokeWidth?: number;
	readonly dashed?: boolean;
	readonly badge?: string;
	readonly flag?: string;
	readonly titleSize?: number;
}

/** Fits a card's title on one line and its text in the lines its height holds. */
export function card(input: CardInput, measure: Measure): CardSpec {
	const { rect } = input;
	const titleSize = input.titleSize ?? CARD_FONT;
	const badgeRoom = input.badge ? measure(input.badge, CARD_FONT, true) + PAD : 0;
	const title = fitText(
		input.title,
		{ width: rect.w - 2 * PAD - badgeRoom, maxLines: 1, fontSize: titleSize, bold: true },
		measure,
	);
	// The title's row, kept for a badge even without a title (a note whose author has no name yet).
	const titleBand = input.title === "" && !input.badge ? PAD : PAD + titleSize * LINE_HEIGHT + 4;
	const room = rect.h - titleBand - PAD - (input.reserve ?? 0);
	const body = fitText(
		input.text,
		{ width: rect.w - 2 * PAD, maxLines: linesIn(room, CARD_FONT, LINE_HEIGHT), fontSize: CARD_FONT },
		measure,
	);
	const cut = title.truncated || body.truncated;
	return {
		id: input.id,
		kind: input.kind,
		x: rect.x,
		y: rect.y,
		w: rect.w,
		h: rect.h,
		fill: input.fill,
		...(input.stroke ? { stroke: input.stroke, strokeWidth: input.strokeWidth ?? 1 } : {}),
		...(input.dashed ? { dashed: true } : {}),
		title: title.lines[0] ?? "",
		titleSize,
		lines: input.text === "" ? [] : body.lines,
		bodySize: CARD_FONT,
		bodyTop: titleBand,
		full: cut ? { title: input.title, text: input.text } : undefined,
		badge: input.badge,
		flag: input.flag,
	};
}

// ---------------------------------------------------------------- zones

export function zoneSpecs(words: CanvasWords, measure: Measure): CardSpec[] {
	const zones = (Object.entries(ZONES) as [ZoneId, Rect][]).map(([id, rect]) => ({
		...card(
			{
				id: `zone:${id}`,
				kind: "zone",
				rect,
				fill: "#faf9f8",
				title: words.zones[id],
				text: "",
				titleSize: ZONE_FONT,
				stroke: "#c8c6c4",
			},
			measure,
		),
		underlay: true,
	}));
	const columns = [
		{ id: "zone:ideas", rect: RECOLTE_IDEAS, title: words.ideas },
		{ id: "zone:plan", rect: RECOLTE_PLAN, title: words.plan },
	].map((c) => ({
		...card({ ...c, kind: "zone", fill: "#f3f2f1", text: "", titleSize: COLUMN_FONT, stroke: "#c8c6c4" }, measure),
		underlay: true,
	}));
	return [...zones, ...columns];
}

// ---------------------------------------------------------------- the déroulé

/** The kit's déroulé as a picture: every step with its duration, the current one marked. */
export function derouleSpecs(current: StepId, title: (step: StepId) => string, words: CanvasWords, measure: Measure): CardSpec[] {
	return STEPS.map((step) => {
		const here = step.id === current;
		return card(
			{
				id: `step:${step.id}`,
				kind: "step",
				rect: stepSlot(step.index),
				fill: here ? "#e0f2e0" : "#ffffff",
				title: `${step.index}. ${title(step.id)}`,
				text: "",
				badge: words.duration(step.duration, step.id),
				stroke: here ? CHOSEN : "#8a8886",
				strokeWidth: here ? 4 : 1,
				...(here ? { flag: words.here } : {}),
			},
			measure,
		);
	});
}

// ---------------------------------------------------------------- the table

export interface NoteInput {
	readonly id: string;
	readonly authorId: string;
	readonly authorName: string;
	readonly text: string;
	readonly position: Point;
	/** Valid dots, once the results are revealed; undefined while they are hidden. */
	readonly tally: number | undefined;
	readonly chosen: boolean;
	/** Its author offered before in this codev group ("Déjà offreur·se le 1 déc. 2026"): information, the vote decides. */
	readonly priorOffer?: string | undefined;
}

/** The border (and flag) of a note whose author offered before: dark enough for the flag's white text. */
const PRIOR_OFFER = "#605e5c";

export function noteSpec(note: NoteInput, words: CanvasWords, measure: Measure): CardSpec {
	return card(
		{
			id: note.id,
			kind: "problematique",
			rect: { ...note.position, w: NOTE_W, h: NOTE_H },
			fill: authorColor(note.authorId),
			title: note.authorName,
			text: note.text,
			reserve: 2 * DOT_R + 4,
			stroke: note.chosen ? CHOSEN : note.priorOffer ? PRIOR_OFFER : "#8a8886",
			strokeWidth: note.chosen ? 4 : 1,
			...(note.tally !== undefined ? { badge: words.dots(note.tally) } : {}),
			...(note.chosen ? { flag: words.chosen } : note.priorOffer ? { flag: note.priorOffer } : {}),
		},
		measure,
	);
}

/** My private draft, where my sheet will go on the table. */
export function draftSpec(text: string, position: Point, words: CanvasWords, measure: Measure): CardSpec {
	return card(
		{
			id: "draft:mine",
			kind: "draft",
			rect: { ...position, w: NOTE_W, h: NOTE_H },
			fill: "#ffffff",
			title: words.privateDraft,
			text,
			dashed: true,
			stroke: "#605e5c",
		},
		measure,
	);
}

/** "Alice écrit…", in the zone she writes in. */
export function writingSpec(
	userId: string,
	name: string,
	zone: ZoneId,
	index: number,
	words: CanvasWords,
	measure: Measure,
): CardSpec {
	return card(
		{
			id: `writing:${userId}`,
			kind: "writing",
			rect: chipSlot(zone, index),
			fill: "#f3f2f1",
			title: words.writing(name),
			text: "",
			dashed: true,
			stroke: "#605e5c",
		},
		measure,
	);
}

// ---------------------------------------------------------------- the other sheets

export function ruleSpec(rule: { id: string; authorName: string; text: string }, index: number, measure: Measure): CardSpec {
	return card(
		{
			id: rule.id,
			kind: "rule",
			rect: ruleSlot(index),
			fill: "#ffffff",
			title: rule.authorName,
			text: rule.text,
			stroke: "#8a8886",
		},
		measure,
	);
}

export function questionSpec(
	q: { id: string; authorName: string; text: string; answer: string },
	index: number,
	measure: Measure,
): CardSpec {
	return card(
		{
			id: q.id,
			kind: "question",
			rect: questionSlot(index),
			fill: "#ffffff",
			title: q.authorName,
			text: questionText(q),
			stroke: "#8a8886",
		},
		measure,
	);
}

export function chosenSpec(authorName: string, text: string, words: CanvasWords, measure: Measure): CardSpec {
	return card(
		{
			id: "chosen",
			kind: "chosen",
			rect: chosenSlot(),
			fill: "#ffffff",
			title: words.titled(words.chosen, authorName),
			text,
			stroke: CHOSEN,
			strokeWidth: 4,
			flag: words.chosen,
		},
		measure,
	);
}

export function formulationSpec(text: string, words: CanvasWords, measure: Measure): CardSpec {
	return card(
		{
			id: "formulation",
			kind: "formulation",
			rect: formulationSlot(),
			fill: "#ffffff",
			title: words.formulationPrefix,
			text,
			stroke: "#8a8886",
		},
		measure,
	);
}

export interface RebondInput extends RebondFields {
	readonly id: string;
	readonly authorId: string;
	readonly kind: string;
}

export interface SharedNoteInput {
	readonly id: string;
	readonly authorId: string;
	readonly text: string;
}

/**
 * Rebonds and shared notes, one column per author in the order people joined (each
 * author's rebonds, then their notes).
 */
export function rebondSpecs(
	authorsInOrder: readonly string[],
	rebonds: readonly RebondInput[],
	notes: readonly SharedNoteInput[],
	nameOf: (userId: string) => string,
	words: CanvasWords,
	measure: Measure,
): CardSpec[] {
	const out: CardSpec[] = [];
	authorsInOrder.forEach((author, column) => {
		let row = 0;
		for (const r of rebonds) {
			if (r.authorId !== author) continue;
			const what = r.kind === "reference" ? words.reference : words.temoignage;
			out.push(
				card(
					{
						id: r.id,
						kind: "rebond",
						rect: rebondSlot(column, row++),
						fill: authorColor(author),
						title: words.titled(nameOf(author), what),
						text: rebondParts(r).join("\n"),
						stroke: "#8a8886",
					},
					measure,
				),
			);
		}
		for (const n of notes) {
			if (n.authorId !== author) continue;
			out.push(
				card(
					{
						id: n.id,
						kind: "note",
						rect: rebondSlot(column, row++),
						fill: "#ffffff",
						title: nameOf(author),
						text: n.text,
						stroke: "#8a8886",
					},
					measure,
				),
			);
		}
	});
	return out;
}

export interface IdeaInput {
	readonly id: string;
	readonly text: string;
	readonly sourceKind: IdeaSource | undefined;
	/** The source's author, when the source is still on the board. */
	readonly sourceAuthor: string | undefined;
}

/** A kept idea, titled with its source and author ("Rebond d'Alice"). */
export function ideaSpec(idea: IdeaInput, index: number, words: CanvasWords, measure: Measure): CardSpec {
	const title = idea.sourceKind && idea.sourceAuthor !== undefined ? words.source(idea.sourceKind, idea.sourceAuthor) : "";
	return card(
		{ id: idea.id, kind: "idea", rect: ideaSlot(index), fill: "#fff3a3", title, text: idea.text, stroke: "#8a8886" },
		measure,
	);
}

export function planSpec(
	action: { id: string; text: string; when: string },
	index: number,
	words: CanvasWords,
	measure: Measure,
): CardSpec {
	return card(
		{
			id: action.id,
			kind: "plan",
			rect: planSlot(index),
			fill: "#caffbf",
			title: action.when ? words.when(action.when) : "",
			text: `${index + 1}. ${action.text}`,
			stroke: "#8a8886",
		},
		measure,
	);
}
