/** This browser's identity per workshop (kept across reloads) and the facilitator's key. */
import type { Identity } from "../api/types";

const prefix = (workshopId: string) => `atelier-entraide:${workshopId}:`;

function read<T>(key: string): T | undefined {
	try {
		const raw = window.localStorage.getItem(key);
		return raw ? (JSON.parse(raw) as T) : undefined;
	} catch {
		return undefined;
	}
}

function write(key: string, value: unknown): void {
	try {
		window.localStorage.setItem(key, JSON.stringify(value));
	} catch {
		// Private browsing with storage disabled: the identity lasts for this page only.
	}
}

export const identityStore = {
	get: (workshopId: string) => read<Identity>(`${prefix(workshopId)}identity`),
	set: (workshopId: string, identity: Identity) => write(`${prefix(workshopId)}identity`, identity),
	clear: (workshopId: string) => {
		try {
			window.localStorage.removeItem(`${prefix(workshopId)}identity`);
		} catch {
			// ignore
		}
	},
	/** Practice mode: the identities one person plays in turn (facilitator and a few participants). */
	getPractice: (workshopId: string) => read<Identity[]>(`${prefix(workshopId)}practice`) ?? [],
	setPractice: (workshopId: string, identities: readonly Identity[]) => write(`${prefix(workshopId)}practice`, identities),
	getKey: (workshopId: string) => read<string>(`${prefix(workshopId)}key`),
	setKey: (workshopId: string, key: string) => write(`${prefix(workshopId)}key`, key),
	/** Every facilitation key this browser holds ("My workshops"), in no particular order. */
	heldKeys: (): { id: string; key: string }[] => {
		const held: { id: string; key: string }[] = [];
		try {
			for (let i = 0; i < window.localStorage.length; i++) {
				const id = HELD_KEY.exec(window.localStorage.key(i) ?? "")?.[1];
				const key = id ? read<string>(`${prefix(id)}key`) : undefined;
				if (id && typeof key === "string" && key) held.push({ id, key });
			}
		} catch {
			// storage disabled: nothing held
		}
		return held;
	},
	/** Forgets everything this browser keeps for a workshop: identity, key, practice roles, drafts. */
	forget: (workshopId: string) => {
		try {
			const mine: string[] = [];
			for (let i = 0; i < window.localStorage.length; i++) {
				const name = window.localStorage.key(i);
				if (name?.startsWith(prefix(workshopId))) mine.push(name);
			}
			for (const name of mine) window.localStorage.removeItem(name);
		} catch {
			// ignore
		}
	},
};

const HELD_KEY = /^atelier-entraide:([A-Za-z0-9_-]{1,64}):key$/;

/** The facilitator's link carries the key in the fragment, which never reaches a server log. */
export function keyFromHash(hash: string): string | undefined {
	const params = new URLSearchParams(hash.replace(/^#/, ""));
	return params.get("k") ?? undefined;
}

export function workshopIdFromPath(pathname: string): string | undefined {
	const match = /^\/w\/([A-Za-z0-9_-]{1,64})\/?$/.exec(pathname);
	return match?.[1];
}
