/** Random ids for tree items; works in insecure contexts too (no crypto.randomUUID there). */
export function newItemId(): string {
	const bytes = new Uint8Array(12);
	globalThis.crypto.getRandomValues(bytes);
	let out = "";
	for (const b of bytes) out += b.toString(16).padStart(2, "0");
	return out;
}
