/**
 * The end of the workshop: what everyone reads once it has ended (when, and by whom): the
 * board is read only, the documentation and its exports stay available. The facilitator's
 * "Terminer l'atelier" (confirmed in a dialog) is in ./EndWorkshopButton, the header's
 * short form in ./EndedBadge.
 */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { WorkshopSession } from "../../fluid/session";
import { useTree } from "../hooks";
import { useLocale } from "../i18n";
import { endedDate } from "./EndedBadge";
import { workspaceWords } from "./words";

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
