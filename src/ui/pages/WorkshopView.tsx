/** A live workshop: step bar, participants, and the facilitator's invitation links. */
import { Title3 } from "@fluentui/react-components";
import type { WorkshopInfo } from "../../api/types";
import type { WorkshopSession } from "../../fluid/session";
import type { Host } from "../../teams/host";
import { ConnectionBanner } from "../components/ConnectionBanner";
import { Credit } from "../components/Credit";
import { ParticipantList } from "../components/ParticipantList";
import { SharePanel } from "../components/SharePanel";
import { StepBar } from "../components/StepBar";
import { useTree } from "../hooks";

export function WorkshopView({ session, info }: { session: WorkshopSession; info: WorkshopInfo; host: Host }) {
	const process = session.processView.root;
	const title = useTree(process, () => process.title);
	const facilitator = session.me.role === "facilitator";
	return (
		<div style={{ display: "grid", gridTemplateRows: "auto auto 1fr auto", minHeight: "100vh" }}>
			<header style={{ padding: "8px 16px" }}>
				<Title3 as="h1">{title}</Title3>
			</header>
			<ConnectionBanner session={session} />
			<div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr) 300px", gap: 16, padding: "0 16px" }}>
				<StepBar session={session} />
				<aside style={{ display: "grid", gap: 16, alignContent: "start" }}>
					<ParticipantList session={session} />
					{facilitator && <SharePanel workshopId={info.id} />}
				</aside>
			</div>
			<Credit />
		</div>
	);
}
