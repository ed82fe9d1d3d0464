/**
 * A live workshop: the step bar and participants, the board (canvas) and its accessible
 * list view beside it, and the facilitator's invitation links.
 */
import { Title3 } from "@fluentui/react-components";
import { useEffect, useMemo } from "react";
import type { ApiClient } from "../../api/client";
import type { WorkshopInfo } from "../../api/types";
import { newItemId } from "../../fluid/ids";
import { PresenceChannel } from "../../fluid/presence";
import type { WorkshopSession } from "../../fluid/session";
import { DraftStore } from "../../session/drafts";
import type { Host } from "../../teams/host";
import { BoardPanel } from "../board-list/BoardPanel";
import { BoardCanvas } from "../components/BoardCanvas";
import { ConnectionBanner } from "../components/ConnectionBanner";
import { RecallBanner } from "../facilitation/Recall";
import { PracticeSwitcher } from "../facilitation/PracticeSwitcher";
import { RoleCardButton } from "../facilitation/RoleCard";
import { Credit } from "../components/Credit";
import { ParticipantList } from "../components/ParticipantList";
import { SharePanel } from "../components/SharePanel";
import { ShareToStage } from "../components/ShareToStage";
import { StepBar } from "../components/StepBar";
import { useIsFacilitator, useTree } from "../hooks";
import { WorkshopContext, type WorkshopContextValue } from "../workshopContext";

function browserStorage() {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

export interface WorkshopViewProps {
	readonly api: ApiClient;
	readonly session: WorkshopSession;
	readonly info: WorkshopInfo;
	readonly host: Host;
}

/**
 * Three layouts: the Teams side panel (your own view: step, role card, your drafts and
 * the facilitator's controls, the share-to-stage button), the meeting stage (the board
 * for everyone, large; controls stay in the side panel), and a full page elsewhere.
 */
export function WorkshopView({ api, session, info, host }: WorkshopViewProps) {
	const process = session.processView.root;
	const title = useTree(process, () => process.title);
	const facilitator = useIsFacilitator(session);
	const frame = host.teams?.frameContext;
	const stageHeight = Math.max(480, window.innerHeight - 260);
	const context = useMemo<WorkshopContextValue>(
		() => ({
			api,
			session,
			drafts: new DraftStore(browserStorage(), info.id, session.me.userId, newItemId),
			presence: new PresenceChannel(session.boardContainer, session.audience),
		}),
		[api, session, info.id],
	);
	useEffect(() => () => context.presence.set({ writing: null, drag: null }), [context]);
	return (
		<WorkshopContext.Provider value={context}>
			<div style={{ display: "grid", gridTemplateRows: "auto auto 1fr auto", minHeight: "100vh" }}>
				<header style={{ padding: "8px 16px", display: "flex", gap: 16, alignItems: "center", flexWrap: "wrap" }}>
					<Title3 as="h1">{title}</Title3>
					<RoleCardButton session={session} />
					<PracticeSwitcher session={session} />
				</header>
				<div>
					<ConnectionBanner session={session} />
					<RecallBanner session={session} />
				</div>
				{frame === "sidePanel" ? (
					<main data-layout="side-panel" style={{ display: "grid", gap: 12, padding: "0 8px", alignContent: "start" }}>
						{host.teams && <ShareToStage teams={host.teams} workshopId={info.id} />}
						<StepBar session={session} />
						<BoardPanel />
						<ParticipantList session={session} />
					</main>
				) : frame === "meetingStage" ? (
					<main data-layout="stage" style={{ display: "grid", gap: 12, padding: "0 16px", alignContent: "start" }}>
						<StepBar session={session} controls={false} />
						<BoardCanvas height={stageHeight} />
					</main>
				) : (
					<div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr) 320px", gap: 16, padding: "0 16px" }}>
						<main data-layout="page" style={{ display: "grid", gap: 16, alignContent: "start", minWidth: 0 }}>
							<StepBar session={session} />
							<BoardCanvas />
							<BoardPanel />
						</main>
						<aside style={{ display: "grid", gap: 16, alignContent: "start" }}>
							<ParticipantList session={session} />
							{facilitator && <SharePanel workshopId={info.id} />}
						</aside>
					</div>
				)}
				<Credit />
			</div>
		</WorkshopContext.Provider>
	);
}
