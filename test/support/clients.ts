/** Fluid clients in Node for integration tests: a facilitator creates, participants join. */
import { eventually } from "./waiting";
import "./node-fluid";
import { ApiClient } from "../../src/api/client";
import { ServerClock } from "../../src/api/clock";
import type { Identity, PublicFluidConfig, WorkshopInfo } from "../../src/api/types";
import { createWorkshopDocuments, openWorkshop, type WorkshopSession } from "../../src/fluid/session";

export interface TestWorkshop {
	readonly api: ApiClient;
	readonly fluid: PublicFluidConfig;
	readonly info: WorkshopInfo;
	readonly key: string;
	/** The participant link's key and the observer link's: `join` uses the one for the role. */
	readonly participantKey: string;
	readonly observerKey: string;
	readonly facilitator: WorkshopSession;
	join(name: string, observer?: boolean): Promise<WorkshopSession>;
	/** Opens the workshop again with an existing identity (a reload, or a forged client). */
	open(identity: Identity): Promise<WorkshopSession>;
	dispose(): void;
}

export async function createTestWorkshop(appUrl: string, title = "Atelier de test"): Promise<TestWorkshop> {
	const api = new ApiClient(appUrl);
	const { fluid } = await api.config();
	const clock = new ServerClock();
	await clock.sync(api);
	const created = await api.createWorkshop(title, Date.now() + 3 * 3600_000, "Fanny Facilitatrice");
	const facilitator = await createWorkshopDocuments(
		api,
		fluid,
		created.workshop,
		created.identity,
		created.facilitatorKey,
		clock,
	);
	const info = await api.workshop(created.workshop.id);
	const sessions: WorkshopSession[] = [facilitator];
	const open = async (identity: Identity) => {
		// As a page does: the workshop's record as the server has it now.
		const session = await openWorkshop(api, fluid, await api.workshop(info.id), identity, clock, Promise.resolve());
		sessions.push(session);
		return session;
	};
	return {
		api,
		fluid,
		info,
		key: created.facilitatorKey,
		participantKey: created.participantKey,
		observerKey: created.observerKey,
		facilitator,
		open,
		join: async (name, observer = false) =>
			open(await api.join(info.id, name, observer ? created.observerKey : created.participantKey)),
		dispose: () => {
			for (const s of sessions) s.dispose();
		},
	};
}

/** Opens an existing workshop in Node as `identity` (beside pages that drive the browser). */
export async function openAs(appUrl: string, workshopId: string, identity: Identity): Promise<WorkshopSession> {
	const api = new ApiClient(appUrl);
	const { fluid } = await api.config();
	const clock = new ServerClock();
	await clock.sync(api);
	return openWorkshop(api, fluid, await api.workshop(workshopId), identity, clock, Promise.resolve());
}

/** Waits until every session has no pending local edit (all sent and acknowledged). */
export async function settled(sessions: readonly WorkshopSession[], timeoutMs = 15_000): Promise<void> {
	await eventually(
		() => sessions.every((s) => !s.boardContainer.isDirty && !s.processContainer.isDirty),
		timeoutMs,
		"every client to be saved",
	);
}

export { eventually } from "./waiting";
