/**
 * What every panel of an open workshop shares: the session (documents, commands), this
 * browser's private drafts, and presence. Created once per open workshop.
 */
import { createContext, useContext } from "react";
import type { ApiClient } from "../api/client";
import type { PresenceChannel } from "../fluid/presence";
import type { WorkshopSession } from "../fluid/session";
import type { DraftStore } from "../session/drafts";

export interface WorkshopContextValue {
	readonly api: ApiClient;
	readonly session: WorkshopSession;
	readonly drafts: DraftStore;
	readonly presence: PresenceChannel;
}

export const WorkshopContext = createContext<WorkshopContextValue | null>(null);

export function useWorkshop(): WorkshopContextValue {
	const value = useContext(WorkshopContext);
	if (!value) throw new Error("useWorkshop outside an open workshop");
	return value;
}
