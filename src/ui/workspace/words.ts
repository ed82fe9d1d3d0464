/** The workspace's own words (header, step bar, dock, déroulé), in French and English. */
import { catalogue, type Entry, type Translate } from "../../domain/catalogue";
import type { Locale } from "../../domain/locale";

const FR = {
	stepOf: "Étape {n} sur {total}",
	stepsNav: "Déroulé de l'atelier",
	stepItem: "Étape {n} : {title}",
	stepDone: "terminée",
	stepNow: "en cours",
	listView: "Vue liste",
	listViewHint: "Le tableau sous forme de listes, avec toutes les actions au clavier",
	deroule: "Déroulé",
	derouleTitle: "Le déroulé de l'atelier",
	derouleHere: "Vous êtes ici",
	close: "Fermer",
	dock: "Votre action",
	group: "Où en est le groupe",
	dotsNeverWhere: "Jamais où sont les gommettes tant qu'elles sont cachées.",
	inviteTab: "Inviter",
	consentDialogTitle: "Une question pour vous",
	speaking: "À la parole : {name}",
	overShort: "+{time}",
	yourTurnTitle: "C'est à vous",
	yourTurnText: "La personne qui facilite vous donne la parole.",
	nothingHere: "Rien à faire de votre côté à cette étape : écoutez et prenez part à l'échange.",
	progressSheet: "Feuilles sur la table : {n} sur {total}",
	progressDots: "Ont placé leurs 3 gommettes : {n} sur {total}",
	progressAsked: "Ont posé leur question ce tour-ci : {n} sur {total}",
	progressRebond: "Ont partagé un rebond : {n} sur {total}",
	progressDone: "fait",
	progressNotYet: "pas encore",
	endWorkshop: "Terminer l'atelier",
	endConfirmTitle: "Terminer l'atelier ?",
	endConfirmText:
		"Le tableau passera en lecture seule pour tout le monde : plus aucune modification, ni changement d'étape. La documentation et ses exports restent disponibles.",
	endConfirm: "Terminer",
	endCancel: "Continuer l'atelier",
	endedBadge: "Atelier terminé le {date}",
	endedNotice:
		"Atelier terminé le {date} par {name} : le tableau est en lecture seule. La documentation et ses exports restent disponibles.",
} as const satisfies Record<string, Entry>;

export type WorkspaceKey = keyof typeof FR;

const EN: Record<WorkspaceKey, Entry> = {
	stepOf: "Step {n} of {total}",
	stepsNav: "The workshop's steps",
	stepItem: "Step {n}: {title}",
	stepDone: "done",
	stepNow: "now",
	listView: "List view",
	listViewHint: "The board as lists, with every action by keyboard",
	deroule: "Steps",
	derouleTitle: "How the workshop runs",
	derouleHere: "You are here",
	close: "Close",
	dock: "Your action",
	group: "Where the group stands",
	dotsNeverWhere: "Never where the dots are while they are hidden.",
	inviteTab: "Invite",
	consentDialogTitle: "A question for you",
	speaking: "Speaking: {name}",
	overShort: "+{time}",
	yourTurnTitle: "Your turn",
	yourTurnText: "The facilitator gives you the floor.",
	nothingHere: "Nothing to do on your side in this step: listen and take part in the exchange.",
	progressSheet: "Sheets on the table: {n} of {total}",
	progressDots: "Placed their 3 dots: {n} of {total}",
	progressAsked: "Asked their question this round: {n} of {total}",
	progressRebond: "Shared a rebond: {n} of {total}",
	progressDone: "done",
	progressNotYet: "not yet",
	endWorkshop: "End the workshop",
	endConfirmTitle: "End the workshop?",
	endConfirmText:
		"The board will become read only for everyone: no more changes, no more steps. The documentation and its exports remain available.",
	endConfirm: "End",
	endCancel: "Continue the workshop",
	endedBadge: "Workshop ended on {date}",
	endedNotice: "Workshop ended on {date} by {name}: the board is read only. The documentation and its exports remain available.",
};

export type WorkspaceTranslate = Translate<WorkspaceKey>;

/** Both tables, for the tests that read every word. */
export const WORKSPACE_TABLES: Readonly<Record<Locale, Readonly<Record<WorkspaceKey, Entry>>>> = { fr: FR, en: EN };

export const workspaceWords: (locale: Locale) => WorkspaceTranslate = catalogue(WORKSPACE_TABLES);
