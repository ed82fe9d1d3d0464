/** "déjà offreur·se le 3 novembre 2026" under a problématique whose author offered before in this group (information: the vote decides). */
import { Caption1, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { useLocale } from "../i18n";
import { priorOfferDates, useContinuity } from "./continuity";
import { offerWords } from "./offerWords";

export function PriorOffer({ authorId }: { readonly authorId: string }) {
	const { locale } = useLocale();
	const { data } = useContinuity();
	const dates = useMemo(() => priorOfferDates(data, locale), [data, locale]).get(authorId);
	if (!dates) return null;
	return (
		<Caption1 block data-testid="prior-offer" style={{ color: tokens.colorNeutralForeground3 }}>
			{offerWords(locale)("priorOffer", { dates })}
		</Caption1>
	);
}
