/**
 * The links a facilitator shares, each its own capability in the fragment (which never
 * reaches a server log): the participant link (`#p=`), the observer link (`#o=`), and the
 * facilitator's own (`#k=`). The role comes from which key a link carries.
 */
import type { LinkKeys } from "../api/types";

export interface WorkshopLinks {
	readonly participant: string;
	readonly facilitator: string;
	readonly observer: string;
}

const withKey = (base: string, name: string, key: string | undefined) =>
	key ? `${base}#${name}=${encodeURIComponent(key)}` : base;

/** The facilitator's own link (the workshop's page without a key when there is none). */
export function facilitatorLink(origin: string, workshopId: string, key: string | undefined): string {
	return withKey(`${origin}/w/${workshopId}`, "k", key);
}

export function workshopLinks(
	origin: string,
	workshopId: string,
	key: string | undefined,
	shared: LinkKeys | undefined,
): WorkshopLinks {
	const base = `${origin}/w/${workshopId}`;
	return {
		participant: withKey(base, "p", shared?.participantKey),
		facilitator: facilitatorLink(origin, workshopId, key),
		observer: withKey(base, "o", shared?.observerKey),
	};
}

/** A shared link's key in the page's fragment, and the role it asks for. */
export interface LinkKey {
	readonly role: "participant" | "observer";
	readonly key: string;
}

export function linkKeyFromHash(hash: string): LinkKey | undefined {
	const params = new URLSearchParams(hash.replace(/^#/, ""));
	const observer = params.get("o");
	if (observer) return { role: "observer", key: observer };
	const participant = params.get("p");
	if (participant) return { role: "participant", key: participant };
	return undefined;
}
