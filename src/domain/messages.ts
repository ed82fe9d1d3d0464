/** Words a person reads about roles and refusals, in French and English. */
import type { Refusal, RefusalReason, WorkshopAction } from "./actions";
import { de } from "./french";
import { interpolate, type Locale, type Localized } from "./locale";
import type { Role } from "./steps";

export const ROLE_NAMES: Readonly<Record<Role, Localized>> = {
	facilitator: { fr: "Facilitateur·rice", en: "Facilitator" },
	participant: { fr: "Participant·e", en: "Participant" },
	offreur: { fr: "Offreur·se de situation", en: "Offreur (offers the situation)" },
	contributor: { fr: "Contributeur·rice", en: "Contributor" },
	observer: { fr: "Observateur·rice", en: "Observer" },
};

const REFUSALS: Readonly<Record<RefusalReason, Localized>> = {
	observerReadOnly: {
		fr: "Vous suivez l'atelier en observation : lecture seule.",
		en: "You are observing the workshop: read only.",
	},
	facilitatorOnly: { fr: "Seule la personne qui facilite peut faire cela.", en: "Only the facilitator can do this." },
	notInThisStep: { fr: "Ce n'est pas possible à cette étape.", en: "This is not possible at this step." },
	notForYourRole: { fr: "Votre rôle ne le permet pas à cette étape.", en: "Your role does not allow this at this step." },
	voteClosed: { fr: "Le vote n'est pas ouvert.", en: "The vote is not open." },
	facilitatorDoesNotVote: { fr: "La personne qui facilite ne vote pas.", en: "The facilitator does not vote." },
	maxDotsReached: { fr: "Vous avez déjà posé vos 3 gommettes.", en: "You have already placed your 3 dots." },
	maxDotsOnOne: {
		fr: "2 gommettes au maximum sur la même problématique.",
		en: "At most 2 dots on the same problématique.",
	},
	unknownProblematique: { fr: "Cette problématique n'est pas sur la table.", en: "This problématique is not on the table." },
	unknownItem: { fr: "Cet élément n'existe plus.", en: "This item no longer exists." },
	notYourTurn: { fr: "Ce n'est pas encore votre tour.", en: "It is not your turn yet." },
	notYourCard: { fr: "Vous ne pouvez modifier que ce que vous avez écrit.", en: "You can only change what you wrote." },
	notAsked: { fr: "Cette question ne vous est pas posée.", en: "This question is not asked to you." },
	textTooLong: { fr: "Le texte est trop long.", en: "The text is too long." },
	textEmpty: { fr: "Le texte est vide.", en: "The text is empty." },
	tooManyIdeas: {
		fr: "3 idées au maximum dans la récolte : retirez-en une d'abord.",
		en: "At most 3 ideas in the harvest: remove one first.",
	},
	alreadyHarvested: { fr: "Cette idée est déjà dans la récolte.", en: "This idea is already in the harvest." },
	alreadyOnTable: {
		fr: "Votre feuille est déjà sur la table, telle quelle : modifiez le texte pour la mettre à jour.",
		en: "Your sheet is already on the table as it is: change the text to update it.",
	},
	outOfRange: {
		fr: "Durée hors des limites (échanges : de 20 à 45 minutes ; autres étapes : jusqu'à 240).",
		en: "Duration out of bounds (exchanges: 20 to 45 minutes; other steps: up to 240).",
	},
	invalidKind: { fr: "Choisissez témoignage ou référence.", en: "Choose testimony or reference." },
	notEveryoneAgrees: {
		fr: "Les notes ne sont documentées que si tout le monde est d'accord.",
		en: "The notes are documented only if everyone agrees.",
	},
	offreurDoesNotSpeak: {
		fr: "Pendant les échanges, l'offreur écoute et prend des notes.",
		en: "During the exchanges the offreur listens and takes notes.",
	},
	notEligibleYet: {
		fr: "Vous vous êtes déjà exprimé·e : attendez que chacun ait eu l'occasion de s'exprimer.",
		en: "You have already spoken: wait until everyone has had the chance.",
	},
	alreadyDecided: { fr: "C'est déjà décidé.", en: "This is already decided." },
	noCandidate: { fr: "Il n'y a plus de problématique à proposer.", en: "There is no problématique left to ask." },
	tieUndecided: {
		fr: "Égalité : choisissez d'abord quelle problématique proposer.",
		en: "Tie: first choose which problématique to ask.",
	},
	notATie: { fr: "Il n'y a pas d'égalité à départager ici.", en: "There is no tie to decide here." },
	reasonOnlyForNo: { fr: "Une raison n'accompagne qu'un refus.", en: "A reason only goes with a no." },
	anonymousOnlyForYes: {
		fr: "L'anonymat accompagne un accord : un refus n'est pas documenté.",
		en: "Anonymity goes with a yes: a no is not documented.",
	},
	namesAnonymous: {
		fr: "Le texte nomme une personne qui a demandé l'anonymat : retirez son nom.",
		en: "The text names someone who asked to stay anonymous: remove their name.",
	},
	invalidDate: { fr: "Cette date n'est pas valide.", en: "This date is not valid." },
	workshopEnded: {
		fr: "L'atelier est terminé : le tableau est en lecture seule.",
		en: "The workshop has ended: the board is read only.",
	},
	countLimit: {
		fr: "Vous avez atteint le nombre maximal ici : retirez-en un d'abord.",
		en: "You have reached the maximum number here: remove one first.",
	},
	totalLimit: {
		fr: "Le tableau a atteint le nombre maximal ici.",
		en: "The board has reached the maximum number here.",
	},
};

/** The refusals about a count, worded with the maximum when the refusal carries it. */
const WITH_MAX: Readonly<Partial<Record<RefusalReason, Localized>>> = {
	countLimit: {
		fr: "Vous avez atteint le nombre maximal ici ({max} par personne) : retirez-en un d'abord.",
		en: "You have reached the maximum number here ({max} per person): remove one first.",
	},
	totalLimit: {
		fr: "Le tableau a atteint le nombre maximal ici ({max} en tout).",
		en: "The board has reached the maximum number here ({max} in all).",
	},
};

/**
 * The refusals that concern another person, worded for the one who acts on them (the
 * facilitator giving Alice the floor reads about Alice, never "Vous…"). `{name}` is the
 * person's name, `{deName}` the same after "de", elided ("d'Alice").
 */
const ABOUT: Readonly<Partial<Record<RefusalReason, Localized>>> = {
	notEligibleYet: {
		fr: "{name} s'est déjà exprimé·e ce tour-ci : attendez que chacun·e ait eu l'occasion de s'exprimer.",
		en: "{name} has already spoken this round: wait until everyone has had the chance.",
	},
	notYourTurn: { fr: "Ce n'est pas encore le tour {deName}.", en: "It is not {name}'s turn yet." },
	notForYourRole: {
		fr: "Le rôle {deName} ne le permet pas à cette étape.",
		en: "{name}'s role does not allow this at this step.",
	},
	offreurDoesNotSpeak: {
		fr: "Pendant les échanges, {name}, l'offreur, écoute et prend des notes.",
		en: "During the exchanges {name}, the offreur, listens and takes notes.",
	},
	notAsked: { fr: "Cette question n'est pas posée à {name}.", en: "This question is not asked to {name}." },
};

/** The person a refusal is about, when it is not the one who acts. */
export interface RefusalSubject {
	readonly name: string;
}

/**
 * Why an action is refused, in `locale`. With `about`, worded for the person who acts on
 * someone else (the facilitator giving the floor): about that person, by name. Given the
 * refusal itself, a count refusal says its maximum.
 */
export function refusalMessage(
	refusal: RefusalReason | Pick<Refusal, "reason" | "max">,
	locale: Locale,
	about?: RefusalSubject,
): string {
	const { reason, max } = typeof refusal === "string" ? { reason: refusal, max: undefined } : refusal;
	const other = about ? ABOUT[reason] : undefined;
	if (about && other) return interpolate(other[locale], { name: about.name, deName: de(about.name) });
	const counted = max === undefined ? undefined : WITH_MAX[reason];
	if (counted) return interpolate(counted[locale], { max: String(max) });
	return REFUSALS[reason][locale];
}

export function roleName(role: Role, locale: Locale): string {
	return ROLE_NAMES[role][locale];
}

const ACTION_NAMES: Readonly<Record<WorkshopAction, Localized>> = {
	writeRule: { fr: "Proposer une règle du jeu", en: "Propose a rule of the game" },
	writeProblematique: { fr: "Écrire votre problématique", en: "Write your problématique" },
	putOnTable: { fr: "Poser votre problématique sur la table", en: "Put your problématique on the table" },
	vote: { fr: "Poser vos 3 gommettes", en: "Place your 3 dots" },
	consent: { fr: "Donner votre accord (si on vous le demande)", en: "Give your consent (if asked)" },
	askQuestion: { fr: "Poser une question de clarification, à votre tour", en: "Ask a clarification question, in turn" },
	answerQuestion: { fr: "Répondre aux questions", en: "Answer the questions" },
	writeFormulation: { fr: "Écrire « J'aimerais que le groupe m'aide à … »", en: "Write “J'aimerais que le groupe m'aide à …”" },
	writeRebond: { fr: "Écrire vos rebonds", en: "Write your rebonds" },
	shareRebond: { fr: "Partager vos rebonds", en: "Share your rebonds" },
	raiseHand: { fr: "Lever la main pour prendre la parole", en: "Raise your hand to speak" },
	writeNote: { fr: "Prendre des notes", en: "Take notes" },
	harvest: { fr: "Choisir 2 ou 3 idées", en: "Choose 2 or 3 ideas" },
	writePlan: { fr: "Écrire votre plan d'action", en: "Write your action plan" },
	writeLearning: { fr: "Partager vos apprentissages", en: "Share your learnings" },
	agreeDocumentation: { fr: "Dire si vous êtes d'accord pour documenter", en: "Say whether you agree to document" },
	writeDocumentation: { fr: "Condenser les notes", en: "Condense the notes" },
	arrangeBoard: { fr: "Déplacer vos cartes sur le tableau", en: "Move your cards on the board" },
};

export function actionName(action: WorkshopAction, locale: Locale): string {
	return ACTION_NAMES[action][locale];
}
