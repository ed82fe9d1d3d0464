/** How a return on a plan action reads: its status in words, and the plan item's line. */
import type { Locale } from "../../domain/locale";
import { labelled } from "../../domain/typography";
import { whenOf } from "../../domain/documentation";
import type { GroupTranslate } from "./words";

export const RETURN_STATUSES = ["done", "underway", "dropped"] as const;
export type ReturnStatusName = (typeof RETURN_STATUSES)[number];

export function returnWord(status: ReturnStatusName, g: GroupTranslate): string {
	return g(status === "done" ? "returnDone" : status === "underway" ? "returnUnderway" : "returnDropped");
}

/** "Appeler le client — fin du mois" / with its due day when it has one. */
export function actionLine(
	action: { readonly text: string; readonly when: string; readonly due?: string | undefined },
	locale: Locale,
): string {
	const when = whenOf(action, locale);
	return when ? `${action.text} — ${when}` : action.text;
}

/** "faite : j'ai appelé" / "done: called them". */
export function returnLine(
	ret: { readonly status: ReturnStatusName; readonly comment: string },
	g: GroupTranslate,
	locale: Locale,
): string {
	const word = returnWord(ret.status, g);
	return ret.comment ? labelled(word, ret.comment, locale) : word;
}
