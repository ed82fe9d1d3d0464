/**
 * "Is this the facilitator?": the facilitation key (the link's `#k=`), an identity ticket
 * for this workshop naming the record's facilitator, or (where the route offers Teams
 * single sign-on) a verified Teams sign-in token of that same person — a Teams
 * facilitator has no link. Observers never count.
 */
import { keyMatches, type WorkshopRecord } from "../store";
import { type SsoVerifier, teamsUserId } from "../teams/sso";
import type { TicketSigner } from "../tickets";

export interface FacilitatorProof {
	readonly key?: unknown;
	readonly ticket?: unknown;
	readonly ssoToken?: unknown;
}

/** The body schema's properties for a proof (added to a route's own). */
export const proofProperties = {
	key: { type: "string", maxLength: 200 },
	ticket: { type: "string", maxLength: 4000 },
	ssoToken: { type: "string", maxLength: 16_000 },
} as const;

export interface ProofDeps {
	readonly tickets: TicketSigner;
	readonly now: () => number;
	/** Given: a Teams sign-in token is accepted as proof too. */
	readonly sso?: SsoVerifier | undefined;
}

export async function provesFacilitator(deps: ProofDeps, record: WorkshopRecord, proof: FacilitatorProof): Promise<boolean> {
	if (typeof proof.key === "string" && keyMatches(record, proof.key)) return true;
	if (typeof proof.ticket === "string") {
		const ticket = await deps.tickets.verify(proof.ticket, deps.now());
		if (ticket?.workshopId === record.id && ticket.userId === record.facilitatorId && ticket.role !== "observer") return true;
	}
	if (deps.sso && typeof proof.ssoToken === "string") {
		const user = await deps.sso.verify(proof.ssoToken);
		if (user && teamsUserId(user) === record.facilitatorId) return true;
	}
	return false;
}
