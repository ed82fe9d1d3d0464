/**
 * The end of the workshop: what everyone reads once it has ended (when, and by whom): the
 * board is read only, the documentation and its exports stay available. The facilitator's
 * "Terminer l'atelier" (confirmed in a dialog) is in ./EndWorkshopButton.
 */
import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { Locale } from "../../domain/locale";
import { firstOfMonth } from "../../domain/planDate";
import type { WorkshopSession } from "../../fluid/session";
import { useTree } from "../hooks";
import { useLocale } from "../i18n";
import { workspaceWords } from "./words";

export function endedDate(at: number, locale: Locale): string {
	return firstOfMonth(
		new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long", timeStyle: "short" }).format(at),
		locale,
	);
}

/** "Atelier terminé le … par …": shown to everyone once the workshop has ended. */
export function EndedNotice({ session }: { readonly session: WorkshopSession }) {
	const { locale } = useLocale();
	const w = workspaceWords(locale);
	const process = session.processView.root;
	const ended = useTree(
		process,
		() => (process.endedAt === undefined ? undefined : { at: process.endedAt, by: process.facilitatorName }),
		(a, b) => a?.at === b?.at && a?.by === b?.by,
	);
	if (!ended) return null;
	return (
		<MessageBar intent="info" layout="multiline" style={{ flexShrink: 0 }} data-testid="workshop-ended" data-ended-at={ended.at}>
			<MessageBarBody>{w("endedNotice", { date: endedDate(ended.at, locale), name: ended.by })}</MessageBarBody>
		</MessageBar>
	);
}

/** The header's short form. */
export function EndedBadge({ session }: { readonly session: WorkshopSession }) {
	const { locale } = useLocale();
	const process = session.processView.root;
	const at = useTree(process, () => process.endedAt);
	if (at === undefined) return null;
	return (
		<Text size={200} weight="semibold" data-testid="ended-badge">
			{workspaceWords(locale)("endedBadge", { date: endedDate(at, locale) })}
		</Text>
	);
}
