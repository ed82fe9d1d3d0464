/**
 * The database's schema, one small function per version (`PRAGMA user_version` says
 * which have run), and the one-time import of the registry kept before SQLite
 * (`DATA_DIR/workshops.json`, renamed `workshops.json.migrated` once imported).
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, renameSync } from "node:fs";
import path from "node:path";
import type { SqliteDb } from "./sqliteDb";
import type { WorkshopRecord } from "./types";

type Db = SqliteDb;

const MIGRATIONS: ReadonlyArray<(db: Db) => void> = [
	// 1: the registry, the documents each workshop owns (kept after a restore replaces
	// them), and the latest archived state of each workshop.
	(db) => {
		db.exec(`
			CREATE TABLE workshops (
				id TEXT PRIMARY KEY,
				facilitator_id TEXT NOT NULL,
				teams_meeting_id TEXT,
				created_at INTEGER NOT NULL,
				status TEXT NOT NULL,
				record TEXT NOT NULL
			);
			CREATE INDEX workshops_by_facilitator ON workshops (facilitator_id, created_at);
			CREATE INDEX workshops_by_meeting ON workshops (teams_meeting_id);
			CREATE INDEX workshops_by_creation ON workshops (created_at);
			CREATE TABLE documents (
				document_id TEXT PRIMARY KEY,
				workshop_id TEXT NOT NULL
			);
			CREATE INDEX documents_by_workshop ON documents (workshop_id);
			CREATE TABLE archive (
				workshop_id TEXT PRIMARY KEY,
				saved_at INTEGER NOT NULL,
				step TEXT NOT NULL,
				process TEXT NOT NULL,
				board TEXT NOT NULL
			);
		`);
	},
	// 2: the participant and observer links get their own keys. Links shared before
	// (the bare participant link, and the same with `?observer=1`) stop opening the
	// workshop: the facilitator shares the new ones; tickets already given stay valid.
	(db) => {
		const rows = db.prepare<[], { id: string; record: string }>("SELECT id, record FROM workshops").all();
		const update = db.prepare<[string, string]>("UPDATE workshops SET record = ? WHERE id = ?");
		for (const row of rows) {
			const record = JSON.parse(row.record) as WorkshopRecord;
			const keyed = withLinkKeys(record);
			if (keyed !== record) update.run(JSON.stringify(keyed), row.id);
		}
	},
	// 3: codev groups (issue 12): the group (in Teams, its meeting chat), its members as they
	// joined, the previous offreurs' returns on their plans; a workshop may belong to a group.
	// Everything else a group's history shows is read from its workshops' archives.
	// Written to run again harmlessly (a database whose version was set back re-runs it).
	(db) => {
		const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('workshops')").all();
		if (!columns.some((c) => c.name === "group_id")) db.exec("ALTER TABLE workshops ADD COLUMN group_id TEXT");
		db.exec(`
			CREATE TABLE IF NOT EXISTS groups (
				id TEXT PRIMARY KEY,
				name TEXT NOT NULL,
				created_at INTEGER NOT NULL,
				creator_id TEXT NOT NULL,
				member_key TEXT NOT NULL,
				teams_chat_id TEXT UNIQUE,
				next_facilitator_id TEXT NOT NULL
			);
			CREATE INDEX IF NOT EXISTS groups_by_creation ON groups (created_at);
			CREATE TABLE IF NOT EXISTS group_members (
				group_id TEXT NOT NULL,
				user_id TEXT NOT NULL,
				name TEXT NOT NULL,
				joined_at INTEGER NOT NULL,
				PRIMARY KEY (group_id, user_id)
			);
			CREATE TABLE IF NOT EXISTS plan_returns (
				group_id TEXT NOT NULL,
				workshop_id TEXT NOT NULL,
				action_id TEXT NOT NULL,
				status TEXT NOT NULL,
				comment TEXT NOT NULL,
				at INTEGER NOT NULL,
				by_user_id TEXT NOT NULL,
				PRIMARY KEY (workshop_id, action_id)
			);
			CREATE INDEX IF NOT EXISTS plan_returns_by_group ON plan_returns (group_id, by_user_id);
			CREATE INDEX IF NOT EXISTS workshops_by_group ON workshops (group_id, created_at);
		`);
	},
];

/** A new link key: 24 random bytes, URL-safe. */
export function newLinkKey(): string {
	return randomBytes(24).toString("base64url");
}

/** The record with both link keys (the same object when it has them already). */
export function withLinkKeys(record: WorkshopRecord): WorkshopRecord {
	if (record.participantKey && record.observerKey) return record;
	return {
		...record,
		participantKey: record.participantKey || newLinkKey(),
		observerKey: record.observerKey || newLinkKey(),
	};
}

/** Brings the schema to the latest version, each step in its own transaction. */
export function migrate(db: Db): void {
	const current = Number(db.pragma("user_version"));
	if (current > MIGRATIONS.length) {
		throw new Error(`The database was written by a newer version of the app (schema ${current}); update the app.`);
	}
	for (let version = current; version < MIGRATIONS.length; version++) {
		const step = MIGRATIONS[version];
		if (!step) continue;
		db.transaction(() => {
			step(db);
			db.pragma(`user_version = ${version + 1}`);
		})();
	}
}

function isRecord(value: unknown): value is WorkshopRecord {
	if (typeof value !== "object" || value === null) return false;
	const r = value as Record<string, unknown>;
	return (
		typeof r.id === "string" &&
		typeof r.title === "string" &&
		typeof r.announcedEnd === "number" &&
		typeof r.createdAt === "number" &&
		typeof r.facilitatorId === "string" &&
		typeof r.facilitatorName === "string" &&
		typeof r.keyHash === "string"
	);
}

/**
 * Reads the pre-SQLite registry file, if there is one: the records to import, all
 * checked first (a broken file imports nothing and stops the start with its name).
 */
export function legacyRecords(dataDir: string): { records: WorkshopRecord[]; done: () => void } | undefined {
	const file = path.join(dataDir, "workshops.json");
	if (!existsSync(file)) return undefined;
	let list: unknown;
	try {
		list = JSON.parse(readFileSync(file, "utf8"));
	} catch (error) {
		throw new Error(`${file} cannot be read as JSON: ${error instanceof Error ? error.message : String(error)}`);
	}
	if (!Array.isArray(list) || !list.every(isRecord)) {
		throw new Error(`${file} is not a list of workshop records; nothing was imported`);
	}
	return { records: list.map(withLinkKeys), done: () => renameSync(file, `${file}.migrated`) };
}
