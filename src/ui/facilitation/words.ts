/** The facilitation panels' words, in French and English. */
import { catalogue, type Entry } from "../../domain/catalogue";
import type { Locale } from "../../domain/locale";
import { formatClock } from "../../domain/timeplan";

const FR = {
	pause: "Pause",
	resume: "Reprendre",
	addMinute: "+1 min",
	removeMinute: "−1 min",
	paused: "En pause",
	timeUp: "Le temps de cette étape est écoulé.",
	sound: "Signal sonore",
	takeBack: "Pour tenir l'heure de fin, vous pouvez reprendre jusqu'à {minutes} min sur les échanges.",
	echangesMinutes: "Durée prévue des échanges ({min} à {max} min)",
	turnOf: "Parole à {name}",
	turnLeft: "{time} restantes",
	turnOver: "Temps dépassé de {time}",
	giveTurn: "Donner la parole (temps par personne)",
	endTurn: "Fin du tour",
	nobody: "Personne n'a la parole.",
	recallTitle: "Rappel de la personne qui facilite",
	recall: "Rappeler une règle",
	recallPosture: "La posture de l'étape",
	dismiss: "Fermer",
	myCard: "Ma carte rôle",
	yourCard: "Votre carte rôle",
	close: "Fermer",
	duties: "Vos rappels",
} as const satisfies Record<string, Entry>;

export type FacilitationKey = keyof typeof FR;

const EN: Record<FacilitationKey, Entry> = {
	pause: "Pause",
	resume: "Resume",
	addMinute: "+1 min",
	removeMinute: "−1 min",
	paused: "Paused",
	timeUp: "Time is up for this step.",
	sound: "Sound signal",
	takeBack: "To keep the announced end, you can take back up to {minutes} min from the exchanges.",
	echangesMinutes: "Planned length of the exchanges ({min} to {max} min)",
	turnOf: "{name} has the floor",
	turnLeft: "{time} left",
	turnOver: "Over by {time}",
	giveTurn: "Give the floor (timed per person)",
	endTurn: "End of turn",
	nobody: "Nobody has the floor.",
	recallTitle: "The facilitator recalls",
	recall: "Recall a rule",
	recallPosture: "This step's posture",
	dismiss: "Dismiss",
	myCard: "My role card",
	yourCard: "Your role card",
	close: "Close",
	duties: "Your reminders",
};

export type FacilitationTranslate = (key: FacilitationKey, vars?: Readonly<Record<string, string | number>>) => string;

/** Both tables, for the tests that read every word. */
export const FACILITATION_TABLES: Readonly<Record<Locale, Readonly<Record<FacilitationKey, Entry>>>> = { fr: FR, en: EN };

export const facilitationWords: (locale: Locale) => FacilitationTranslate = catalogue(FACILITATION_TABLES);

/** m:ss of a duration (absolute value). */
export const clock = formatClock;
