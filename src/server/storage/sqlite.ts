/**
 * The embedded store: one SQLite file, `DATA_DIR/atelier.db` (folder 0700, file 0600,
 * WAL journal), in both Fluid modes, opened by one server at a time. The SQLite calls
 * are synchronous and short; the interface stays asynchronous so another store could
 * sit behind it.
 */
import { chmodSync, closeSync, mkdirSync, openSync, rmSync } from "node:fs";
import path from "node:path";
import { holdDataDir, type DataDirLock } from "./dataDirLock";
import { legacyRecords, migrate } from "./migrations";
import { SqliteDb } from "./sqliteDb";
import { SqliteGroups } from "./sqliteGroups";
import type { ArchiveEntry, ArchiveStore, Storage, WorkshopRecord, WorkshopStore } from "./types";

type Db = SqliteDb;

interface ArchiveRow {
	readonly workshop_id: string;
	readonly saved_at: number;
	readonly step: string;
	readonly process: string;
	readonly board: string;
}

const parse = (row: { record: string } | undefined): WorkshopRecord | undefined =>
	row ? (JSON.parse(row.record) as WorkshopRecord) : undefined;

const parseAll = (rows: readonly { record: string }[]): WorkshopRecord[] =>
	rows.map((row) => JSON.parse(row.record) as WorkshopRecord);

function workshopStatements(db: Db) {
	return {
		get: db.prepare<[string], { record: string }>("SELECT record FROM workshops WHERE id = ?"),
		upsert: db.prepare<[string, string, string | null, number, string, string, string | null]>(
			`INSERT INTO workshops (id, facilitator_id, teams_meeting_id, created_at, status, record, group_id) VALUES (?, ?, ?, ?, ?, ?, ?)
				 ON CONFLICT (id) DO UPDATE SET facilitator_id = excluded.facilitator_id, teams_meeting_id = excluded.teams_meeting_id,
				 created_at = excluded.created_at, status = excluded.status, record = excluded.record, group_id = excluded.group_id`,
		),
		byGroup: db.prepare<[string], { record: string }>(
			"SELECT record FROM workshops WHERE group_id = ? ORDER BY created_at DESC, id DESC",
		),
		owner: db.prepare<[string], { workshop_id: string }>("SELECT workshop_id FROM documents WHERE document_id = ?"),
		own: db.prepare<[string, string]>("INSERT OR IGNORE INTO documents (document_id, workshop_id) VALUES (?, ?)"),
		byMeeting: db.prepare<[string], { record: string }>(
			"SELECT record FROM workshops WHERE teams_meeting_id = ? ORDER BY created_at, id LIMIT 1",
		),
		byFacilitator: db.prepare<[string], { record: string }>(
			"SELECT record FROM workshops WHERE facilitator_id = ? ORDER BY created_at DESC, id DESC",
		),
		active: db.prepare<[], { record: string }>(
			"SELECT record FROM workshops WHERE status = 'active' AND json_extract(record, '$.containers') IS NOT NULL ORDER BY created_at",
		),
		createdBefore: db.prepare<[number], { record: string }>(
			"SELECT record FROM workshops WHERE created_at < ? ORDER BY created_at",
		),
		count: db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM workshops"),
		deleteWorkshop: db.prepare<[string]>("DELETE FROM workshops WHERE id = ?"),
		deleteDocuments: db.prepare<[string]>("DELETE FROM documents WHERE workshop_id = ?"),
		deleteArchive: db.prepare<[string]>("DELETE FROM archive WHERE workshop_id = ?"),
		// The returns on the workshop's plan (a group workshop's) go with it.
		deleteReturns: db.prepare<[string]>("DELETE FROM plan_returns WHERE workshop_id = ?"),
	};
}

class SqliteWorkshops implements WorkshopStore {
	private readonly sql: ReturnType<typeof workshopStatements>;
	private readonly write: (record: WorkshopRecord) => void;
	private readonly erase: (id: string) => void;

	constructor(db: Db) {
		this.sql = workshopStatements(db);
		this.write = db.transaction((record: WorkshopRecord) => {
			this.sql.upsert.run(
				record.id,
				record.facilitatorId,
				record.teamsMeetingId ?? null,
				record.createdAt,
				record.status ?? "active",
				JSON.stringify(record),
				record.groupId ?? null,
			);
			for (const documentId of record.containers ? [record.containers.process, record.containers.board] : []) {
				this.sql.own.run(documentId, record.id);
				const owner = this.sql.owner.get(documentId)?.workshop_id;
				// A document belongs to one workshop for ever (the whole put is undone).
				if (owner !== record.id) throw new Error("This document belongs to another workshop");
			}
		});
		this.erase = db.transaction((id: string) => {
			this.sql.deleteArchive.run(id);
			this.sql.deleteReturns.run(id);
			this.sql.deleteDocuments.run(id);
			this.sql.deleteWorkshop.run(id);
		});
	}

	/** Puts many records in one transaction (the import of the old registry file). */
	importAll(db: Db, records: readonly WorkshopRecord[]): void {
		db.transaction(() => {
			for (const record of records) if (!this.sql.get.get(record.id)) this.write(record);
		})();
	}

	async get(id: string): Promise<WorkshopRecord | undefined> {
		return parse(this.sql.get.get(id));
	}
	async put(record: WorkshopRecord): Promise<void> {
		this.write(record);
	}
	async ownerOf(documentId: string): Promise<string | undefined> {
		return this.sql.owner.get(documentId)?.workshop_id;
	}
	async findByMeeting(meetingId: string): Promise<WorkshopRecord | undefined> {
		return parse(this.sql.byMeeting.get(meetingId));
	}
	async byFacilitator(facilitatorId: string): Promise<WorkshopRecord[]> {
		return parseAll(this.sql.byFacilitator.all(facilitatorId));
	}
	async active(): Promise<WorkshopRecord[]> {
		return parseAll(this.sql.active.all());
	}
	async createdBefore(time: number): Promise<WorkshopRecord[]> {
		return parseAll(this.sql.createdBefore.all(time));
	}
	async count(): Promise<number> {
		return this.sql.count.get()?.n ?? 0;
	}
	async byGroup(groupId: string): Promise<WorkshopRecord[]> {
		return parseAll(this.sql.byGroup.all(groupId));
	}
	/** Erases the record, the documents it owned and its archive, in one transaction. */
	async delete(id: string): Promise<void> {
		this.erase(id);
	}
}

function archiveStatements(db: Db) {
	return {
		put: db.prepare<[string, number, string, string, string]>(
			`INSERT INTO archive (workshop_id, saved_at, step, process, board) VALUES (?, ?, ?, ?, ?)
				 ON CONFLICT (workshop_id) DO UPDATE SET saved_at = excluded.saved_at, step = excluded.step,
				 process = excluded.process, board = excluded.board`,
		),
		get: db.prepare<[string], ArchiveRow>(
			"SELECT workshop_id, saved_at, step, process, board FROM archive WHERE workshop_id = ?",
		),
		delete: db.prepare<[string]>("DELETE FROM archive WHERE workshop_id = ?"),
	};
}

class SqliteArchive implements ArchiveStore {
	private readonly sql: ReturnType<typeof archiveStatements>;

	constructor(db: Db) {
		this.sql = archiveStatements(db);
	}

	async put(entry: ArchiveEntry): Promise<void> {
		this.sql.put.run(entry.workshopId, entry.savedAt, entry.step, JSON.stringify(entry.process), JSON.stringify(entry.board));
	}
	async get(workshopId: string): Promise<ArchiveEntry | undefined> {
		const row = this.sql.get.get(workshopId);
		if (!row) return undefined;
		return {
			workshopId: row.workshop_id,
			savedAt: row.saved_at,
			step: row.step,
			process: JSON.parse(row.process) as unknown,
			board: JSON.parse(row.board) as unknown,
		};
	}
	async delete(workshopId: string): Promise<void> {
		this.sql.delete.run(workshopId);
	}
}

export class SqliteStorage implements Storage {
	readonly workshops: SqliteWorkshops;
	readonly archive: SqliteArchive;
	readonly groups: SqliteGroups;

	constructor(
		private readonly db: Db,
		private readonly lock?: DataDirLock,
	) {
		this.workshops = new SqliteWorkshops(db);
		this.archive = new SqliteArchive(db);
		this.groups = new SqliteGroups(db);
	}

	/** Imports the pre-SQLite registry once (see `legacyRecords`). */
	importLegacy(dataDir: string): void {
		const legacy = legacyRecords(dataDir);
		if (!legacy) return;
		this.workshops.importAll(this.db, legacy.records);
		legacy.done();
	}

	async close(): Promise<void> {
		if (this.db.open) this.db.close();
		await this.lock?.release();
	}
}

/** The file the database lives in, created private before SQLite opens it. */
function databaseFile(dataDir: string): string {
	const file = path.join(dataDir, "atelier.db");
	closeSync(openSync(file, "a", 0o600));
	chmodSync(file, 0o600);
	return file;
}

/**
 * Opens (or creates) the store in `dataDir`, or a private in-memory one (tests). Takes
 * the data folder (one server per folder), runs the schema migrations, then imports
 * `workshops.json` once if it is there.
 */
export async function openStorage(dataDir: string | ":memory:"): Promise<SqliteStorage> {
	let lock: DataDirLock | undefined;
	let file = ":memory:";
	if (dataDir !== ":memory:") {
		mkdirSync(dataDir, { recursive: true, mode: 0o700 });
		lock = await holdDataDir(dataDir);
		file = databaseFile(dataDir);
		// SQLite's own lock (a folder, in this build) left by a server that died holding it:
		// this process holds the data folder, so nobody else does.
		rmSync(`${file}.lock`, { recursive: true, force: true });
	}
	let db: SqliteDb | undefined;
	try {
		db = new SqliteDb(file);
		// One process: its lock once, for as long as it runs; WAL then needs no shared memory.
		db.pragma("locking_mode = EXCLUSIVE");
		db.pragma("journal_mode = WAL");
		db.pragma("synchronous = NORMAL");
		migrate(db);
		const storage = new SqliteStorage(db, lock);
		if (dataDir !== ":memory:") storage.importLegacy(dataDir);
		return storage;
	} catch (error) {
		db?.close();
		await lock?.release();
		throw error;
	}
}
