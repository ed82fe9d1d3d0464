/** The interface's own words, in French (default) and English. Kit words stay in French. */
import { createContext, useContext } from "react";
import { catalogue, type Entry } from "../domain/catalogue";
import type { Locale } from "../domain/locale";

const FR = {
	appName: "Atelier d'entraide",
	tagline: "Un atelier de codéveloppement entre pairs, sur un tableau partagé en direct.",
	createTitle: "Créer un atelier",
	workshopTitle: "Titre de l'atelier",
	workshopTitlePlaceholder: "Ex. : Atelier d'entraide de l'équipe projet",
	announcedEnd: "Heure de fin annoncée",
	yourName: "Votre nom",
	create: "Créer l'atelier",
	groupCta: "Créer un groupe de codéveloppement",
	groupCtaHint:
		"Pour un groupe qui se retrouve de séance en séance : ses règles, le plan d'action de chaque offreur·se et son retour, l'historique des séances.",
	creating: "Création…",
	joinTitle: "Rejoindre l'atelier",
	join: "Rejoindre",
	joining: "Connexion…",
	observeTitle: "Suivre l'atelier en observation",
	observeHint: "Ce lien d'observation est en lecture seule : vous suivez le tableau sans y écrire.",
	loading: "Chargement de l'atelier…",
	pageLoading: "Chargement…",
	chunkFailed:
		"Cette partie de la page n'a pas pu s'afficher (l'application a peut-être été mise à jour, ou la connexion coupée). Rechargez la page : rien de ce qui est sur le tableau n'est perdu.",
	reloadPage: "Recharger la page",
	linksLoading: "Préparation des liens…",
	errLinkKey:
		"Ce lien ne permet pas de rejoindre l'atelier (il est incomplet ou n'est plus valable). Demandez le lien participant·e ou le lien d'observation à la personne qui facilite.",
	errRegistryFull:
		"Le serveur accueille déjà autant d'ateliers qu'il le peut : réessayez plus tard ou prévenez la personne qui l'administre.",
	errTooManyActive:
		"Vous facilitez déjà {max} ateliers qui ne sont pas terminés : terminez-en ou supprimez-en un avant d'en créer un autre.",
	charCount: "{n} / {max} caractères",
	errTooLong: "Trop long : {max} caractères au maximum.",
	errEmpty: "Ce champ est obligatoire.",
	errEndTime: "L'heure de fin doit être dans le futur.",
	errRateLimited:
		"Trop de demandes à la suite : patientez une minute, puis réessayez. Rien de ce que vous avez saisi n'est perdu.",
	errNetwork: "Le serveur ne répond pas. Vérifiez votre connexion et réessayez : rien de ce que vous avez saisi n'est perdu.",
	errNotFound:
		"Cet atelier n'existe pas ou plus (il a peut-être été supprimé). Demandez un nouveau lien à la personne qui facilite, ou créez un atelier.",
	errWrongKey: "Ce lien de facilitation n'est pas valide pour cet atelier.",
	errTicket: "Votre identité n'est plus valide pour cet atelier : saisissez à nouveau votre nom.",
	errUnavailable: "Le tableau de l'atelier ne peut pas être chargé pour l'instant (le service redémarre peut-être).",
	retrying: "Nouvel essai dans quelques secondes…",
	restoredNotice:
		"Le tableau a été restauré après une interruption du service. Il reprend l'état enregistré à {time} : ce qui a été écrit dans les toutes dernières secondes avant peut manquer.",
	restoredDismiss: "J'ai compris",
	errNewer:
		"Cet atelier a été enregistré par une version plus récente de l'application : rechargez la page pour la mettre à jour.",
	errOlder:
		"Cet atelier a été enregistré par une version plus ancienne de l'application : la personne qui facilite doit l'ouvrir pour le mettre à jour.",
	errGeneric: "Une erreur est survenue : {message}",
	retry: "Réessayer",
	newWorkshop: "Nouvel atelier",
	step: "Étape {n} / {total}",
	yourRole: "Votre rôle : {role}",
	youMayNow: "Ce que vous pouvez faire maintenant",
	nothingToDo: "Écoutez et prenez part à l'échange.",
	next: "Étape suivante",
	previous: "Étape précédente",
	jumpTo: "Aller à l'étape",
	participants: "Participants",
	online: "en ligne",
	offline: "hors ligne",
	you: "vous",
	shareTitle: "Inviter",
	participantLink: "Lien participant·e (à partager)",
	facilitatorLink: "Votre lien de facilitation (à garder pour vous)",
	observerLink: "Lien d'observation (lecture seule)",
	copy: "Copier",
	copied: "Copié",
	timeLeft: "Temps restant",
	overtime: "Dépassement",
	endAt: "Fin annoncée : {time}",
	projectedEnd: "Fin prévue : {time}",
	late: "{minutes} min de retard prévues",
	onTime: "dans les temps",
	reconnecting: "Connexion perdue : reconnexion… Vos modifications seront envoyées au retour de la connexion.",
	unsaved: "Modifications en cours d'envoi…",
	readOnly: "Lecture seule",
	credit: "Processus inspiré de la méthodologie de codéveloppement professionnel (Adrien Payette et Claude Champagne)",
	language: "Language: English",
	workshop: "Atelier",
	boardLabel: "Tableau partagé de l'atelier (« Vue liste » en donne le contenu et toutes les actions au clavier)",
	boardTools: "Outils du tableau",
	boardKeys: "Tableau : + et − zooment, les flèches déplacent la vue, F cadre l'étape, Ctrl+Z annule",
	zoomIn: "Zoomer",
	zoomOut: "Dézoomer",
	fitStep: "Cadrer l'étape en cours",
	follow: "Suivre la personne qui facilite",
	undo: "Annuler",
	redo: "Rétablir",
	editNote: "Modifier le texte de la note",
	save: "Enregistrer",
	cancel: "Annuler",
	putOnTable: "Poser sur la table",
	handOver: "Passer la facilitation",
	handOverTitle: "Passer la facilitation à {name} ?",
	handOverText:
		"{name} deviendra la personne qui facilite : le déroulé, le temps et les tours de parole passent entre ses mains. Votre lien de facilitation ne fonctionnera plus.",
	handOverConfirm: "Passer la facilitation",
	practice: "Mode préparation : parcourir seul·e le déroulé en changeant de rôle (comme le propose le kit)",
	practicePerson: "Personne {letter}",
	playAs: "Jouer le rôle de",
	practiceBadge: "Préparation",
	teamsConfigHint:
		"Vous serez la personne qui facilite. Chaque participant·e de la réunion ouvrira le même atelier depuis l'onglet.",
	shareToStage: "Partager sur la scène de la réunion",
	sharingOnStage: "Partagé sur la scène",
} as const satisfies Record<string, Entry>;

export type MessageKey = keyof typeof FR;

const EN: Record<MessageKey, Entry> = {
	appName: "Atelier d'entraide",
	tagline: "A peer co-development workshop on one live shared board.",
	createTitle: "Create a workshop",
	workshopTitle: "Workshop title",
	workshopTitlePlaceholder: "E.g. Project team mutual-aid workshop",
	announcedEnd: "Announced end time",
	yourName: "Your name",
	create: "Create the workshop",
	groupCta: "Create a codev group",
	groupCtaHint:
		"For a group that meets session after session: its rules, each offreur's action plan and their return on it, the history of its sessions.",
	creating: "Creating…",
	joinTitle: "Join the workshop",
	join: "Join",
	joining: "Connecting…",
	observeTitle: "Follow the workshop as an observer",
	observeHint: "This observer link is read only: you follow the board without writing on it.",
	loading: "Loading the workshop…",
	pageLoading: "Loading…",
	chunkFailed:
		"This part of the page could not be shown (the app may have been updated, or the connection lost). Reload the page: nothing on the board is lost.",
	reloadPage: "Reload the page",
	linksLoading: "Preparing the links…",
	errLinkKey:
		"This link does not open the workshop (it is incomplete or no longer valid). Ask the facilitator for the participant link or the observer link.",
	errRegistryFull: "The server already holds as many workshops as it can: try again later or tell its administrator.",
	errTooManyActive: "You already facilitate {max} workshops that have not ended: end or delete one before creating another.",
	charCount: "{n} / {max} characters",
	errTooLong: "Too long: {max} characters at most.",
	errEmpty: "This field is required.",
	errEndTime: "The end time must be in the future.",
	errRateLimited: "Too many requests in a row: wait a minute, then try again. Nothing you typed is lost.",
	errNetwork: "The server does not answer. Check your connection and try again: nothing you typed is lost.",
	errNotFound:
		"This workshop does not exist or no longer exists (it may have been deleted). Ask the facilitator for a new link, or create a workshop.",
	errWrongKey: "This facilitation link is not valid for this workshop.",
	errTicket: "Your identity is no longer valid for this workshop: enter your name again.",
	errUnavailable: "The workshop's board cannot be loaded right now (the service may be restarting).",
	retrying: "Trying again in a few seconds…",
	restoredNotice:
		"The board was restored after a service interruption. It holds the state saved at {time}: anything written in the last few seconds before may be missing.",
	restoredDismiss: "Got it",
	errNewer: "This workshop was saved by a newer version of the app: reload the page to update it.",
	errOlder: "This workshop was saved by an older version of the app: the facilitator must open it to upgrade it.",
	errGeneric: "Something went wrong: {message}",
	retry: "Try again",
	newWorkshop: "New workshop",
	step: "Step {n} / {total}",
	yourRole: "Your role: {role}",
	youMayNow: "What you can do now",
	nothingToDo: "Listen and take part in the exchange.",
	next: "Next step",
	previous: "Previous step",
	jumpTo: "Go to step",
	participants: "Participants",
	online: "online",
	offline: "offline",
	you: "you",
	shareTitle: "Invite",
	participantLink: "Participant link (share it)",
	facilitatorLink: "Your facilitation link (keep it to yourself)",
	observerLink: "Observer link (read only)",
	copy: "Copy",
	copied: "Copied",
	timeLeft: "Time left",
	overtime: "Over time",
	endAt: "Announced end: {time}",
	projectedEnd: "Projected end: {time}",
	late: "{minutes} min late projected",
	onTime: "on time",
	reconnecting: "Connection lost: reconnecting… Your changes will be sent when the connection is back.",
	unsaved: "Sending changes…",
	readOnly: "Read only",
	credit: "Process inspired by the professional co-development method (Adrien Payette and Claude Champagne)",
	language: "Langue : français",
	workshop: "Workshop",
	boardLabel: "The workshop's shared board (“List view” gives its content and every action by keyboard)",
	boardTools: "Board tools",
	boardKeys: "Board: + and − zoom, arrows move the view, F frames the step, Ctrl+Z undoes",
	zoomIn: "Zoom in",
	zoomOut: "Zoom out",
	fitStep: "Fit the current step",
	follow: "Follow the facilitator",
	undo: "Undo",
	redo: "Redo",
	editNote: "Edit the note's text",
	save: "Save",
	cancel: "Cancel",
	putOnTable: "Put it on the table",
	handOver: "Hand over the facilitation",
	handOverTitle: "Hand the facilitation over to {name}?",
	handOverText:
		"{name} will become the facilitator: the steps, the time and the turns pass into their hands. Your facilitation link will no longer work.",
	handOverConfirm: "Hand over",
	practice: "Practice mode: walk the whole workshop alone, switching roles (as the kit suggests)",
	practicePerson: "Person {letter}",
	playAs: "Play as",
	practiceBadge: "Practice",
	teamsConfigHint: "You will be the facilitator. Everyone in the meeting opens the same workshop from the tab.",
	shareToStage: "Share to the meeting stage",
	sharingOnStage: "Shared on the stage",
};

/** Both tables, for the tests that read every word. */
export const MESSAGES: Readonly<Record<Locale, Readonly<Record<MessageKey, Entry>>>> = { fr: FR, en: EN };

export type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

export const translator: (locale: Locale) => Translate = catalogue(MESSAGES);

export interface LocaleContextValue {
	readonly locale: Locale;
	readonly t: Translate;
}

export const LocaleContext = createContext<LocaleContextValue>({ locale: "fr", t: translator("fr") });

export function useLocale(): LocaleContextValue {
	return useContext(LocaleContext);
}
