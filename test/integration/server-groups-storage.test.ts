/**
 * The groups' tables (migration 3) in a real data folder: a database of schema 2 gets
 * them at start and keeps its workshops; groups, members and returns survive a restart;
 * leaving removes a member's row and returns together; a workshop's erasure takes the
 * returns on its plan.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openStorage } from "../../src/server/storage/sqlite";
import { SqliteDb } from "../../src/server/storage/sqliteDb";
import type { GroupRecord, WorkshopRecord } from "../../src/server/storage/types";

const dirs: string[] = [];
afterEach(async () => {
	for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const group: GroupRecord = {
	id: "g1",
	name: "Groupe",
	createdAt: 1,
	creatorId: "u-a",
	memberKey: "k",
	teamsChatId: "19:chat",
	nextFacilitatorId: "u-a",
};
const workshop: WorkshopRecord = {
	id: "w1",
	title: "Séance",
	announcedEnd: 2,
	createdAt: 1,
	facilitatorId: "u-a",
	facilitatorName: "Alice",
	keyHash: "",
	groupId: "g1",
};

describe("groups in the database", () => {
	it("migration 3 runs on a schema-2 database, and groups survive a restart", async () => {
		const dir = await mkdtemp(path.join(tmpdir(), "atelier-groups-"));
		dirs.push(dir);
		const first = await openStorage(dir);
		await first.workshops.put({ ...workshop, groupId: undefined, id: "old" });
		await first.close();
		// Back to schema 2: migration 3 runs again at the next start, harmlessly.
		const db = new SqliteDb(path.join(dir, "atelier.db"));
		db.pragma("locking_mode = EXCLUSIVE");
		db.pragma("user_version = 2");
		db.close();

		const second = await openStorage(dir);
		expect((await second.workshops.get("old"))?.title).toBe("Séance");
		await second.groups.put(group);
		await second.workshops.put(workshop);
		await second.groups.addMember({ groupId: "g1", userId: "u-a", name: "Alice", joinedAt: 1 });
		await second.groups.addMember({ groupId: "g1", userId: "u-b", name: "Bob", joinedAt: 2 });
		// Joining again keeps the first row.
		expect(await second.groups.addMember({ groupId: "g1", userId: "u-b", name: "Robert", joinedAt: 9 })).toMatchObject({
			name: "Bob",
			joinedAt: 2,
		});
		const entry = { groupId: "g1", workshopId: "w1", actionId: "a1", comment: "", at: 3 } as const;
		await second.groups.putReturn({ ...entry, status: "done", byUserId: "u-b" });
		await second.close();

		const third = await openStorage(dir);
		expect(await third.groups.get("g1")).toEqual(group);
		expect(await third.groups.byChat("19:chat")).toEqual(group);
		expect((await third.workshops.byGroup("g1")).map((w) => w.id)).toEqual(["w1"]);
		expect((await third.groups.members("g1")).map((m) => m.userId)).toEqual(["u-a", "u-b"]);
		expect(await third.groups.returns("g1")).toHaveLength(1);
		// A second group may not take the same chat.
		await expect(third.groups.put({ ...group, id: "g2" })).rejects.toThrow();

		await third.groups.removeMember("g1", "u-b");
		expect((await third.groups.members("g1")).map((m) => m.userId)).toEqual(["u-a"]);
		expect(await third.groups.returns("g1")).toEqual([]);

		await third.groups.putReturn({ ...entry, status: "underway", byUserId: "u-a" });
		await third.workshops.delete("w1");
		expect(await third.groups.returns("g1")).toEqual([]);
		await third.groups.delete("g1");
		expect(await third.groups.get("g1")).toBeUndefined();
		await third.close();
		// Closed for good despite the refused write: the folder opens again.
		const fourth = await openStorage(dir);
		expect(await fourth.groups.get("g1")).toBeUndefined();
		await fourth.close();
	});
});
