/**
 * "Is this the facilitator?": the facilitation key (the link's `#k=`), or an identity
 * ticket for this workshop naming the record's facilitator (a Teams facilitator, signed
 * in by single sign-on, has no link). Observers never count.
 */
import { keyMatches, type WorkshopRecord } from "../store";
import type { TicketSigner } from "../tickets";

export interface FacilitatorProof {
	readonly key?: unknown;
	readonly ticket?: unknown;
}

/** The body schema's properties for a proof (added to a route's own). */
export const proofProperties = {
	key: { type: "string", maxLength: 200 },
	ticket: { type: "string", maxLength: 4000 },
} as const;

export async function provesFacilitator(
	deps: { readonly tickets: TicketSigner; readonly now: () => number },
	record: WorkshopRecord,
	proof: FacilitatorProof,
): Promise<boolean> {
	if (typeof proof.key === "string" && keyMatches(record, proof.key)) return true;
	if (typeof proof.ticket !== "string") return false;
	const ticket = await deps.tickets.verify(proof.ticket, deps.now());
	return ticket?.workshopId === record.id && ticket.userId === record.facilitatorId && ticket.role !== "observer";
}
