/** The storage the tests use: the real SQLite store, in memory; and a look at a running server's. */
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { openStorage } from "../../src/server/storage/sqlite";
import type { ArchiveEntry, Storage } from "../../src/server/storage/types";

export function testStorage(): Promise<Storage> {
	return openStorage(":memory:");
}

/**
 * A workshop's archive entry as a running server's database holds it, read from a copy
 * of its files (the server holds the folder and its database alone, as in production);
 * undefined while there is none, or when the copy caught a write half-done.
 */
export async function archivedInCopy(dataDir: string, workshopId: string): Promise<ArchiveEntry | undefined> {
	const copy = await mkdtemp(path.join(tmpdir(), "atelier-db-copy-"));
	try {
		await copyFile(path.join(dataDir, "atelier.db"), path.join(copy, "atelier.db"));
		await copyFile(path.join(dataDir, "atelier.db-wal"), path.join(copy, "atelier.db-wal")).catch(() => undefined);
		const storage = await openStorage(copy);
		try {
			return await storage.archive.get(workshopId);
		} finally {
			await storage.close();
		}
	} catch {
		return undefined;
	} finally {
		await rm(copy, { recursive: true, force: true });
	}
}
