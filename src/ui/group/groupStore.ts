/**
 * This browser's membership of codev groups (kept across reloads): per group, the member
 * it holds (user id, name, group ticket). With it, every workshop of the group opens with
 * the same identity, so the group knows who offered before and whose learnings are whose.
 */
import type { GroupMember } from "../../api/types";

const key = (groupId: string) => `atelier-entraide:group:${groupId}:member`;
const carriedKey = (workshopId: string) => `atelier-entraide:${workshopId}:carriedRules`;

function read<T>(name: string): T | undefined {
	try {
		const raw = window.localStorage.getItem(name);
		return raw ? (JSON.parse(raw) as T) : undefined;
	} catch {
		return undefined;
	}
}

function write(name: string, value: unknown): void {
	try {
		window.localStorage.setItem(name, JSON.stringify(value));
	} catch {
		// storage disabled: the membership lasts for this page only
	}
}

function remove(name: string): void {
	try {
		window.localStorage.removeItem(name);
	} catch {
		// ignore
	}
}

export const groupStore = {
	get: (groupId: string) => read<GroupMember>(key(groupId)),
	set: (member: GroupMember) => write(key(member.groupId), member),
	forget: (groupId: string) => remove(key(groupId)),
	/**
	 * The rules a new session of the group starts with, kept between its creation (the
	 * group page) and the facilitator's first arrival, when the documents are made.
	 */
	setCarriedRules: (workshopId: string, rules: readonly string[]) => write(carriedKey(workshopId), rules),
	carriedRules: (workshopId: string): string[] => {
		const rules = read<unknown>(carriedKey(workshopId));
		return Array.isArray(rules) ? rules.filter((r): r is string => typeof r === "string") : [];
	},
	/** Once the documents hold them. */
	clearCarriedRules: (workshopId: string) => remove(carriedKey(workshopId)),
};

/** `/g/<id>`: a group's page. */
export function groupIdFromPath(pathname: string): string | undefined {
	return /^\/g\/([A-Za-z0-9_-]{1,64})\/?$/.exec(pathname)?.[1];
}

/** The group link's key (`#g=`), kept in the fragment, which never reaches a server log. */
export function groupKeyFromHash(hash: string): string | undefined {
	return new URLSearchParams(hash.replace(/^#/, "")).get("g") ?? undefined;
}

export function groupLink(origin: string, groupId: string, memberKey: string): string {
	return `${origin}/g/${groupId}#g=${memberKey}`;
}
