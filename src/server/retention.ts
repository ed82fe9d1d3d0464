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
