/** The storage tests use (until the SQLite store lands: an in-memory stand-in). */
import { MemoryStore } from "../../src/server/store";
import type { ArchiveEntry, Storage } from "../../src/server/storage/types";

export async function testStorage(): Promise<Storage> {
	const archive = new Map<string, ArchiveEntry>();
	return {
		workshops: new MemoryStore(),
		archive: {
			put: async (entry) => {
				archive.set(entry.workshopId, structuredClone(entry));
			},
			get: async (id) => archive.get(id),
			delete: async (id) => {
				archive.delete(id);
			},
		},
		close: async () => undefined,
	};
}
