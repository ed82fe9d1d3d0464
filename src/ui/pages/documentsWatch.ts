/**
 * Open pages find a workshop's new documents by themselves: when a connection drops (the
 * service may have restarted and forgotten the documents, which the server then re-creates
 * from its archive), the page asks the server for the workshop's record every few seconds
 * for a while, and reopens when the documents it names are not the ones it has open.
 * (After such a restart the old connection may even come back, to a document that no
 * longer works: so the page keeps asking for a while after reconnecting.)
 */
import type { ApiClient } from "../../api/client";
import type { WorkshopInfo } from "../../api/types";
import type { WorkshopSession } from "../../fluid/session";

const ASK_EVERY_MS = 2000;
const ASK_FOR_MS = 180_000;

export function watchForNewDocuments(
	api: ApiClient,
	session: WorkshopSession,
	onMoved: (info: WorkshopInfo) => void,
): () => void {
	let until = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let stopped = false;
	const ask = async () => {
		timer = undefined;
		if (stopped) return;
		try {
			const info = await api.workshop(session.workshopId);
			const ids = info.containers;
			if (!stopped && ids && (ids.process !== session.processId || ids.board !== session.boardId)) {
				stopped = true;
				onMoved(info);
				return;
			}
		} catch {
			// The server may be restarting too: ask again.
		}
		if (!stopped && Date.now() < until) timer = setTimeout(ask, ASK_EVERY_MS);
	};
	const dropped = () => {
		until = Date.now() + ASK_FOR_MS;
		if (timer === undefined) timer = setTimeout(ask, ASK_EVERY_MS);
	};
	const containers = [session.processContainer, session.boardContainer];
	for (const c of containers) c.on("disconnected", dropped);
	return () => {
		stopped = true;
		if (timer !== undefined) clearTimeout(timer);
		for (const c of containers) c.off("disconnected", dropped);
	};
}
