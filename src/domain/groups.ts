/**
 * A codev group across sessions (issue 12), its rules in one place: who has already been
 * offreur and when (information for the vote, not a rule: the vote decides, as the kit
 * says), who has never offered, which earlier session's plan the next one opens with, the
 * statuses of a return on an action, and who may start or delete the group's sessions.
 */

/** A return on one action of the previous plan: done, under way, dropped. */
export const RETURN_STATUSES = ["done", "underway", "dropped"] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

export function isReturnStatus(value: unknown): value is ReturnStatus {
	return typeof value === "string" && (RETURN_STATUSES as readonly string[]).includes(value);
}

/** One session of the group as the rules see it: when, and its consented offreur (if any). */
export interface SessionOffer {
	readonly workshopId: string;
	/** The session's creation time (server ms). */
	readonly date: number;
	readonly offreurId: string | undefined;
}

const oldestFirst = (a: SessionOffer, b: SessionOffer) => a.date - b.date || (a.workshopId < b.workshopId ? -1 : 1);

/** The sessions before this one (created earlier; the session itself never), oldest first. */
export function earlierThan<T extends SessionOffer>(sessions: readonly T[], current: SessionOffer): T[] {
	return sessions.filter((s) => s.workshopId !== current.workshopId && oldestFirst(s, current) < 0).sort(oldestFirst);
}

/** Each offreur's session dates, oldest first. */
export function offersByPerson(sessions: readonly SessionOffer[]): Map<string, number[]> {
	const offers = new Map<string, number[]>();
	for (const s of [...sessions].sort(oldestFirst)) {
		if (!s.offreurId) continue;
		offers.set(s.offreurId, [...(offers.get(s.offreurId) ?? []), s.date]);
	}
	return offers;
}

/** The members (in their order) who have never been offreur in these sessions. */
export function neverOffered(memberIds: readonly string[], sessions: readonly SessionOffer[]): string[] {
	const offers = offersByPerson(sessions);
	return memberIds.filter((id) => !offers.has(id));
}

/** The session whose plan the next one opens with: the latest of these that had an offreur. */
export function previousOffer<T extends SessionOffer>(earlier: readonly T[]): T | undefined {
	return [...earlier]
		.sort(oldestFirst)
		.reverse()
		.find((s) => s.offreurId !== undefined);
}

/** Only the previous session's offreur gives the return on their plan (never as an observer). */
export function mayGiveReturn(
	me: { readonly userId: string; readonly role: string },
	previousOffreurId: string | undefined,
): boolean {
	return previousOffreurId !== undefined && me.role !== "observer" && me.userId === previousOffreurId;
}

/** The group's next facilitator starts its next session, once no session is running. */
export function mayCreateSession(userId: string, nextFacilitatorId: string, hasActive: boolean): boolean {
	return userId !== "" && userId === nextFacilitatorId && !hasActive;
}

/** The group's creator and its next facilitator may delete it (and every session with it). */
export function mayDeleteGroup(
	userId: string,
	group: { readonly creatorId: string; readonly nextFacilitatorId: string },
): boolean {
	return userId !== "" && (userId === group.creatorId || userId === group.nextFacilitatorId);
}

/**
 * Who facilitates next when the named one leaves the group: the first of the candidates
 * (in the order given: e.g. the latest session's facilitator, then the members by join
 * date) who is still a member; "" when none is left.
 */
export function nextFacilitatorAfterLeave(leaving: string, current: string, candidates: readonly string[]): string {
	if (current !== leaving) return current;
	return candidates.find((id) => id !== leaving && id !== "") ?? "";
}
