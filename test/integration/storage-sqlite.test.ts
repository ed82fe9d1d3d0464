/**
 * The embedded database (SQLite under DATA_DIR): what it keeps across a restart, the
 * one-time import of the old workshops.json, document ownership that outlives a restore,
 * erasure in one go, the archive, and the files' permissions.
 */
import { existsSync, statSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lockAddress } from "../../src/server/storage/dataDirLock";
import { openStorage } from "../../src/server/storage/sqlite";
import { SqliteDb } from "../../src/server/storage/sqliteDb";
import type { ArchiveEntry, WorkshopRecord } from "../../src/server/storage/types";
import { T0 } from "../support/server-helpers";

const tempDirs: string[] = [];

async function tempDir(): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), "atelier-db-"));
	tempDirs.push(dir);
	return dir;
}

afterAll(async () => {
	await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

const record: WorkshopRecord = {
	id: "w1",
	title: "Atelier du jeudi",
	announcedEnd: T0 + 3_600_000,
	createdAt: T0,
	facilitatorId: "f-1",
	facilitatorName: "Camille",
	keyHash: "ab".repeat(32),
};

function entry(workshopId: string, savedAt = T0): ArchiveEntry {
	return { workshopId, savedAt, step: "partage", process: { step: "partage" }, board: { notes: [] } };
}

describe("SqliteStorage", () => {
	it("keeps a workshop across closing and reopening the folder", async () => {
		const dir = await tempDir();
		const first = await openStorage(dir);
		expect(await first.workshops.get("w1")).toBeUndefined();
		await first.workshops.put(record);
		await first.workshops.put({ ...record, id: "w2", createdAt: T0 + 1 });
		const bound = { ...record, containers: { process: "p1", board: "b1" }, teamsMeetingId: "m1" };
		await first.workshops.put(bound);
		await first.archive.put(entry("w1"));
		await first.close();

		const second = await openStorage(dir);
		expect(await second.workshops.get("w1")).toEqual(bound);
		expect(await second.workshops.get("w2")).toEqual({ ...record, id: "w2", createdAt: T0 + 1 });
		expect(await second.workshops.get("w3")).toBeUndefined();
		expect(await second.workshops.ownerOf("p1")).toBe("w1");
		expect((await second.workshops.findByMeeting("m1"))?.id).toBe("w1");
		expect(await second.archive.get("w1")).toEqual(entry("w1"));
		await second.close();
		expect(existsSync(path.join(dir, "atelier.db"))).toBe(true);
	});

	it("creates its folder (0700) and keeps the database file private (0600)", async () => {
		const dir = path.join(await tempDir(), "nested", "data");
		const storage = await openStorage(dir);
		await storage.workshops.put(record);
		await storage.close();
		expect(statSync(dir).mode & 0o777).toBe(0o700);
		expect(statSync(path.join(dir, "atelier.db")).mode & 0o777).toBe(0o600);
	});

	it("uses the WAL journal and records its schema version", async () => {
		const dir = await tempDir();
		await (await openStorage(dir)).close();
		const db = new SqliteDb(path.join(dir, "atelier.db"));
		// A WAL file without shared memory (this SQLite build has none) opens in exclusive mode only.
		db.pragma("locking_mode = EXCLUSIVE");
		expect(db.pragma("journal_mode")).toBe("wal");
		expect(db.pragma("user_version")).toBeGreaterThanOrEqual(1);
		db.close();
	});

	it("is opened by one server at a time: a second one on the same folder is refused, clearly", async () => {
		const dir = await tempDir();
		const first = await openStorage(dir);
		await first.workshops.put(record);
		await expect(openStorage(dir)).rejects.toThrow(/Another app server is running on the data folder/);
		// The first one is unharmed, and once it stops the folder opens again.
		expect((await first.workshops.get("w1"))?.title).toBe("Atelier du jeudi");
		await first.close();
		const again = await openStorage(dir);
		expect((await again.workshops.get("w1"))?.title).toBe("Atelier du jeudi");
		await again.close();
	});

	it("opens after a server died holding the folder (its socket and SQLite's lock left behind)", async () => {
		const dir = await tempDir();
		const first = await openStorage(dir);
		await first.workshops.put(record);
		await first.close();
		// What a `kill -9` leaves: the socket's file (nobody answers it) and SQLite's lock folder.
		await writeFile(lockAddress(dir), "");
		await mkdir(path.join(dir, "atelier.db.lock"));
		const after = await openStorage(dir);
		expect((await after.workshops.get("w1"))?.title).toBe("Atelier du jeudi");
		await after.workshops.put({ ...record, id: "w2" });
		expect(await after.workshops.count()).toBe(2);
		await after.close();
	});

	it("imports workshops.json once, in full, and renames it", async () => {
		const dir = await tempDir();
		const old = [record, { ...record, id: "w2", containers: { process: "p2", board: "b2" } }];
		await writeFile(path.join(dir, "workshops.json"), JSON.stringify(old));
		const first = await openStorage(dir);
		// As it was, with the two link keys every workshop now has (migration 2).
		expect(await first.workshops.get("w1")).toEqual({
			...record,
			participantKey: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/),
			observerKey: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/),
		});
		expect(await first.workshops.ownerOf("b2")).toBe("w2");
		await first.workshops.delete("w1");
		await first.close();
		expect(existsSync(path.join(dir, "workshops.json"))).toBe(false);
		expect(JSON.parse(await readFile(path.join(dir, "workshops.json.migrated"), "utf8"))).toEqual(old);
		// Reopened: nothing imported again (the erased workshop stays erased).
		const second = await openStorage(dir);
		expect(await second.workshops.get("w1")).toBeUndefined();
		expect(await second.workshops.get("w2")).toBeDefined();
		await second.close();
	});

	it("refuses a broken workshops.json without importing part of it", async () => {
		const dir = await tempDir();
		await writeFile(path.join(dir, "workshops.json"), JSON.stringify([record, { id: 3 }]));
		await expect(openStorage(dir)).rejects.toThrow(/workshops\.json/);
		expect(existsSync(path.join(dir, "workshops.json"))).toBe(true);
	});

	it("keeps answering ownerOf for a workshop's earlier documents after a restore, and never re-binds them", async () => {
		const storage = await openStorage(":memory:");
		await storage.workshops.put({ ...record, containers: { process: "p-old", board: "b-old" } });
		await storage.workshops.put({ ...record, containers: { process: "p-new", board: "b-new" } });
		for (const doc of ["p-old", "b-old", "p-new", "b-new"]) expect(await storage.workshops.ownerOf(doc)).toBe("w1");
		expect(await storage.workshops.ownerOf("nothing")).toBeUndefined();
		await storage.workshops.put({ ...record, id: "w2" });
		await expect(storage.workshops.put({ ...record, id: "w2", containers: { process: "p-old", board: "x" } })).rejects.toThrow();
		expect(await storage.workshops.ownerOf("x")).toBeUndefined();
		expect((await storage.workshops.get("w2"))?.containers).toBeUndefined();
		await storage.close();
	});

	it("erases a workshop's record, documents and archive together", async () => {
		const storage = await openStorage(":memory:");
		await storage.workshops.put({ ...record, containers: { process: "p1", board: "b1" } });
		await storage.workshops.put({ ...record, id: "w2", containers: { process: "p2", board: "b2" } });
		await storage.archive.put(entry("w1"));
		await storage.archive.put(entry("w2"));
		await storage.workshops.delete("w1");
		expect(await storage.workshops.get("w1")).toBeUndefined();
		expect(await storage.workshops.ownerOf("p1")).toBeUndefined();
		expect(await storage.workshops.ownerOf("b1")).toBeUndefined();
		expect(await storage.archive.get("w1")).toBeUndefined();
		expect(await storage.workshops.ownerOf("p2")).toBe("w2");
		expect(await storage.archive.get("w2")).toBeDefined();
		await storage.close();
	});

	it("round-trips a large archive entry and replaces it on the next put", async () => {
		const storage = await openStorage(":memory:");
		const notes = Array.from({ length: 5000 }, (_, i) => ({ id: `n${i}`, text: "é".repeat(200), dots: [i, i + 1] }));
		const big: ArchiveEntry = {
			workshopId: "w1",
			savedAt: T0,
			step: "echanges",
			process: { step: "echanges" },
			board: { notes },
		};
		await storage.archive.put(big);
		expect(await storage.archive.get("w1")).toEqual(big);
		await storage.archive.put(entry("w1", T0 + 5));
		expect(await storage.archive.get("w1")).toEqual(entry("w1", T0 + 5));
		await storage.archive.delete("w1");
		expect(await storage.archive.get("w1")).toBeUndefined();
		await storage.close();
	});

	it("answers the registry's queries: by facilitator newest first, active bound ones, created before", async () => {
		const storage = await openStorage(":memory:");
		await storage.workshops.put({ ...record, id: "old", createdAt: T0 });
		await storage.workshops.put({ ...record, id: "new", createdAt: T0 + 10, containers: { process: "p", board: "b" } });
		await storage.workshops.put({
			...record,
			id: "ended",
			createdAt: T0 + 5,
			status: "ended",
			endedAt: T0 + 6,
			containers: { process: "p3", board: "b3" },
		});
		await storage.workshops.put({ ...record, id: "other", facilitatorId: "f-2" });
		expect((await storage.workshops.byFacilitator("f-1")).map((r) => r.id)).toEqual(["new", "ended", "old"]);
		expect((await storage.workshops.active()).map((r) => r.id)).toEqual(["new"]);
		expect((await storage.workshops.createdBefore(T0 + 5)).map((r) => r.id).sort()).toEqual(["old", "other"]);
		expect(await storage.workshops.findByMeeting("none")).toBeUndefined();
		await storage.close();
	});
});
