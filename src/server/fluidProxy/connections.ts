/**
 * The live Fluid sockets the proxy relays, by document and user: what lets the app take
 * back a write connection the service would otherwise keep until the token expires — the
 * old facilitator's after a handoff, everyone's when a workshop ends or is erased.
 * Closing is not enough, since the driver reconnects with the token it holds: write
 * tokens issued until then are revoked too (refused with a 401, on which the driver asks
 * the app for a new token, which its rights now make read-only).
 */
import type { FluidClaims } from "./fluidToken";

/** Tokens live at most an hour: older revocations can be forgotten. */
const REVOCATION_KEEP_S = 3700;
interface Live {
	readonly documentId: string;
	readonly userId: string;
	readonly writer: boolean;
	close(): void;
}

export class LiveConnections {
	private readonly live = new Set<Live>();
	/** Document id → (user id or "*") → write tokens issued at or before this second are refused. */
	private readonly revoked = new Map<string, Map<string, number>>();

	constructor(private readonly now: () => number = Date.now) {}

	/** Takes back write access to these documents (one user's, or everyone's): revoked and closed. */
	revokeWriters(documentIds: readonly string[], userId?: string): number {
		const second = Math.floor(this.now() / 1000);
		this.forget(second);
		for (const id of documentIds) {
			const byUser = this.revoked.get(id) ?? new Map<string, number>();
			byUser.set(userId ?? "*", second);
			this.revoked.set(id, byUser);
		}
		return this.closeWriters(documentIds, userId);
	}

	/** Whether these claims carry a write access that was taken back. */
	isRevoked(claims: FluidClaims): boolean {
		if (!claims.scopes.includes("doc:write")) return false;
		const byUser = this.revoked.get(claims.documentId);
		if (!byUser) return false;
		const cutoff = Math.max(byUser.get("*") ?? -1, byUser.get(claims.user.id) ?? -1);
		return claims.iat <= cutoff;
	}

	private forget(second: number): void {
		for (const [id, byUser] of this.revoked) {
			for (const [user, at] of byUser) if (second - at > REVOCATION_KEEP_S) byUser.delete(user);
			if (byUser.size === 0) this.revoked.delete(id);
		}
	}

	/** Registers a connection; returns its removal. */
	add(entry: Live): () => void {
		this.live.add(entry);
		return () => this.live.delete(entry);
	}

	/** Closes the write connections to these documents (of one user, or everyone's). */
	closeWriters(documentIds: readonly string[], userId?: string): number {
		return this.closeWhere(
			(c) => c.writer && documentIds.includes(c.documentId) && (userId === undefined || c.userId === userId),
		);
	}

	/** Closes every connection to these documents. */
	closeAll(documentIds: readonly string[]): number {
		return this.closeWhere((c) => documentIds.includes(c.documentId));
	}

	count(documentId: string): number {
		let n = 0;
		for (const c of this.live) if (c.documentId === documentId) n += 1;
		return n;
	}

	private closeWhere(match: (c: Live) => boolean): number {
		let closed = 0;
		for (const c of [...this.live]) {
			if (!match(c)) continue;
			this.live.delete(c);
			c.close();
			closed += 1;
		}
		return closed;
	}
}

/** A workshop ended: write access to its documents is taken back (pages reopen them read-only). */
export function closeWriters(
	connections: LiveConnections,
	record: { readonly containers?: { readonly process: string; readonly board: string } | undefined },
): void {
	if (record.containers) connections.revokeWriters([record.containers.process, record.containers.board]);
}
