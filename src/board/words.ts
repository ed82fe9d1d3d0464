/**
 * The words drawn on the canvas, in French and English. Counts go through
 * `Intl.PluralRules`; French typography (a narrow no-break space before : ; ? !) only in
 * French. The kit's words stay French in both languages (problématique, rebond, récolte),
 * except the dots: "gommettes" in French, "dots" in English.
 */
import { render } from "../domain/catalogue";
import { de } from "../domain/french";
import { NARROW_NBSP } from "../domain/typography";
import type { IdeaSource } from "../domain/ideaText";
import type { Locale } from "../domain/locale";
import type { StepDuration, StepId } from "../domain/steps";
import type { ZoneId } from "./layout";

/** French sets a narrow no-break space before « : ; ! ? » (English none). */
export const NNBSP = NARROW_NBSP;

export interface CanvasWords {
	readonly locale: Locale;
	readonly zones: Readonly<Record<ZoneId, string>>;
	readonly ideas: string;
	readonly plan: string;
	readonly privateDraft: string;
	readonly writing: (name: string) => string;
	readonly formulationPrefix: string;
	/** "5 gommettes" / "5 dots". */
	readonly dots: (n: number) => string;
	/** A tied place: "Égalité : Alice, Bob". */
	readonly tied: (names: string) => string;
	readonly ranking: string;
	readonly temoignage: string;
	readonly reference: string;
	/** "Quand : fin du mois" / "When: end of the month". */
	readonly when: (when: string) => string;
	/** The tray: "Gommettes restantes : 1" / "Dots left: 1". */
	readonly dotsLeft: (n: number) => string;
	readonly chosen: string;
	/** Where a kept idea comes from: "rebond d'Alice" / "Alice's rebond". */
	readonly source: (kind: IdeaSource, name: string) => string;
	/** "Alice — Témoignage". */
	readonly titled: (name: string, what: string) => string;
	/** Said when a card one may not move is dragged. */
	readonly cannotMove: string;
	/** Said when a card that never moves is dragged. */
	readonly fixedCard: string;
	readonly close: string;
	/** The déroulé's step cards: how long a step lasts, and where the group is. */
	readonly duration: (d: StepDuration, id: StepId) => string;
	readonly here: string;
	/** A card's author who is not (or no longer) on the board, as the list view names them. */
	readonly someone: string;
}

/** Counts go through the interface's one catalogue helper (Intl.PluralRules). */
const FR_DOTS = { one: "{n} gommette", other: "{n} gommettes" };
const EN_DOTS = { one: "{n} dot", other: "{n} dots" };

const FR_SOURCE: Readonly<Record<IdeaSource, string>> = { rebond: "Rebond", note: "Note", question: "Question" };
const EN_SOURCE: Readonly<Record<IdeaSource, string>> = { rebond: "rebond", note: "note", question: "question" };

const FR: CanvasWords = {
	locale: "fr",
	zones: {
		deroule: "Déroulé de l'atelier",
		rules: "Règles du jeu",
		problematiques: "Problématiques des participants",
		votes: "Votes",
		formulation: "Formulation de la problématique",
		questions: "Questions de clarification",
		rebonds: "Rebonds sur la problématique",
		recolte: "Récolte et plan d'action",
	},
	ideas: "Deux ou trois idées qui me parlent beaucoup",
	plan: "Mon plan d'action",
	privateDraft: "Brouillon privé",
	writing: (name) => `${name} écrit…`,
	formulationPrefix: "J'aimerais que le groupe m'aide à …",
	dots: (n) => render(FR_DOTS, "fr", { n }),
	tied: (names) => `Égalité${NNBSP}: ${names}`,
	ranking: "Classement",
	temoignage: "Témoignage",
	reference: "Référence",
	when: (when) => `Quand${NNBSP}: ${when}`,
	dotsLeft: (n) => `Gommettes restantes${NNBSP}: ${n}`,
	chosen: "Problématique choisie",
	source: (kind, name) => `${FR_SOURCE[kind]} ${de(name)}`,
	titled: (name, what) => `${name} — ${what}`,
	cannotMove: "Cette carte ne peut pas être déplacée maintenant.",
	fixedCard: "Cette carte reste à sa place.",
	close: "Fermer",
	duration: (d, id) =>
		d.minutes === 0
			? id === "invitation"
				? "Avant la séance"
				: "Après la séance"
			: d.perContributor
				? `${d.minutes} min par personne`
				: d.perPersonTurnMinutes
					? `${d.minutes} min (${d.perPersonTurnMinutes} min chacun·e)`
					: d.maxMinutes
						? `${d.minutes} à ${d.maxMinutes} min`
						: `${d.minutes} min`,
	here: "Étape en cours",
	someone: "Quelqu'un",
};

const EN: CanvasWords = {
	locale: "en",
	zones: {
		deroule: "The workshop's flow",
		rules: "Rules of the game",
		problematiques: "Participants' problématiques",
		votes: "Votes",
		formulation: "The request",
		questions: "Clarification questions",
		rebonds: "Rebonds on the problématique",
		recolte: "Harvest and action plan",
	},
	ideas: "Two or three ideas that speak to me a lot",
	plan: "My action plan",
	privateDraft: "Private draft",
	writing: (name) => `${name} is writing…`,
	formulationPrefix: "J'aimerais que le groupe m'aide à … (I would like the group to help me …)",
	dots: (n) => render(EN_DOTS, "en", { n }),
	tied: (names) => `Tie: ${names}`,
	ranking: "Ranking",
	temoignage: "Testimony",
	reference: "Reference",
	when: (when) => `When: ${when}`,
	dotsLeft: (n) => `Dots left: ${n}`,
	chosen: "Chosen problem",
	source: (kind, name) => `${name}'s ${EN_SOURCE[kind]}`,
	titled: (name, what) => `${name} — ${what}`,
	cannotMove: "This card cannot be moved now.",
	fixedCard: "This card stays in its place.",
	close: "Close",
	duration: (d, id) =>
		d.minutes === 0
			? id === "invitation"
				? "Before the session"
				: "After the session"
			: d.perContributor
				? `${d.minutes} min per person`
				: d.perPersonTurnMinutes
					? `${d.minutes} min (${d.perPersonTurnMinutes} min each)`
					: d.maxMinutes
						? `${d.minutes} to ${d.maxMinutes} min`
						: `${d.minutes} min`,
	here: "Current step",
	someone: "Someone",
};

export function canvasWords(locale: Locale): CanvasWords {
	return locale === "en" ? EN : FR;
}
