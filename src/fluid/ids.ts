/** Random ids for tree items; works in insecure contexts too (no crypto.randomUUID there). */
export function newItemId(): string {
	const bytes = new Uint8Array(12);
	globalThis.crypto.getRandomValues(bytes);
	let out = "";
	for (const b of bytes) out += b.toString(16).padStart(2, "0");
	return out;
}

/**
 * The app server's own connections (its archive reads every workshop) use user ids that
 * start with "s-", which no participant's ticket can carry: readers of the audience leave
 * them out.
 */
export function isServerUser(userId: string): boolean {
	return userId.startsWith("s-");
}
