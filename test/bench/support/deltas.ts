/**
 * The ops a document received, read as the Fluid driver reads them: the sequenced deltas,
 * through the app's proxy of the local service, with a token the app signed.
 */
import type { TestWorkshop } from "../../support/clients";

interface Delta {
	readonly sequenceNumber: number;
	readonly type: string;
}

/**
 * Every sequenced message of the board after `from`. The local service's in-memory store
 * answers a `from` range with nothing, so the whole list is read and filtered here.
 */
async function fetchDeltas(appUrl: string, w: TestWorkshop, from: number): Promise<Delta[]> {
	const documentId = w.facilitator.boardId;
	const { jwt } = await w.api.token(w.facilitator.me.ticket, documentId, w.fluid.tenantId);
	const res = await fetch(`${appUrl}/deltas/${w.fluid.tenantId}/${documentId}`, { headers: { authorization: `Basic ${jwt}` } });
	if (!res.ok) throw new Error(`deltas: ${res.status}`);
	return ((await res.json()) as Delta[]).filter((d) => d.sequenceNumber > from);
}

/** The board document's last sequence number. */
export async function lastSequence(appUrl: string, w: TestWorkshop): Promise<number> {
	const deltas = await fetchDeltas(appUrl, w, 0);
	return deltas[deltas.length - 1]?.sequenceNumber ?? 0;
}

/** The board's sequenced messages after `from`, by type ("op" are the edits). */
export async function messagesSince(appUrl: string, w: TestWorkshop, from: number): Promise<Record<string, number>> {
	const types: Record<string, number> = {};
	for (const d of await fetchDeltas(appUrl, w, from)) types[d.type] = (types[d.type] ?? 0) + 1;
	return types;
}
