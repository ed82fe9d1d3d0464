/** The words of "My workshops" (the facilitator's past workshops), in French and English. */
import { catalogue, type Entry, type Translate } from "../../domain/catalogue";
import type { Locale } from "../../domain/locale";

const FR = {
	mineTitle: "Mes ateliers",
	mineHint: "Les ateliers que vous facilitez depuis ce navigateur.",
	mineHintTeams: "Les ateliers que vous facilitez dans Teams.",
	mineLoading: "Chargement de vos ateliers…",
	mineNone: "Aucun atelier à afficher.",
	mineActive: "En cours",
	mineEnded: "Terminé",
	mineCreatedOn: "Créé le {date}",
	mineOpen: "Ouvrir",
	mineOpenLabel: "Ouvrir «\u00A0{title}\u00A0»",
	mineDelete: "Supprimer",
	mineDeleteLabel: "Supprimer «\u00A0{title}\u00A0»",
	mineDeleteTitle: "Supprimer définitivement «\u00A0{title}\u00A0»\u202F?",
	mineDeleteText:
		"L’atelier, son tableau et ce que le serveur en garde seront effacés, pour tout le monde. C’est définitif\u202F: rien ne pourra être récupéré.",
	mineDeleteConfirm: "Supprimer définitivement",
	mineDeleting: "Suppression…",
	mineKeep: "Garder l’atelier",
	mineDeleted: "«\u00A0{title}\u00A0» a été supprimé.",
	mineDeleteFailed: "La suppression n’a pas abouti\u202F: {reason}",
	mineLoadFailed: "Vos ateliers n’ont pas pu être chargés\u202F: {reason}",
} as const satisfies Record<string, Entry>;

export type MyWorkshopsKey = keyof typeof FR;

const EN: Record<MyWorkshopsKey, Entry> = {
	mineTitle: "My workshops",
	mineHint: "The workshops you facilitate from this browser.",
	mineHintTeams: "The workshops you facilitate in Teams.",
	mineLoading: "Loading your workshops…",
	mineNone: "No workshop to show.",
	mineActive: "Active",
	mineEnded: "Ended",
	mineCreatedOn: "Created {date}",
	mineOpen: "Open",
	mineOpenLabel: "Open “{title}”",
	mineDelete: "Delete",
	mineDeleteLabel: "Delete “{title}”",
	mineDeleteTitle: "Delete “{title}” for good?",
	mineDeleteText:
		"The workshop, its board and what the server keeps of it will be erased, for everyone. This is final: nothing can be recovered.",
	mineDeleteConfirm: "Delete for good",
	mineDeleting: "Deleting…",
	mineKeep: "Keep the workshop",
	mineDeleted: "“{title}” was deleted.",
	mineDeleteFailed: "The workshop could not be deleted: {reason}",
	mineLoadFailed: "Your workshops could not be loaded: {reason}",
};

export type MyWorkshopsTranslate = Translate<MyWorkshopsKey>;

/** Both tables, for the tests that read every word. */
export const MY_WORKSHOPS_TABLES: Readonly<Record<Locale, Readonly<Record<MyWorkshopsKey, Entry>>>> = { fr: FR, en: EN };

export const myWorkshopsWords: (locale: Locale) => MyWorkshopsTranslate = catalogue(MY_WORKSHOPS_TABLES);
