/**
 * The registry's helpers: the facilitation key's hash and check, link keys compared, new ids, and the app
 * secret kept in the data folder. The store itself is SQLite (`storage/sqlite.ts`).
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export type { WorkshopRecord, WorkshopStore } from "./storage/types";
import type { WorkshopRecord } from "./storage/types";

export function hashKey(key: string): string {
	return createHash("sha256").update(key).digest("hex");
}

export function keyMatches(record: WorkshopRecord, key: string | undefined): boolean {
	// An empty hash means the facilitation link was retired (the role was handed over).
	if (!key || !record.keyHash) return false;
	const a = Buffer.from(hashKey(key), "hex");
	const b = Buffer.from(record.keyHash, "hex");
	return a.length === b.length && timingSafeEqual(a, b);
}

/** Compares two secrets in constant time (by their hashes, so lengths do not show). */
export function sameSecret(expected: string, given: string): boolean {
	return timingSafeEqual(Buffer.from(hashKey(expected), "hex"), Buffer.from(hashKey(given), "hex"));
}

export function newId(bytes = 12): string {
	return randomBytes(bytes).toString("base64url");
}

/** The secret that signs identity tickets: configured, else kept in the data folder (else per run, tests only). */
export async function appSecret(configured: string | undefined, dataDir: string | undefined): Promise<string> {
	if (configured) return configured;
	if (!dataDir) return randomBytes(32).toString("base64url");
	const file = path.join(dataDir, "app-secret");
	try {
		return (await readFile(file, "utf8")).trim();
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
		await mkdir(dataDir, { recursive: true, mode: 0o700 });
		const secret = randomBytes(32).toString("base64url");
		await writeFile(file, secret, { mode: 0o600, flag: "wx" });
		return secret;
	}
}
