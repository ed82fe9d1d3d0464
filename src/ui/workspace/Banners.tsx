/**
 * The notices above the board, each shown only when it applies: restored from the archive,
 * connection lost, a rule recalled, time up.
 */
import type { WorkshopInfo } from "../../api/types";
import type { WorkshopSession } from "../../fluid/session";
import { ConnectionBanner } from "../components/ConnectionBanner";
import { RecallBanner } from "../facilitation/Recall";
import { RestoredNotice } from "./RestoredNotice";
import { TimeUp } from "./TimeUp";

export interface BannersProps {
	readonly session: WorkshopSession;
	readonly info: WorkshopInfo;
	readonly stage?: boolean;
}

export function Banners(props: BannersProps) {
	const { session, info, stage = false } = props;
	return (
		<div style={{ display: "grid", gap: 4, padding: "0 8px" }}>
			<RestoredNotice info={info} stage={stage} />
			<ConnectionBanner session={session} />
			<RecallBanner session={session} />
			<TimeUp session={session} />
		</div>
	);
}
