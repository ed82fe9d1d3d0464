/**
 * The words of a codev group (its page, the return on the last plan, the rotation, the
 * next facilitator), in French (default) and English. French sets a narrow no-break space
 * before : ; ! ? and no-break spaces inside « ».
 */
import { catalogue, type Entry, type Translate } from "../../domain/catalogue";
import type { Locale } from "../../domain/locale";

const FR = {
	groupCreateTitle: "Créer un groupe de codéveloppement",
	groupCreateHint:
		"Un groupe se retrouve de séance en séance : il garde ses règles, le plan d'action de chaque offreur·se et son retour à la séance suivante.",
	groupName: "Nom du groupe",
	groupNamePlaceholder: "Ex. : Codév des responsables d'équipe",
	groupCreate: "Créer le groupe",
	groupJoinTitle: "Rejoindre le groupe « {name} »",
	groupJoin: "Rejoindre le groupe",
	groupLoading: "Chargement du groupe…",
	groupLinkInvalid:
		"Ce lien ne permet pas de rejoindre le groupe (il est incomplet ou n'est plus valable). Demandez le lien du groupe à un·e de ses membres.",
	groupGone: "Vous ne faites plus partie de ce groupe, ou il a été supprimé.",
	groupLink: "Lien du groupe (à partager avec ses membres)",
	groupCopy: "Copier le lien",
	groupCopied: "Lien copié",
	groupMembers: "Membres",
	groupNeverOffered: "n'a pas encore été offreur·se",
	groupOfferedOn: "offreur·se le {dates}",
	groupCurrent: "Séance en cours : {title}",
	groupOpenCurrent: "Rejoindre la séance",
	groupNext: "Prochaine séance",
	groupNextBy: "La prochaine séance est créée par {name}.",
	groupNextYou: "Vous animez la prochaine séance.",
	groupCreateSession: "Créer la séance",
	groupSessionTitle: "Titre de la séance",
	groupHistory: "Les séances du groupe",
	groupNoSession: "Aucune séance pour l'instant.",
	groupSessionLine: "{date} — facilitée par {facilitator}",
	groupSessionOffreur: "Offreur·se : {name}",
	groupNoOffreur: "Pas d'offreur·se (séance sans problématique choisie).",
	groupFormulation: "Demande au groupe : {text}",
	groupPlan: "Plan d'action",
	groupDocumentation: "Documentation gardée (tout le monde était d'accord)",
	groupFormerMember: "ancien·ne membre",
	groupMyLearnings: "Mes apprentissages (visibles par vous seul·e)",
	groupNoLearnings: "Vous n'avez pas encore noté d'apprentissage dans ce groupe.",
	groupLeave: "Quitter le groupe et effacer mon nom de son historique",
	groupLeaveConfirm:
		"Votre nom disparaîtra de l'historique du groupe et vos apprentissages n'y seront plus listés. Vous ne pourrez plus ouvrir ce groupe avec ce navigateur.",
	groupLeaveYes: "Quitter le groupe",
	groupDelete: "Supprimer le groupe",
	groupDeleteConfirm:
		"Le groupe, toutes ses séances, leurs tableaux et leurs retours seront effacés définitivement. Cette action ne peut pas être annulée.",
	groupDeleteYes: "Supprimer définitivement",
	groupCancel: "Annuler",
	groupOpenGroup: "Ouvrir la page du groupe",
	returnTitle: "Retour sur le plan d'action de la séance du {date}",
	returnIntro: "{name} dit où en est chaque action.",
	returnIntroMine:
		"Dites au groupe où en est chacune de vos actions : faite, en cours ou abandonnée, avec un mot si vous le souhaitez.",
	returnNone: "pas encore de retour",
	returnStatus: "Où en est cette action ?",
	returnDone: "faite",
	returnUnderway: "en cours",
	returnDropped: "abandonnée",
	returnComment: "Un mot sur cette action (facultatif)",
	returnSave: "Enregistrer",
	returnSaved: "Retour enregistré",
	returnNoActions: "La séance précédente n'a pas laissé d'action.",
	neverOfferedTitle: "Jamais encore offreur·se dans ce groupe",
	neverOfferedAll: "Tout le monde a déjà été offreur·se dans ce groupe.",
	neverOfferedHint: "Pour information : c'est le vote qui décide.",
	nextFacilitatorTitle: "Qui anime la prochaine séance ?",
	nextFacilitatorPick: "Animateur·rice de la prochaine séance",
	nextFacilitatorSave: "Désigner",
	nextFacilitatorNamed: "{name} animera la prochaine séance et la créera depuis la page du groupe.",
	carriedRules: "Règles reprises de la séance précédente du groupe : confirmez-les ou modifiez-les.",
} as const satisfies Record<string, Entry>;

export type GroupKey = keyof typeof FR;

const EN: Record<GroupKey, Entry> = {
	groupCreateTitle: "Create a codev group",
	groupCreateHint:
		"A group meets session after session: it keeps its rules, each offreur's action plan and their return on it at the next session.",
	groupName: "Group name",
	groupNamePlaceholder: "E.g. Team leads' codev",
	groupCreate: "Create the group",
	groupJoinTitle: "Join the group “{name}”",
	groupJoin: "Join the group",
	groupLoading: "Loading the group…",
	groupLinkInvalid:
		"This link does not open the group (it is incomplete or no longer valid). Ask one of its members for the group's link.",
	groupGone: "You are no longer a member of this group, or it was deleted.",
	groupLink: "The group's link (to share with its members)",
	groupCopy: "Copy the link",
	groupCopied: "Link copied",
	groupMembers: "Members",
	groupNeverOffered: "has not been offreur yet",
	groupOfferedOn: "offreur on {dates}",
	groupCurrent: "Session under way: {title}",
	groupOpenCurrent: "Join the session",
	groupNext: "Next session",
	groupNextBy: "The next session is created by {name}.",
	groupNextYou: "You facilitate the next session.",
	groupCreateSession: "Create the session",
	groupSessionTitle: "Session title",
	groupHistory: "The group's sessions",
	groupNoSession: "No session yet.",
	groupSessionLine: "{date}, facilitated by {facilitator}",
	groupSessionOffreur: "Offreur: {name}",
	groupNoOffreur: "No offreur (no problématique was chosen).",
	groupFormulation: "Asked of the group: {text}",
	groupPlan: "Action plan",
	groupDocumentation: "Documentation kept (everyone agreed)",
	groupFormerMember: "former member",
	groupMyLearnings: "My learnings (only you see them)",
	groupNoLearnings: "You have not written a learning in this group yet.",
	groupLeave: "Leave the group and remove my name from its history",
	groupLeaveConfirm:
		"Your name will disappear from the group's history and your learnings will no longer be listed there. This browser will no longer open the group.",
	groupLeaveYes: "Leave the group",
	groupDelete: "Delete the group",
	groupDeleteConfirm:
		"The group, all its sessions, their boards and their returns will be erased for good. This cannot be undone.",
	groupDeleteYes: "Delete for good",
	groupCancel: "Cancel",
	groupOpenGroup: "Open the group's page",
	returnTitle: "Return on the action plan of the session of {date}",
	returnIntro: "{name} says where each action stands.",
	returnIntroMine: "Tell the group where each of your actions stands: done, under way or dropped, with a word if you like.",
	returnNone: "no return yet",
	returnStatus: "Where does this action stand?",
	returnDone: "done",
	returnUnderway: "under way",
	returnDropped: "dropped",
	returnComment: "A word on this action (optional)",
	returnSave: "Save",
	returnSaved: "Return saved",
	returnNoActions: "The previous session left no action.",
	neverOfferedTitle: "Never offreur in this group yet",
	neverOfferedAll: "Everyone has already been offreur in this group.",
	neverOfferedHint: "For information: the vote decides.",
	nextFacilitatorTitle: "Who facilitates the next session?",
	nextFacilitatorPick: "Facilitator of the next session",
	nextFacilitatorSave: "Name",
	nextFacilitatorNamed: "{name} will facilitate the next session and create it from the group's page.",
	carriedRules: "Rules carried over from the group's previous session: confirm or edit them.",
};

export type GroupTranslate = Translate<GroupKey>;

/** Both tables, for the tests that read every word. */
export const GROUP_TABLES: Readonly<Record<Locale, Readonly<Record<GroupKey, Entry>>>> = { fr: FR, en: EN };

export const groupWords: (locale: Locale) => GroupTranslate = catalogue(GROUP_TABLES);

export { sessionDate, sessionDates, shortSessionDate } from "./offerWords";
