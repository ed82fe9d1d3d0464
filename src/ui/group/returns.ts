/** How a return on a plan action reads: its status in words, and the plan item's line. */
import type { ReturnStatus } from "../../domain/groups";
import type { Locale } from "../../domain/locale";
import { labelled } from "../../domain/typography";
import { whenOf } from "../../domain/documentation";
import type { GroupTranslate } from "./words";

export { RETURN_STATUSES } from "../../domain/groups";

export function returnWord(status: ReturnStatus, g: GroupTranslate): string {
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
	ret: { readonly status: ReturnStatus; readonly comment: string },
	g: GroupTranslate,
	locale: Locale,
): string {
	const word = returnWord(ret.status, g);
	return ret.comment ? labelled(word, ret.comment, locale) : word;
}
