/**
 * Who may do what in a workshop, in one place: the facilitator (by ticket or by
 * identity), and the role a shared link's key gives (participant or observer). Every
 * route asks here; none works it out inline.
 */
import { sameSecret } from "./store";
import type { WorkshopRecord } from "./storage/types";
import type { Ticket } from "./tickets";

/** The facilitator is whoever the record names now (the role can be handed over); observers never are. */
export function isFacilitator(record: WorkshopRecord, ticket: Ticket | undefined): boolean {
	return (
		ticket !== undefined &&
		ticket.workshopId === record.id &&
		ticket.role !== "observer" &&
		ticket.userId === record.facilitatorId
	);
}

/** The same for a person known by their user id (a Teams identity). */
export function isFacilitatorUser(record: WorkshopRecord, userId: string): boolean {
	return userId !== "" && userId === record.facilitatorId;
}

/**
 * The role a link key gives: the participant link's key, the observer link's key, or
 * nothing (no key, a wrong one, or a record without keys). Never a flag the client sends.
 */
export function roleOfLinkKey(record: WorkshopRecord, key: string | undefined): "participant" | "observer" | undefined {
	if (!key) return undefined;
	if (record.observerKey && sameSecret(record.observerKey, key)) return "observer";
	if (record.participantKey && sameSecret(record.participantKey, key)) return "participant";
	return undefined;
}
