/**
 * Documents created through the proxy, and by whom: before a workshop is bound to its two
 * documents, its facilitator is given tokens only for documents they just created
 * (never an existing document another workshop could own). Kept in memory a short while.
 */
const KEEP_MS = 15 * 60_000;
const MAX = 10_000;

export class CreatedDocuments {
	private readonly byId = new Map<string, { userId: string; at: number }>();

	constructor(private readonly now: () => number = Date.now) {}

	add(documentId: string, userId: string): void {
		this.prune();
		if (this.byId.size >= MAX) {
			const oldest = this.byId.keys().next().value;
			if (oldest !== undefined) this.byId.delete(oldest);
		}
		this.byId.set(documentId, { userId, at: this.now() });
	}

	createdBy(documentId: string, userId: string): boolean {
		const entry = this.byId.get(documentId);
		return entry !== undefined && entry.userId === userId && this.now() - entry.at < KEEP_MS;
	}

	private prune(): void {
		const limit = this.now() - KEEP_MS;
		for (const [id, entry] of this.byId) {
			if (entry.at >= limit) break;
			this.byId.delete(id);
		}
	}
}
