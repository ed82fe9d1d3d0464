/**
 * A bound on the registry: at most MAX_WORKSHOPS workshops kept in all (retention erases
 * the old ones), and at most a few active (not ended) workshops per facilitator identity
 * where there is one (a Teams user; a browser's facilitator is a new id each time, so
 * there the rate limits per address and the total bound apply).
 */
import { HttpError } from "./errors";
import type { WorkshopStore } from "./storage/types";

/** Active workshops one Teams identity may facilitate at once. */
export const MAX_ACTIVE_PER_FACILITATOR = 20;

export async function ensureRoom(store: WorkshopStore, maxWorkshops: number, facilitatorId?: string): Promise<void> {
	if ((await store.count()) >= maxWorkshops) {
		throw new HttpError(503, {
			error: "registryFull",
			message: "The server holds as many workshops as it may: try again later or ask its administrator",
		});
	}
	if (facilitatorId === undefined) return;
	const active = (await store.byFacilitator(facilitatorId)).filter((w) => (w.status ?? "active") === "active");
	if (active.length >= MAX_ACTIVE_PER_FACILITATOR) {
		throw new HttpError(429, {
			error: "tooManyActive",
			max: MAX_ACTIVE_PER_FACILITATOR,
			message: `You already facilitate ${MAX_ACTIVE_PER_FACILITATOR} workshops that have not ended: end or delete one first`,
		});
	}
}
