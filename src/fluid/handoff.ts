/**
 * Facilitator handoff. The server moves the authority first (the next process token is
 * writable for the new facilitator only), then the process names the new facilitator.
 * Both clients then open the workshop again, so that their connections carry the new
 * rights (the Fluid driver keeps a connection's token across reconnects): the new
 * facilitator gains write, the former one drops to read.
 */
import { memberName } from "./read";
import { Tree } from "fluid-framework";
import type { ApiClient } from "../api/client";
import { refuse, type Verdict } from "../domain/actions";
import { canRun } from "./commands/command";
import { handOver } from "./commands/facilitation";
import type { WorkshopContainer } from "./containers";
import type { WorkshopSession } from "./session";

function saved(container: WorkshopContainer): Promise<void> {
	return container.isDirty ? new Promise((resolve) => container.once("saved", () => resolve())) : Promise.resolve();
}

export async function handFacilitationTo(session: WorkshopSession, api: ApiClient, toUserId: string): Promise<Verdict> {
	const verdict = canRun(handOver, session.context(), { toUserId });
	if (!verdict.ok) return verdict;
	const name = memberName(session.boardView.root, toUserId);
	if (!name) return refuse("unknownItem");
	await api.handoff(session.workshopId, session.me.ticket, toUserId, name);
	const result = session.run(handOver, { toUserId });
	await saved(session.processContainer);
	return result;
}

/**
 * Tells when the role has come to or left this client since its session was opened: the
 * workshop must then be opened again. Checked at once (the change may have arrived before
 * the listener was set) and on every process change after, until told once.
 *
 * Told only once this client's own process edits have reached the service: reopening
 * disposes the container, and an edit still pending — the handover itself, on the former
 * facilitator's side — would be lost, leaving the process naming her while the server had
 * moved the authority. The change is seen while the edit is being made, before it is even
 * submitted, so the wait starts after the current turn.
 */
export function onFacilitatorChange(session: WorkshopSession, listener: () => void): () => void {
	let told = false;
	let stopped = false;
	const check = () => {
		const isMe = session.processView.root.facilitatorId === session.me.userId;
		if (told || isMe === session.openedAsFacilitator) return;
		told = true;
		setTimeout(() => {
			void saved(session.processContainer).then(() => {
				if (!stopped) listener();
			});
		}, 0);
	};
	queueMicrotask(check);
	const off = Tree.on(session.processView.root, "nodeChanged", check);
	return () => {
		stopped = true;
		off();
	};
}
