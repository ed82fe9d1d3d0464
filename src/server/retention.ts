/**
 * The retention limit (RETENTION_DAYS): every workshop created more than that many days
 * ago is erased, as its facilitator would erase it. Run at start and daily by `main.ts`.
 */
import { type ErasureDeps, eraseWorkshop } from "./erasure";

export const DAY_MS = 86_400_000;

export interface RetentionRun extends ErasureDeps {
	/** The server's clock (ms). */
	readonly now: number;
	readonly days: number;
}

/** Erases the expired workshops; returns how many (the only thing worth logging). */
export async function eraseExpired(run: RetentionRun): Promise<number> {
	const expired = await run.storage.workshops.createdBefore(run.now - run.days * DAY_MS);
	for (const record of expired) await eraseWorkshop(run, record);
	return expired.length;
}

/**
 * Codev groups (issue 12): a group created more than that many days ago whose every
 * workshop is gone (erased by their own retention, or by their facilitators) is erased
 * with its members and returns. Run after `eraseExpired`; returns how many.
 */
export async function eraseExpiredGroups(run: RetentionRun): Promise<number> {
	let erased = 0;
	for (const group of await run.storage.groups.createdBefore(run.now - run.days * DAY_MS)) {
		if ((await run.storage.workshops.byGroup(group.id)).length > 0) continue;
		await run.storage.groups.delete(group.id);
		erased++;
	}
	return erased;
}
