/**
 * Erasing a workshop, the one way every path does it (the facilitator's request and the
 * retention limit): the hooks let go of its documents first (the archiver closes them
 * and deletes them as far as the Fluid service allows), then the archive and the record
 * with its document bindings go, in the store's own transaction.
 */
import type { Storage, WorkshopHooks, WorkshopRecord } from "./storage/types";

export interface ErasureDeps {
	readonly storage: Storage;
	readonly hooks?: WorkshopHooks | undefined;
}

/**
 * Erases one workshop. When the hooks fail (the Fluid service unreachable, say), what
 * this server keeps is erased all the same, and the failure is reported (never content).
 */
export async function eraseWorkshop(deps: ErasureDeps, record: WorkshopRecord): Promise<void> {
	try {
		await deps.hooks?.erasing(record);
	} catch (error) {
		console.error(`Erasing a workshop: its documents could not be released (${error instanceof Error ? error.name : "error"})`);
	}
	await deps.storage.archive.delete(record.id);
	await deps.storage.workshops.delete(record.id);
}
