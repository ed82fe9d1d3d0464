/**
 * The workshops the server knows: title, announced end, the hash of the facilitator's key,
 * and the ids of the two Fluid containers once the facilitator has created them.
 *
 * Local mode keeps them in memory (the local Fluid service forgets its documents when it
 * restarts, so a registry that outlived it would only point at lost documents). Azure mode
 * keeps them in a JSON file in the data folder, written atomically.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

export type { WorkshopRecord, WorkshopStore } from "./storage/types";
import type { WorkshopRecord, WorkshopStore } from "./storage/types";

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

export function newId(bytes = 12): string {
	return randomBytes(bytes).toString("base64url");
}

export class MemoryStore implements WorkshopStore {
	protected readonly records = new Map<string, WorkshopRecord>();
	private readonly owners = new Map<string, string>();
	async get(id: string): Promise<WorkshopRecord | undefined> {
		return this.records.get(id);
	}
	async put(record: WorkshopRecord): Promise<void> {
		this.remember(record);
	}
	async ownerOf(documentId: string): Promise<string | undefined> {
		return this.owners.get(documentId);
	}
	async findByMeeting(meetingId: string): Promise<WorkshopRecord | undefined> {
		for (const record of this.records.values()) if (record.teamsMeetingId === meetingId) return record;
		return undefined;
	}
	async byFacilitator(facilitatorId: string): Promise<WorkshopRecord[]> {
		return [...this.records.values()].filter((r) => r.facilitatorId === facilitatorId).sort((a, b) => b.createdAt - a.createdAt);
	}
	async active(): Promise<WorkshopRecord[]> {
		return [...this.records.values()].filter((r) => r.containers && r.status !== "ended");
	}
	async createdBefore(time: number): Promise<WorkshopRecord[]> {
		return [...this.records.values()].filter((r) => r.createdAt < time);
	}
	async delete(id: string): Promise<void> {
		this.records.delete(id);
		for (const [doc, owner] of this.owners) if (owner === id) this.owners.delete(doc);
	}
	protected remember(record: WorkshopRecord): void {
		this.records.set(record.id, record);
		if (record.containers) {
			this.owners.set(record.containers.process, record.id);
			this.owners.set(record.containers.board, record.id);
		}
	}
}

export class FileStore extends MemoryStore {
	private writing: Promise<void> = Promise.resolve();
	private constructor(private readonly file: string) {
		super();
	}

	static async open(dataDir: string): Promise<FileStore> {
		await mkdir(dataDir, { recursive: true });
		const store = new FileStore(path.join(dataDir, "workshops.json"));
		try {
			const list = JSON.parse(await readFile(store.file, "utf8")) as WorkshopRecord[];
			for (const record of list) store.remember(record);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
		}
		return store;
	}

	override async put(record: WorkshopRecord): Promise<void> {
		await super.put(record);
		const snapshot = JSON.stringify([...this.records.values()], null, 1);
		this.writing = this.writing.then(async () => {
			const tmp = `${this.file}.${process.pid}.tmp`;
			await writeFile(tmp, snapshot, { mode: 0o600 });
			await rename(tmp, this.file);
		});
		await this.writing;
	}
}

/** The secret that signs identity tickets: configured, kept in the data folder, or per run (local). */
export async function appSecret(configured: string | undefined, dataDir: string | undefined): Promise<string> {
	if (configured) return configured;
	if (!dataDir) return randomBytes(32).toString("base64url");
	const file = path.join(dataDir, "app-secret");
	try {
		return (await readFile(file, "utf8")).trim();
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
		await mkdir(dataDir, { recursive: true });
		const secret = randomBytes(32).toString("base64url");
		await writeFile(file, secret, { mode: 0o600, flag: "wx" });
		return secret;
	}
}
