/**
 * Presence: ephemeral, shared, never stored. Who is writing (never what), the card
 * being dragged and where, and each person's view of the board (so that others can
 * follow the facilitator's). Rides on Fluid signals via the presence runtime.
 * The sender of a presence update is resolved through the audience (from the signed
 * token), not from what the update claims.
 */
import type { IAzureAudience } from "@fluidframework/azure-client";
import { StateFactory } from "@fluid-internal/presence-runtime/states";
import { getPresence } from "fluid-framework";
import type { WorkshopContainer } from "./containers";

export type WritingWhat = "problematique" | "rebond" | "note" | "question" | "plan" | null;

export interface DragState {
	readonly kind: "problematique" | "dot" | "card";
	readonly id: string;
	readonly x: number;
	readonly y: number;
}

export interface ViewState {
	readonly x: number;
	readonly y: number;
	readonly zoom: number;
}

/**
 * The asked author's consent, as they gave it. Carried by presence because presence's
 * sender is authenticated (resolved through the audience from the signed token), which a
 * board edit is not: the facilitator's client records only this.
 */
export interface ConsentSignal {
	readonly problematiqueId: string;
	readonly answer: "yes" | "no";
}

export interface PresenceState {
	readonly writing: WritingWhat;
	readonly drag: DragState | null;
	readonly view: ViewState | null;
	readonly consent?: ConsentSignal | null;
}

export const IDLE: PresenceState = { writing: null, drag: null, view: null, consent: null };

export interface RemotePresence {
	readonly userId: string;
	readonly state: PresenceState;
}

export class PresenceChannel {
	private readonly latest;
	private local: PresenceState = IDLE;

	constructor(
		container: WorkshopContainer,
		private readonly audience: IAzureAudience,
	) {
		const presence = getPresence(container);
		const workspace = presence.states.getWorkspace("name:atelier-board", {
			me: StateFactory.latest<PresenceState>({ local: IDLE, settings: { allowableUpdateLatencyMs: 40 } }),
		});
		this.latest = workspace.states.me;
	}

	set(patch: Partial<PresenceState>): void {
		this.local = { ...this.local, ...patch };
		this.latest.local = this.local;
	}

	get mine(): PresenceState {
		return this.local;
	}

	/** The user behind a connection, from the audience (the signed token), if connected. */
	private userOf(connectionId: string): string | undefined {
		for (const [userId, member] of this.audience.getMembers()) {
			if (member.connections.some((c) => c.id === connectionId)) return userId;
		}
		return undefined;
	}

	others(): RemotePresence[] {
		const out: RemotePresence[] = [];
		for (const remote of this.latest.getRemotes()) {
			if (remote.attendee.getConnectionStatus() !== "Connected") continue;
			const userId = this.userOf(remote.attendee.getConnectionId());
			if (userId) out.push({ userId, state: remote.value as PresenceState });
		}
		return out;
	}

	onRemote(listener: (update: RemotePresence) => void): () => void {
		return this.latest.events.on("remoteUpdated", (update) => {
			const userId = this.userOf(update.attendee.getConnectionId());
			if (userId) listener({ userId, state: update.value as PresenceState });
		});
	}
}
