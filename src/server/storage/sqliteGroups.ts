/** The codev groups' tables (migration 3): groups, their members, the plan returns. */
import type { SqliteDb } from "./sqliteDb";
import { isReturnStatus } from "../../domain/groups";
import type { GroupMemberRecord, GroupRecord, GroupStore, PlanReturnRecord } from "./groups";

interface GroupRow {
	readonly id: string;
	readonly name: string;
	readonly created_at: number;
	readonly creator_id: string;
	readonly member_key: string;
	readonly teams_chat_id: string | null;
	readonly next_facilitator_id: string;
}

interface MemberRow {
	readonly group_id: string;
	readonly user_id: string;
	readonly name: string;
	readonly joined_at: number;
}

interface ReturnRow {
	readonly group_id: string;
	readonly workshop_id: string;
	readonly action_id: string;
	readonly status: string;
	readonly comment: string;
	readonly at: number;
	readonly by_user_id: string;
}

const GROUP_COLUMNS = "id, name, created_at, creator_id, member_key, teams_chat_id, next_facilitator_id";
const MEMBER_COLUMNS = "group_id, user_id, name, joined_at";
const RETURN_COLUMNS = "group_id, workshop_id, action_id, status, comment, at, by_user_id";

function groupOf(row: GroupRow): GroupRecord {
	return {
		id: row.id,
		name: row.name,
		createdAt: row.created_at,
		creatorId: row.creator_id,
		memberKey: row.member_key,
		...(row.teams_chat_id ? { teamsChatId: row.teams_chat_id } : {}),
		nextFacilitatorId: row.next_facilitator_id,
	};
}

const memberOf = (row: MemberRow): GroupMemberRecord => ({
	groupId: row.group_id,
	userId: row.user_id,
	name: row.name,
	joinedAt: row.joined_at,
});

const returnOf = (row: ReturnRow): PlanReturnRecord => ({
	groupId: row.group_id,
	workshopId: row.workshop_id,
	actionId: row.action_id,
	status: isReturnStatus(row.status) ? row.status : "underway",
	comment: row.comment,
	at: row.at,
	byUserId: row.by_user_id,
});

function statements(db: SqliteDb) {
	return {
		get: db.prepare<[string], GroupRow>(`SELECT ${GROUP_COLUMNS} FROM groups WHERE id = ?`),
		byChat: db.prepare<[string], GroupRow>(`SELECT ${GROUP_COLUMNS} FROM groups WHERE teams_chat_id = ?`),
		createdBefore: db.prepare<[number], GroupRow>(`SELECT ${GROUP_COLUMNS} FROM groups WHERE created_at < ? ORDER BY created_at`),
		upsert: db.prepare<[string, string, number, string, string, string | null, string]>(
			`INSERT INTO groups (${GROUP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)
				 ON CONFLICT (id) DO UPDATE SET name = excluded.name, member_key = excluded.member_key,
				 teams_chat_id = excluded.teams_chat_id, next_facilitator_id = excluded.next_facilitator_id`,
		),
		members: db.prepare<[string], MemberRow>(
			`SELECT ${MEMBER_COLUMNS} FROM group_members WHERE group_id = ? ORDER BY joined_at, rowid`,
		),
		member: db.prepare<[string, string], MemberRow>(
			`SELECT ${MEMBER_COLUMNS} FROM group_members WHERE group_id = ? AND user_id = ?`,
		),
		addMember: db.prepare<[string, string, string, number]>(
			`INSERT OR IGNORE INTO group_members (${MEMBER_COLUMNS}) VALUES (?, ?, ?, ?)`,
		),
		removeMember: db.prepare<[string, string]>("DELETE FROM group_members WHERE group_id = ? AND user_id = ?"),
		removeReturnsBy: db.prepare<[string, string]>("DELETE FROM plan_returns WHERE group_id = ? AND by_user_id = ?"),
		returns: db.prepare<[string], ReturnRow>(`SELECT ${RETURN_COLUMNS} FROM plan_returns WHERE group_id = ? ORDER BY at`),
		putReturn: db.prepare<[string, string, string, string, string, number, string]>(
			`INSERT INTO plan_returns (${RETURN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)
				 ON CONFLICT (workshop_id, action_id) DO UPDATE SET status = excluded.status, comment = excluded.comment,
				 at = excluded.at, by_user_id = excluded.by_user_id`,
		),
		deleteReturns: db.prepare<[string]>("DELETE FROM plan_returns WHERE group_id = ?"),
		deleteMembers: db.prepare<[string]>("DELETE FROM group_members WHERE group_id = ?"),
		deleteGroup: db.prepare<[string]>("DELETE FROM groups WHERE id = ?"),
	};
}

export class SqliteGroups implements GroupStore {
	private readonly sql: ReturnType<typeof statements>;
	private readonly leave: (groupId: string, userId: string) => void;
	private readonly erase: (id: string) => void;

	constructor(db: SqliteDb) {
		this.sql = statements(db);
		this.leave = db.transaction((groupId: string, userId: string) => {
			this.sql.removeReturnsBy.run(groupId, userId);
			this.sql.removeMember.run(groupId, userId);
		});
		this.erase = db.transaction((id: string) => {
			this.sql.deleteReturns.run(id);
			this.sql.deleteMembers.run(id);
			this.sql.deleteGroup.run(id);
		});
	}

	async get(id: string): Promise<GroupRecord | undefined> {
		const row = this.sql.get.get(id);
		return row ? groupOf(row) : undefined;
	}
	async put(g: GroupRecord): Promise<void> {
		this.sql.upsert.run(g.id, g.name, g.createdAt, g.creatorId, g.memberKey, g.teamsChatId ?? null, g.nextFacilitatorId);
	}
	async byChat(chatId: string): Promise<GroupRecord | undefined> {
		const row = this.sql.byChat.get(chatId);
		return row ? groupOf(row) : undefined;
	}
	async createdBefore(time: number): Promise<GroupRecord[]> {
		return this.sql.createdBefore.all(time).map(groupOf);
	}
	async members(groupId: string): Promise<GroupMemberRecord[]> {
		return this.sql.members.all(groupId).map(memberOf);
	}
	async member(groupId: string, userId: string): Promise<GroupMemberRecord | undefined> {
		const row = this.sql.member.get(groupId, userId);
		return row ? memberOf(row) : undefined;
	}
	async addMember(m: GroupMemberRecord): Promise<GroupMemberRecord> {
		this.sql.addMember.run(m.groupId, m.userId, m.name, m.joinedAt);
		const row = this.sql.member.get(m.groupId, m.userId);
		return row ? memberOf(row) : m;
	}
	async removeMember(groupId: string, userId: string): Promise<void> {
		this.leave(groupId, userId);
	}
	async returns(groupId: string): Promise<PlanReturnRecord[]> {
		return this.sql.returns.all(groupId).map(returnOf);
	}
	async putReturn(r: PlanReturnRecord): Promise<void> {
		this.sql.putReturn.run(r.groupId, r.workshopId, r.actionId, r.status, r.comment, r.at, r.byUserId);
	}
	async delete(id: string): Promise<void> {
		this.erase(id);
	}
}
