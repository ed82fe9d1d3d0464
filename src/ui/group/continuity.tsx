/**
 * A workshop's place in its codev group, as the server derives it from the group's earlier
 * sessions: the previous offreur's plan and their return, who has offered before (and
 * when), who never has. Asked at the start and at each step change; during the accueil,
 * every few seconds too, so everyone sees the return as the previous offreur gives it.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { ApiClient } from "../../api/client";
import type { StepId } from "../../domain/steps";
import type { WorkshopSession } from "../../fluid/session";
import { usePanelView } from "../board-list/panelView";
import { useWorkshop } from "../workshopContext";
import { offerWords, sessionDates, shortSessionDate } from "./offerWords";
import type { Locale } from "../../domain/locale";

export type ContinuityData = Awaited<ReturnType<ApiClient["continuity"]>>;
export type PreviousPlan = NonNullable<ContinuityData["previous"]>;

export interface ContinuityValue {
	/** Undefined until the first answer, or for a workshop outside any group. */
	readonly data: ContinuityData | undefined;
	readonly refresh: () => void;
	/** After the previous offreur saved a return: the plan as the server now has it. */
	readonly setPrevious: (previous: PreviousPlan) => void;
}

const NONE: ContinuityValue = { data: undefined, refresh: () => undefined, setPrevious: () => undefined };
const ContinuityContext = createContext<ContinuityValue>(NONE);

const POLL_AT_ACCUEIL_MS = 4000;

export function ContinuityProvider(props: {
	readonly api: ApiClient;
	readonly session: WorkshopSession;
	readonly step: StepId;
	readonly children: ReactNode;
}) {
	const { api, session, step } = props;
	const [data, setData] = useState<ContinuityData>();
	const [asked, setAsked] = useState(0);
	const inGroup = data === undefined || data.group !== null;
	const refresh = useCallback(() => setAsked((n) => n + 1), []);

	// biome-ignore lint/correctness/useExhaustiveDependencies: asked again at each step change and refresh
	useEffect(() => {
		if (!inGroup) return;
		let live = true;
		api.continuity(session.workshopId, { ticket: session.me.ticket }).then(
			(next) => live && setData(next),
			// A failed read keeps what was shown (the server restarting, a dropped connection): the next step asks again.
			() => undefined,
		);
		return () => {
			live = false;
		};
	}, [api, session, step, asked, inGroup]);

	useEffect(() => {
		if (step !== "accueil" || !data?.previous) return;
		const id = setInterval(refresh, POLL_AT_ACCUEIL_MS);
		return () => clearInterval(id);
	}, [step, data?.previous, refresh]);

	const value = useMemo<ContinuityValue>(
		() => ({
			data: data?.group ? data : undefined,
			refresh,
			setPrevious: (previous) => setData((d) => (d ? { ...d, previous } : d)),
		}),
		[data, refresh],
	);
	return <ContinuityContext.Provider value={value}>{props.children}</ContinuityContext.Provider>;
}

/** The provider, fed by the open workshop's step (inside its WorkshopContext). */
export function ContinuityFromView({ children }: { readonly children: ReactNode }) {
	const { api, session } = useWorkshop();
	const view = usePanelView();
	return (
		<ContinuityProvider api={api} session={session} step={view.step}>
			{children}
		</ContinuityProvider>
	);
}

export function useContinuity(): ContinuityValue {
	return useContext(ContinuityContext);
}

/** When each author of a problématique was offreur before in this group ("3 novembre 2026"), by user id. */
export function priorOfferDates(data: ContinuityData | undefined, locale: Locale): ReadonlyMap<string, string> {
	const map = new Map<string, string>();
	for (const offer of data?.priorOffers ?? []) if (offer.at.length > 0) map.set(offer.userId, sessionDates(offer.at, locale));
	return map;
}

/** The flag a note of the board carries when its author offered before: the latest time, short ("Déjà offreur·se le 1 déc. 2026"). */
export function priorOfferFlags(data: ContinuityData | undefined, locale: Locale): ReadonlyMap<string, string> {
	const map = new Map<string, string>();
	const g = offerWords(locale);
	for (const offer of data?.priorOffers ?? []) {
		const latest = Math.max(...offer.at);
		if (offer.at.length > 0) map.set(offer.userId, g("priorOfferShort", { date: shortSessionDate(latest, locale) }));
	}
	return map;
}
