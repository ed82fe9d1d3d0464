/**
 * One workshop's documents as the server reads them (read-only, with its own token), and
 * its archive kept up to date: at once at every step change and at the end, otherwise at
 * most `saveDelayMs` behind the content. Private drafts never reach it: they are never in
 * the documents.
 */
import "./nodeRuntime";
import { Tree } from "fluid-framework";
import {
	boardConfig,
	containerSchema,
	MIN_VERSION_FOR_COLLAB,
	openView,
	processConfig,
	type WorkshopContainer,
} from "../../fluid/containers";
import type { Storage, WorkshopRecord } from "../storage/types";
import { snapshot, type LiveDocuments } from "./documents";
import type { ServerFluid } from "./serverFluid";

export interface WorkshopArchiveDeps {
	readonly storage: Storage;
	readonly fluid: ServerFluid;
	readonly now: () => number;
	readonly saveDelayMs: number;
	/** A connection to the service dropped (the service may have restarted and lost the documents). */
	readonly onDisconnected: (workshopId: string) => void;
	/** The facilitator ended the workshop (its final state is archived). */
	readonly onEnded: (workshopId: string, endedAt: number) => void;
	/** The process names a facilitator (at open, and after each change). */
	readonly onFacilitator?: (workshopId: string, facilitatorId: string) => void;
	/** Saving failed (the database is unavailable): reported without content. */
	readonly onSaveError: (workshopId: string, error: unknown) => void;
}

const OPEN_TIMEOUT_MS = 30_000;

function timeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	return Promise.race([
		promise,
		new Promise<never>((_, reject) => setTimeout(() => reject(new Error("The documents did not load in time")), ms).unref()),
	]);
}

export class WorkshopArchive {
	private timer: ReturnType<typeof setTimeout> | undefined;
	private lastStep: string;
	private lastFacilitator: string;
	private ended = false;
	private closed = false;
	private saving: Promise<void> = Promise.resolve();
	private readonly offs: (() => void)[] = [];

	private constructor(
		readonly workshopId: string,
		readonly documentIds: { readonly process: string; readonly board: string },
		private readonly containers: readonly WorkshopContainer[],
		private readonly docs: LiveDocuments,
		private readonly deps: WorkshopArchiveDeps,
	) {
		this.lastStep = docs.process.root.step;
		this.lastFacilitator = docs.process.root.facilitatorId;
		this.ended = docs.process.root.endedAt !== undefined;
	}

	/** Opens the record's documents read-only and archives their state at once. */
	static async open(record: WorkshopRecord, deps: WorkshopArchiveDeps): Promise<WorkshopArchive> {
		const ids = record.containers;
		if (!ids) throw new Error("The workshop has no documents");
		const [processLoad, boardLoad] = await timeout(
			Promise.all([
				deps.fluid.reader.getContainer(ids.process, containerSchema, MIN_VERSION_FOR_COLLAB),
				deps.fluid.reader.getContainer(ids.board, containerSchema, MIN_VERSION_FOR_COLLAB),
			]),
			OPEN_TIMEOUT_MS,
		);
		const containers = [processLoad.container, boardLoad.container];
		try {
			const docs = {
				process: openView(processLoad.container, processConfig, false),
				board: openView(boardLoad.container, boardConfig, false),
			};
			const archive = new WorkshopArchive(record.id, ids, containers, docs, deps);
			archive.listen();
			await archive.saveNow();
			return archive;
		} catch (error) {
			for (const c of containers) c.dispose();
			throw error;
		}
	}

	private listen(): void {
		const { process, board } = this.docs;
		this.offs.push(
			Tree.on(process.root, "treeChanged", () => this.processChanged()),
			Tree.on(board.root, "treeChanged", () => this.schedule()),
		);
		for (const container of this.containers) {
			const dropped = () => {
				if (!this.closed) this.deps.onDisconnected(this.workshopId);
			};
			container.on("disconnected", dropped);
			this.offs.push(() => container.off("disconnected", dropped));
		}
	}

	private processChanged(): void {
		const root = this.docs.process.root;
		if (root.facilitatorId !== this.lastFacilitator) {
			this.lastFacilitator = root.facilitatorId;
			this.deps.onFacilitator?.(this.workshopId, root.facilitatorId);
		}
		const endedAt = root.endedAt;
		if (root.step !== this.lastStep || (endedAt !== undefined && !this.ended)) {
			this.lastStep = root.step;
			void this.saveNow().then(() => {
				if (endedAt !== undefined && !this.ended) {
					this.ended = true;
					this.deps.onEnded(this.workshopId, endedAt);
				}
			});
			return;
		}
		this.schedule();
	}

	private schedule(): void {
		if (this.timer !== undefined || this.closed) return;
		this.timer = setTimeout(() => {
			this.timer = undefined;
			void this.saveNow();
		}, this.deps.saveDelayMs);
		this.timer.unref?.();
	}

	/** Archives the current state (one write at a time, in order). */
	saveNow(): Promise<void> {
		if (this.timer !== undefined) {
			clearTimeout(this.timer);
			this.timer = undefined;
		}
		if (this.closed) return this.saving;
		const entry = snapshot(this.workshopId, this.docs, this.deps.now());
		this.saving = this.saving
			.then(() => this.deps.storage.archive.put(entry))
			.catch((error: unknown) => this.deps.onSaveError(this.workshopId, error));
		return this.saving;
	}

	/** Stops reading; `flush` archives the state as it is now first. */
	async close(flush: boolean): Promise<void> {
		if (this.closed) return;
		if (flush) await this.saveNow();
		this.closed = true;
		if (this.timer !== undefined) clearTimeout(this.timer);
		for (const off of this.offs) off();
		await this.saving;
		this.docs.process.dispose();
		this.docs.board.dispose();
		for (const c of this.containers) c.dispose();
	}
}
