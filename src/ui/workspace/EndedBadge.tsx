/** "Terminé le …" in the header once the workshop has ended (the notice is in ./EndWorkshop). */
import { Text } from "@fluentui/react-components";
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
