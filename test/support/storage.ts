/** The storage the tests use: the real SQLite store, in memory. */
import { openStorage } from "../../src/server/storage/sqlite";
import type { Storage } from "../../src/server/storage/types";

export function testStorage(): Promise<Storage> {
	return openStorage(":memory:");
}
