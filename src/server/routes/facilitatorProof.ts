/**
 * "Is this the facilitator?": the facilitation key (the link's `#k=`), an identity ticket
 * for this workshop naming the record's facilitator, or (where the route offers Teams
 * single sign-on) a verified Teams sign-in token of that same person — a Teams
 * facilitator has no link. Observers never count (`rights.ts`).
 */
import { isFacilitator, isFacilitatorUser } from "../rights";
import { keyMatches, type WorkshopRecord } from "../store";
import { type SsoVerifier, teamsUserId } from "../teams/sso";
import type { TicketSigner } from "../tickets";

export interface FacilitatorProof {
	readonly key?: unknown;
	readonly ticket?: unknown;
	readonly ssoToken?: unknown;
}

export interface ProofDeps {
	readonly tickets: TicketSigner;
	readonly now: () => number;
	/** Given: a Teams sign-in token is accepted as proof too. */
	readonly sso?: SsoVerifier | undefined;
}

export async function provesFacilitator(deps: ProofDeps, record: WorkshopRecord, proof: FacilitatorProof): Promise<boolean> {
	if (typeof proof.key === "string" && keyMatches(record, proof.key)) return true;
	if (typeof proof.ticket === "string" && isFacilitator(record, await deps.tickets.verify(proof.ticket, deps.now()))) {
		return true;
	}
	if (deps.sso && typeof proof.ssoToken === "string") {
		const user = await deps.sso.verify(proof.ssoToken);
		if (user && isFacilitatorUser(record, teamsUserId(user))) return true;
	}
	return false;
}
