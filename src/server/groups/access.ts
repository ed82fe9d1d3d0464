/**
 * Who may do what in a codev group, in one place: the group (or a 404), its member by
 * group ticket (or a 401/403), the rows and sessions a view reads, and a membership
 * given when someone joins one of the group's workshops.
 */
import { cleanName } from "../../domain/names";
import { HttpError, ticketInvalid } from "../errors";
import type { WorkshopDeps } from "../routes/workshops";
import type { GroupMemberRecord, GroupRecord, Storage, WorkshopRecord } from "../storage/types";
import type { TicketRole } from "../tickets";
import { sessionsOf, type SessionFacts } from "./history";
import type { GroupTicketSigner } from "./tickets";
import type { GroupRows } from "./views";

export interface GroupDeps extends WorkshopDeps {
	readonly storage: Storage;
	readonly groupTickets: GroupTicketSigner;
}

export const groupNotFound = () => new HttpError(404, { error: "groupNotFound", message: "No such group" });
export const notMember = (message = "This ticket is not a member's of the group") =>
	new HttpError(403, { error: "notMember", message });

export async function groupOr404(storage: Storage, id: string): Promise<GroupRecord> {
	const group = await storage.groups.get(id);
	if (!group) throw groupNotFound();
	return group;
}

/** The member the group ticket names: 401 for no valid group ticket, 403 for another group's or a former member's. */
export async function memberOr403(deps: GroupDeps, group: GroupRecord, ticket: string | undefined): Promise<GroupMemberRecord> {
	const verified = await deps.groupTickets.verify(ticket, deps.now());
	if (!verified) throw ticketInvalid();
	if (verified.groupId !== group.id) throw notMember();
	const member = await deps.storage.groups.member(group.id, verified.userId);
	if (!member) throw notMember("This person is no longer a member of the group");
	return member;
}

export async function rowsOf(storage: Storage, group: GroupRecord): Promise<GroupRows> {
	const [members, returns] = await Promise.all([storage.groups.members(group.id), storage.groups.returns(group.id)]);
	return { group, members, returns };
}

/** The group's sessions, newest first, read from their archives. */
export async function groupSessions(storage: Storage, groupId: string): Promise<SessionFacts[]> {
	return sessionsOf(storage.archive, await storage.workshops.byGroup(groupId));
}

/** The most members a group keeps (a group link passed around cannot grow it without end). */
export const MAX_GROUP_MEMBERS = 100;

/** Adds the person to the group (a member already there keeps their row) and signs their group ticket. */
export async function issueMember(deps: GroupDeps, group: GroupRecord, userId: string, raw: string) {
	// One home for what a name may carry (a Teams name too).
	const name = cleanName(raw) || "?";
	const members = await deps.storage.groups.members(group.id);
	if (!members.some((m) => m.userId === userId) && members.length >= MAX_GROUP_MEMBERS) {
		throw new HttpError(409, {
			error: "groupFull",
			max: MAX_GROUP_MEMBERS,
			message: `A group keeps at most ${MAX_GROUP_MEMBERS} members`,
		});
	}
	const member = await deps.storage.groups.addMember({ groupId: group.id, userId, name, joinedAt: deps.now() });
	const ticket = await deps.groupTickets.sign({ groupId: group.id, userId, name: member.name }, deps.now());
	return { groupId: group.id, userId, name: member.name, ticket };
}

/**
 * Someone joined a workshop: when it is a group's, they become a member of the group (an
 * observer watches and does not: they offer nothing and take no part in the history).
 */
export async function membershipOnJoin(
	deps: GroupDeps,
	record: WorkshopRecord,
	identity: { readonly userId: string; readonly name: string; readonly role: TicketRole },
) {
	if (!record.groupId || identity.role === "observer") return {};
	const group = await deps.storage.groups.get(record.groupId);
	if (!group) return {};
	try {
		return { group: await issueMember(deps, group, identity.userId, identity.name) };
	} catch (error) {
		// A full group never keeps anyone out of its session: they join it, without membership.
		if (error instanceof HttpError && error.body.error === "groupFull") return {};
		throw error;
	}
}
