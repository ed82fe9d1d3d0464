/**
 * The kit's role cards ("les rôles"), dealt at the consent step, and the posture each
 * step asks for (what the facilitator recalls when needed), in French and English.
 */
import type { Locale, Localized } from "./locale";
import type { Role, StepId } from "./steps";

export type CardRole = "facilitator" | "offreur" | "contributor";

interface RoleCard {
	readonly title: Localized;
	readonly text: Localized;
	readonly duties?: Localized;
}

const CARDS: Readonly<Record<CardRole, RoleCard>> = {
	facilitator: {
		title: { fr: "Facilitateur, facilitatrice du processus", en: "Facilitator of the process" },
		text: {
			fr: "Cette personne accompagne le processus, rappelle si besoin les règles du jeu : posture suivant les étapes, temps, partage de la parole.",
			en: "This person accompanies the process and reminds the rules of the game when needed: posture at each step, time, sharing of the floor.",
		},
		duties: {
			fr: "Rappeler les règles du jeu si besoin · veiller à la posture de chaque étape (questions de clarification sans jugement ; pas de conseils, pas de jugement pendant les échanges) · tenir le temps et l'heure de fin annoncée · faire circuler la parole.",
			en: "Recall the rules of the game when needed · keep each step's posture (clarification questions without judgement; no advice, no judgement in the exchanges) · keep the time and the announced end · share the floor.",
		},
	},
	offreur: {
		title: { fr: "Offreur, offreuse de situation", en: "Offreur (the person offering the situation)" },
		text: {
			fr: "Cette personne expose sa problématique, répond aux questions, partage ce qu'elle retient de la séance, se projette.",
			en: "This person exposes their problématique, answers the questions, shares what they keep from the session, and looks ahead.",
		},
	},
	contributor: {
		title: { fr: "Contributeurs, contributrices", en: "Contributors" },
		text: {
			fr: "Ces personnes questionnent, réfléchissent et rebondissent sur la problématique offerte. Elles partagent ce qu'elles ont pris pour elles durant la séance.",
			en: "These people question, reflect and bounce off the problématique offered. They share what they took for themselves during the session.",
		},
	},
};

export function cardRoleOf(role: Role): CardRole | undefined {
	return role === "facilitator" || role === "offreur" || role === "contributor" ? role : undefined;
}

export function roleCard(role: CardRole, locale: Locale): { title: string; text: string; duties?: string } {
	const card = CARDS[role];
	return {
		title: card.title[locale],
		text: card.text[locale],
		...(card.duties ? { duties: card.duties[locale] } : {}),
	};
}

/** The thanks the kit asks the facilitator to give the offreur for the generosity of sharing. */
export const THANKS: Localized = {
	fr: "Merci pour la générosité de ce partage.",
	en: "Thank you for the generosity of sharing.",
};

/** What the facilitator may recall at a step (besides the group's own rules). */
const POSTURE: Partial<Readonly<Record<StepId, Localized>>> = {
	clarification: {
		fr: "Questions de clarification : une question claire et brève, à tour de rôle. C'est une prise d'information, aucun jugement.",
		en: "Clarification questions: one short, clear question, in turn. It is information gathering, no judgement.",
	},
	echanges: {
		fr: "Pas de conseils, pas de jugement : partagez votre expérience ou des références. Si vous vous êtes exprimé·e, attendez que chacun ait pu parler.",
		en: "No advice, no judgement: share your experience or references. If you have spoken, wait until everyone has had the chance.",
	},
	partage: {
		fr: "2 minutes maximum par personne pour présenter sa problématique.",
		en: "2 minutes at most each to present one's problématique.",
	},
	"partage-contributeurs": {
		fr: "1 minute par personne : ce avec quoi vous repartez, du contenu ou du processus.",
		en: "1 minute each: what you leave with, from the content or the process.",
	},
};

export const GENERAL_POSTURE: Localized = {
	fr: "Pas de conseils, pas de jugement.",
	en: "No advice, no judgement.",
};

export function postureFor(step: StepId, locale: Locale): string {
	return (POSTURE[step] ?? GENERAL_POSTURE)[locale];
}
