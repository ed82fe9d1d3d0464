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

/** How long a handed-over process stays writable for the former facilitator at most, if the process never names the new one. */
const HANDOFF_GRACE_MS = 60_000;

export class LiveConnections {
	private readonly live = new Set<Live>();
	/** Handoffs the server made, by workshop, until the process names the new facilitator. */
	private readonly handoffs = new Map<
		string,
		{ processId: string; previous: string; next: string; timer: ReturnType<typeof setTimeout> }
	>();
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

	/**
	 * The server handed the role over. The former facilitator's client still has to write the
	 * new name into the process (handoff.ts); its write access is taken back as soon as the
	 * process names the new facilitator (`facilitatorNamed`, seen by the archiver), or after a
	 * grace period if it never does.
	 */
	handedOver(workshopId: string, processId: string, previous: string, next: string): void {
		this.settleHandoff(workshopId);
		const timer = setTimeout(() => this.settleHandoff(workshopId), HANDOFF_GRACE_MS);
		timer.unref?.();
		this.handoffs.set(workshopId, { processId, previous, next, timer });
	}

	/** The process now names this facilitator. */
	facilitatorNamed(workshopId: string, facilitatorId: string): void {
		if (this.handoffs.get(workshopId)?.next === facilitatorId) this.settleHandoff(workshopId);
	}

	private settleHandoff(workshopId: string): void {
		const handoff = this.handoffs.get(workshopId);
		if (!handoff) return;
		this.handoffs.delete(workshopId);
		clearTimeout(handoff.timer);
		this.revokeWriters([handoff.processId], handoff.previous);
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

/** What the archiver tells the proxy: a workshop ended (write access to both documents taken back), a handoff completed. */
export function archiverEvents(connections: LiveConnections): {
	onEnded(record: { readonly containers?: { readonly process: string; readonly board: string } | undefined }): void;
	onFacilitator(workshopId: string, facilitatorId: string): void;
} {
	return {
		onEnded: (record) => {
			if (record.containers) connections.revokeWriters([record.containers.process, record.containers.board]);
		},
		onFacilitator: (workshopId, facilitatorId) => connections.facilitatorNamed(workshopId, facilitatorId),
	};
}
