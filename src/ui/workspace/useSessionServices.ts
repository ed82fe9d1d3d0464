/** Keeps the session's protocol reactions (`fluid/services.ts`) running while mounted. */
import { useEffect } from "react";
import type { PresenceChannel } from "../../fluid/presence";
import { startSessionServices } from "../../fluid/services";
import type { WorkshopSession } from "../../fluid/session";

export function useSessionServices(session: WorkshopSession, presence: PresenceChannel): void {
	useEffect(() => startSessionServices(session, presence), [session, presence]);
}
