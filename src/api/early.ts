/**
 * Replies asked for before the code that needs them has come: a workshop's address opened
 * by someone this browser knows asks at once, from the page's first script
 * (src/ui/early.ts), for the workshop, the configuration and a token for each of its two
 * documents, while the app's own code (React, Fluent, Fluid) is still arriving and being
 * evaluated. The code that would have asked takes the reply instead, once, while it is
 * fresh; anything else, or later, asks the server as before.
 *
 * A reply's failure goes to whoever takes it (as if they had asked); nothing is kept for
 * longer than `FRESH_MS`, and a token is kept for the same person (ticket) and document only.
 */
import type { PublicFluidConfig, TokenReply, WorkshopInfo } from "./types";

/** A reply older than this is not taken (the server is asked again): well within a token's life. */
export const FRESH_MS = 15_000;

interface Kept {
	readonly at: number;
	readonly reply: Promise<unknown>;
}

const kept = new Map<string, Kept>();

function keep(key: string, reply: Promise<unknown>): void {
	// Never an unhandled rejection: whoever takes it meets the failure.
	reply.catch(() => undefined);
	kept.set(key, { at: Date.now(), reply });
}

function take<T>(key: string): Promise<T> | undefined {
	const entry = kept.get(key);
	kept.delete(key);
	if (!entry || Date.now() - entry.at > FRESH_MS) return undefined;
	return entry.reply as Promise<T>;
}

/** The tenant Fluid's client names when it asks for a token (the local service's is "local"). */
export function tokenTenant(fluid: PublicFluidConfig): string {
	return fluid.type === "local" ? "local" : fluid.tenantId;
}

const workshopKey = (workshopId: string) => `workshop ${workshopId}`;
const CONFIG_KEY = "config";
/** A token serves the document's first orderer call and its first storage call (the same claims). */
type TokenUse = "orderer" | "storage";
const tokenKey = (use: TokenUse, ticket: string, tenantId: string, documentId: string) =>
	`token ${use} ${tenantId} ${documentId} ${ticket}`;

export const early = {
	keepWorkshop(workshopId: string, reply: Promise<WorkshopInfo>): void {
		keep(workshopKey(workshopId), reply);
	},
	keepConfig(reply: Promise<{ fluid: PublicFluidConfig }>): void {
		keep(CONFIG_KEY, reply);
	},
	/** One reply for the document's first orderer and first storage token. */
	keepToken(ticket: string, tenantId: string, documentId: string, reply: Promise<TokenReply>): void {
		for (const use of ["orderer", "storage"] as const) keep(tokenKey(use, ticket, tenantId, documentId), reply);
	},
	takeWorkshop(workshopId: string): Promise<WorkshopInfo> | undefined {
		return take(workshopKey(workshopId));
	},
	takeConfig(): Promise<{ fluid: PublicFluidConfig }> | undefined {
		return take(CONFIG_KEY);
	},
	takeToken(use: TokenUse, ticket: string, tenantId: string, documentId: string): Promise<TokenReply> | undefined {
		return take(tokenKey(use, ticket, tenantId, documentId));
	},
	/** Forgets everything kept (tests). */
	clear(): void {
		kept.clear();
	},
};
