/** What the app server answers, as the browser and the tests read it. */
export type IdentityRole = "facilitator" | "participant" | "observer";

export interface Identity {
	readonly userId: string;
	readonly name: string;
	readonly role: IdentityRole;
	/** Signed by the server; asked back before each Fluid token. */
	readonly ticket: string;
}

export interface WorkshopInfo {
	readonly id: string;
	readonly title: string;
	readonly announcedEnd: number;
	readonly facilitatorName: string;
	readonly containers: { readonly process: string; readonly board: string } | null;
	/** "ended" once the facilitator ended it (the board is then read-only). */
	readonly status: "active" | "ended";
	/** Set when the documents were re-created from the archive: when, and the time of the state they hold. */
	readonly restored: { readonly at: number; readonly savedAt: number } | null;
}

export interface CreatedWorkshop {
	readonly workshop: WorkshopInfo;
	readonly facilitatorKey: string;
	readonly identity: Identity;
}

/** A Teams meeting's workshop: created (with the facilitator's key) or found again. */
export interface TeamsSetup {
	readonly workshop: WorkshopInfo;
	readonly identity: Identity;
	readonly facilitatorKey?: string;
}

export interface PublicFluidConfig {
	readonly type: "local" | "remote";
	readonly endpoint: string;
	readonly tenantId: string;
}

export interface ApiErrorBody {
	readonly error: string;
	readonly message: string;
	readonly field?: string;
	readonly max?: number;
}

/** One line of "My workshops": what the list shows, never a key. */
export interface MyWorkshop {
	readonly id: string;
	readonly title: string;
	readonly createdAt: number;
	readonly announcedEnd: number;
	readonly status: "active" | "ended";
	readonly endedAt: number | null;
}

/** The workshops this browser (its facilitation keys) or this Teams user facilitates, newest first. */
export interface MyWorkshops {
	readonly workshops: readonly MyWorkshop[];
}

/** How the facilitator proves it: the facilitation key, their identity ticket, or (Teams) their sign-in token. */
export type FacilitatorProof = { readonly key: string } | { readonly ticket: string } | { readonly ssoToken: string };
