/**
 * Where "My workshops" comes from: in a browser, the facilitation keys it holds (each
 * checked by the server); in Teams, the signed-in user (single sign-on). Each source
 * also says how to prove a deletion and where a workshop opens.
 */
import type { ApiClient } from "../../api/client";
import type { FacilitatorProof, MyWorkshop } from "../../api/types";
import type { TeamsFeatures } from "../../teams/host";
import { identityStore } from "../identityStore";
import { facilitatorLink } from "../links";

/** The server answers at most this many keys per request. */
const PER_REQUEST = 200;

export interface MineSource {
	/** False: nothing to ask (the section stays hidden). */
	readonly any: boolean;
	/** Hidden while loading and when empty (Teams: the tab's form comes first). */
	readonly quiet: boolean;
	load(): Promise<MyWorkshop[]>;
	proof(id: string): Promise<FacilitatorProof | undefined>;
	/** The facilitator's link, where the workshop opens from here (not in Teams: the meeting's tab opens it). */
	openHref(id: string): string | undefined;
}

export function browserSource(api: ApiClient): MineSource {
	const keys = identityStore.heldKeys();
	const keyOf = (id: string) => keys.find((k) => k.id === id)?.key;
	return {
		any: keys.length > 0,
		quiet: false,
		async load() {
			const found: MyWorkshop[] = [];
			for (let i = 0; i < keys.length; i += PER_REQUEST) {
				found.push(...(await api.myWorkshops(keys.slice(i, i + PER_REQUEST))).workshops);
			}
			return found.sort((a, b) => b.createdAt - a.createdAt);
		},
		async proof(id) {
			const key = keyOf(id);
			return key ? { key } : undefined;
		},
		openHref: (id) => facilitatorLink(window.location.origin, id, keyOf(id)),
	};
}

export function teamsSource(api: ApiClient, teams: TeamsFeatures): MineSource {
	return {
		any: true,
		quiet: true,
		async load() {
			return [...(await api.teamsMyWorkshops(await teams.getSsoToken())).workshops];
		},
		async proof() {
			return { ssoToken: await teams.getSsoToken() };
		},
		openHref: () => undefined,
	};
}
