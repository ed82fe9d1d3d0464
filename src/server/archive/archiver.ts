/**
 * The archiver: the server keeps every active workshop's documents open read-only and
 * their latest state in the archive (see `workshopArchive.ts`); when the service no longer
 * has a workshop's documents (the local service forgets them when it restarts), it
 * re-creates them from the archive, binds the new ids to the workshop and notes when, so
 * that open pages find them and tell everyone what was restored.
 *
 * Work on one workshop is serialised; nothing here logs workshop content.
 */
import type { Storage, WorkshopHooks, WorkshopRecord } from "../storage/types";
import { createFromArchive } from "./documents";
import { eraseLocalDocument } from "./localErasure";
import type { ServerFluid } from "./serverFluid";
import { WorkshopArchive } from "./workshopArchive";

export interface ArchiverDeps {
	readonly storage: Storage;
	readonly fluid: ServerFluid;
	readonly now: () => number;
	/** How far behind the content the archive may be (ms). */
	readonly saveDelayMs?: number;
	/** The local service's storage folder, where erasure removes a document's reference. */
	readonly localStorageDir?: string | undefined;
	/** Operational messages (never content). */
	readonly log?: (message: string) => void;
	/** A workshop was marked ended (its live write connections are then closed: see fluidProxy/connections.ts). */
	readonly onEnded?: (record: WorkshopRecord) => void;
	/** A workshop's process names this facilitator (a handoff completes: see fluidProxy/connections.ts). */
	readonly onFacilitator?: (workshopId: string, facilitatorId: string) => void;
}

/** How far behind the content the archive may be, by default. */
const DEFAULT_SAVE_DELAY_MS = 2000;
const PROBE_EVERY_MS = 1000;
const PROBE_FOR_MS = 120_000;
/** A page asking for an ended or unopened workshop checks its documents at most this often. */
const CHECK_AGAIN_MS = 10_000;

export class Archiver implements WorkshopHooks {
	private readonly open = new Map<string, WorkshopArchive>();
	private readonly queue = new Map<string, Promise<void>>();
	private readonly checkedAt = new Map<string, number>();
	private readonly watching = new Set<string>();
	/** Erased workshops: never opened or restored again, even if a request races the erasure. */
	private readonly erased = new Set<string>();
	private stopped = false;

	constructor(private readonly deps: ArchiverDeps) {}

	private get log(): (message: string) => void {
		return this.deps.log ?? (() => undefined);
	}

	/** Opens (or restores) every active workshop. */
	async start(): Promise<void> {
		const active = await this.deps.storage.workshops.active();
		await Promise.all(active.map((record) => this.ensure(record.id)));
	}

	bound(record: WorkshopRecord): void {
		void this.ensure(record.id);
	}

	/** A page asked for the workshop: make sure its documents exist (ended workshops are not kept open). */
	viewed(record: WorkshopRecord): void {
		if (!record.containers || this.open.has(record.id) || this.queue.has(record.id)) return;
		const last = this.checkedAt.get(record.id) ?? 0;
		if (this.deps.now() - last < CHECK_AGAIN_MS) return;
		void this.ensure(record.id);
	}

	async erasing(record: WorkshopRecord): Promise<void> {
		this.erased.add(record.id);
		await this.serial(record.id, async () => {
			await this.open.get(record.id)?.close(false);
			this.open.delete(record.id);
			this.checkedAt.delete(record.id);
			const dir = this.deps.localStorageDir;
			if (dir && record.containers) {
				await Promise.all([eraseLocalDocument(dir, record.containers.process), eraseLocalDocument(dir, record.containers.board)]);
			}
		});
	}

	/** Archives what changed and lets go of every document. */
	async stop(): Promise<void> {
		this.stopped = true;
		await Promise.all([...this.queue.values()]);
		await Promise.all([...this.open.values()].map((a) => a.close(true)));
		this.open.clear();
	}

	/** Whether the archiver has this workshop's documents open (tests, status). */
	isOpen(workshopId: string): boolean {
		return this.open.has(workshopId);
	}

	/** Waits for the work queued on a workshop (tests). */
	async settled(workshopId: string): Promise<void> {
		while (this.queue.has(workshopId)) await this.queue.get(workshopId);
	}

	private serial(workshopId: string, work: () => Promise<void>): Promise<void> {
		const previous = this.queue.get(workshopId) ?? Promise.resolve();
		const next = previous.then(work).catch((error: unknown) => {
			this.log(`archive: workshop ${workshopId}: ${error instanceof Error ? error.message : "failed"}`);
		});
		this.queue.set(workshopId, next);
		void next.then(() => {
			if (this.queue.get(workshopId) === next) this.queue.delete(workshopId);
		});
		return next;
	}

	/** Waits until the service answers whether it has the document (undefined: it never did). */
	private async probe(documentId: string): Promise<boolean | undefined> {
		const deadline = this.deps.now() + PROBE_FOR_MS;
		for (;;) {
			const has = await this.deps.fluid.hasDocument(documentId);
			if (has !== undefined || this.stopped || this.deps.now() > deadline) return has;
			await new Promise((r) => setTimeout(r, PROBE_EVERY_MS));
		}
	}

	/** Opens the workshop's documents, re-creating them from the archive if the service lost them. */
	ensure(workshopId: string): Promise<void> {
		return this.serial(workshopId, async () => {
			if (this.stopped || this.erased.has(workshopId)) return;
			this.checkedAt.set(workshopId, this.deps.now());
			const record = await this.deps.storage.workshops.get(workshopId);
			if (!record?.containers) return;
			const current = this.open.get(workshopId);
			if (current && current.documentIds.process === record.containers.process) return;
			const [process, board] = await Promise.all([this.probe(record.containers.process), this.probe(record.containers.board)]);
			if (process === undefined || board === undefined) {
				this.log("archive: the Fluid service does not answer");
				return;
			}
			let live = record;
			if (!process || !board) {
				const restored = await this.restore(record);
				if (!restored) return;
				live = restored;
			}
			if (live.status === "ended") return;
			const archive = await WorkshopArchive.open(live, {
				storage: this.deps.storage,
				fluid: this.deps.fluid,
				now: this.deps.now,
				saveDelayMs: this.deps.saveDelayMs ?? DEFAULT_SAVE_DELAY_MS,
				onDisconnected: (id) => this.disconnected(id),
				onEnded: (id, endedAt) => void this.ended(id, endedAt),
				onFacilitator: this.deps.onFacilitator,
				onSaveError: (id) => this.log(`archive: workshop ${id}: could not save`),
			});
			this.open.set(workshopId, archive);
		});
	}

	private async restore(record: WorkshopRecord): Promise<WorkshopRecord | undefined> {
		const entry = await this.deps.storage.archive.get(record.id);
		if (!entry) {
			this.log(`archive: workshop ${record.id}: documents lost and nothing archived`);
			return undefined;
		}
		await this.open.get(record.id)?.close(false);
		this.open.delete(record.id);
		const containers = await createFromArchive(this.deps.fluid.writer, entry);
		const restored: WorkshopRecord = { ...record, containers, restored: { at: this.deps.now(), savedAt: entry.savedAt } };
		await this.deps.storage.workshops.put(restored);
		this.log(`archive: workshop ${record.id}: documents re-created from the archive`);
		return restored;
	}

	/** A connection dropped: once the service answers again, restore if it lost the documents. */
	private disconnected(workshopId: string): void {
		if (this.watching.has(workshopId) || this.stopped) return;
		this.watching.add(workshopId);
		void (async () => {
			try {
				const archive = this.open.get(workshopId);
				if (!archive) return;
				const has = await this.probe(archive.documentIds.process);
				const hasBoard = has ? await this.probe(archive.documentIds.board) : has;
				if (has === false || hasBoard === false) {
					await this.serial(workshopId, async () => {
						await this.open.get(workshopId)?.close(false);
						this.open.delete(workshopId);
					});
					await this.ensure(workshopId);
				}
			} finally {
				this.watching.delete(workshopId);
			}
		})();
	}

	private async ended(workshopId: string, endedAt: number): Promise<void> {
		// The board's last edits may reach this reader just after the process's end: give
		// them the archive's usual delay before the final state is taken.
		await new Promise((r) => setTimeout(r, this.deps.saveDelayMs ?? DEFAULT_SAVE_DELAY_MS));
		await this.serial(workshopId, async () => {
			const record = await this.deps.storage.workshops.get(workshopId);
			if (record && record.status !== "ended") {
				const ended = { ...record, status: "ended" as const, endedAt };
				await this.deps.storage.workshops.put(ended);
				this.deps.onEnded?.(ended);
			}
			await this.open.get(workshopId)?.close(true);
			this.open.delete(workshopId);
			// No longer kept open: the next page asking for it has its documents checked at once.
			this.checkedAt.delete(workshopId);
		});
	}
}
