/**
 * What the server keeps of a codev group (issue 12), beside its workshops' records and
 * archives: the group, its members as they joined, and the previous offreurs' returns on
 * their plans. The rest of its history is read from the archives (`server/groups/history.ts`).
 */

export interface GroupRecord {
	readonly id: string;
	readonly name: string;
	readonly createdAt: number;
	readonly creatorId: string;
	/** The group link's key (`/g/<id>#g=<key>`): a capability, like a participant link's key. */
	readonly memberKey: string;
	/** In Teams, the meeting's chat id: the chat is the group. */
	readonly teamsChatId?: string | undefined;
	/** A member's user id: who creates the next workshop. */
	readonly nextFacilitatorId: string;
}

export interface GroupMemberRecord {
	readonly groupId: string;
	readonly userId: string;
	readonly name: string;
	readonly joinedAt: number;
}

import type { ReturnStatus } from "../../domain/groups";

export type { ReturnStatus };

export interface PlanReturnRecord {
	readonly groupId: string;
	/** The session whose plan it is. */
	readonly workshopId: string;
	readonly actionId: string;
	readonly status: ReturnStatus;
	readonly comment: string;
	readonly at: number;
	readonly byUserId: string;
}

export interface GroupStore {
	get(id: string): Promise<GroupRecord | undefined>;
	put(group: GroupRecord): Promise<void>;
	/** The group of a Teams meeting chat, if any. */
	byChat(chatId: string): Promise<GroupRecord | undefined>;
	/** Groups created before this time (retention). */
	createdBefore(time: number): Promise<GroupRecord[]>;
	/** The members, in join order. */
	members(groupId: string): Promise<GroupMemberRecord[]>;
	member(groupId: string, userId: string): Promise<GroupMemberRecord | undefined>;
	/** Adds the member; one already there keeps their row (join date and name) as it is. */
	addMember(member: GroupMemberRecord): Promise<GroupMemberRecord>;
	/** The member leaves the group's history: their row and their returns go, in one transaction. */
	removeMember(groupId: string, userId: string): Promise<void>;
	returns(groupId: string): Promise<PlanReturnRecord[]>;
	/** Puts (or replaces) the return on one action of one session's plan. */
	putReturn(entry: PlanReturnRecord): Promise<void>;
	/** Erases the group, its members and returns (its workshops are erased before, one by one). */
	delete(id: string): Promise<void>;
}
