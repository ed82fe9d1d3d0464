/** The words drawn on the canvas, in French and English. */
import type { Locale } from "../domain/locale";
import type { ZoneId } from "./layout";

export interface CanvasWords {
	readonly zones: Readonly<Record<ZoneId, string>>;
	readonly ideas: string;
	readonly plan: string;
	readonly privateDraft: string;
	readonly writing: (name: string) => string;
	readonly formulationPrefix: string;
	readonly votes: (n: number) => string;
	readonly tie: string;
	/** A tied place: "Égalité : Alice, Bob". */
	readonly tied: (names: string) => string;
	readonly ranking: string;
	readonly hidden: string;
	readonly temoignage: string;
	readonly reference: string;
	readonly when: string;
	readonly dotsLeft: (n: number) => string;
}

const FR: CanvasWords = {
	zones: {
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
	votes: (n) => (n <= 1 ? `${n} vote` : `${n} votes`),
	tie: "Égalité",
	tied: (names) => `Égalité : ${names}`,
	ranking: "Classement",
	hidden: "Résultats masqués jusqu'à leur révélation",
	temoignage: "Témoignage",
	reference: "Référence",
	when: "Quand",
	dotsLeft: (n) => `Vos gommettes : ${n}`,
};

const EN: CanvasWords = {
	zones: {
		rules: "Rules of the game",
		problematiques: "Participants' problématiques",
		votes: "Votes",
		formulation: "The request",
		questions: "Clarification questions",
		rebonds: "Rebonds on the problématique",
		recolte: "Harvest and action plan",
	},
	ideas: "Two or three ideas that speak to me",
	plan: "My action plan",
	privateDraft: "Private draft",
	writing: (name) => `${name} is writing…`,
	formulationPrefix: "J'aimerais que le groupe m'aide à … (I would like the group to help me …)",
	votes: (n) => (n === 1 ? "1 vote" : `${n} votes`),
	tie: "Tie",
	tied: (names) => `Tie: ${names}`,
	ranking: "Ranking",
	hidden: "Results hidden until revealed",
	temoignage: "Testimony",
	reference: "Reference",
	when: "When",
	dotsLeft: (n) => `Your dots: ${n}`,
};

export function canvasWords(locale: Locale): CanvasWords {
	return locale === "en" ? EN : FR;
}
