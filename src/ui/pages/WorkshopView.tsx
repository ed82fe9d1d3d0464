/**
 * A live workshop on one screen, for each surface:
 * - the browser page: header, step bar, then the canvas (or the list view) filling the rest
 *   with the action dock beside it;
 * - the Teams side panel (320 px): your role, your dock with the step's controls and your
 *   private drafts, the facilitator's controls, share to stage;
 * - the meeting stage (a large screen nobody touches): the board only, framed on the step
 *   by itself, with the step, who speaks and the timer.
 * The document never scrolls; the dock and the list view scroll inside themselves.
 */
import { tokens } from "@fluentui/react-components";
import { useEffect, useMemo, type ReactNode } from "react";
import type { ApiClient } from "../../api/client";
import type { WorkshopInfo } from "../../api/types";
import { newItemId } from "../../fluid/ids";
import { PresenceChannel } from "../../fluid/presence";
import type { WorkshopSession } from "../../fluid/session";
import { DraftStore } from "../../session/drafts";
import type { Host } from "../../teams/host";
import { usePanelView } from "../board-list/panelView";
import { ContinuityFromView } from "../group/continuity";
import { PlanReturn } from "../group/lazyParts";
import { useSessionServices } from "../workspace/useSessionServices";
import { ShareToStage } from "../components/ShareToStage";
import { AfterFirstFrame } from "../workspace/AfterFirstFrame";
import { RoleCardButton } from "../facilitation/RoleCard";
import { StageSpeaker } from "../workspace/StageSpeaker";
import { StepRail } from "../workspace/StepRail";
import { useInfographic } from "../workspace/useInfographic";
import { useListView } from "../workspace/viewMode";
import { WorkspaceHeader } from "../workspace/WorkspaceHeader";
import { useWorkshop, WorkshopContext, type WorkshopContextValue } from "../workshopContext";
import { ActionDock, Banners, BoardCanvas, BoardPanel, ConsentDialog, Infographic, PracticeSwitcher } from "./workshopParts";

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

export function WorkshopView({ api, session, info, host }: WorkshopViewProps) {
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
	// The session's protocol reactions (consent recorded, one's answer announced), on every surface.
	useSessionServices(session, context.presence);
	const frame = host.teams?.frameContext;
	return (
		<WorkshopContext.Provider value={context}>
			<ContinuityFromView>
				{frame === "meetingStage" ? (
					<StageSurface session={session} info={info} />
				) : (
					<PersonalSurface session={session} info={info} host={host} sidePanel={frame === "sidePanel"} />
				)}
			</ContinuityFromView>
		</WorkshopContext.Provider>
	);
}

/** One screen tall, never wider than the window. */
function Screen({ layout, children }: { readonly layout: string; readonly children: ReactNode }) {
	return (
		<div
			data-layout={layout}
			style={{
				height: "100dvh",
				display: "flex",
				flexDirection: "column",
				overflow: "hidden",
				background: tokens.colorNeutralBackground2,
			}}
		>
			{children}
		</div>
	);
}

function PersonalSurface(props: { session: WorkshopSession; info: WorkshopInfo; host: Host; sidePanel: boolean }) {
	const { session, info, host, sidePanel } = props;
	const view = usePanelView();
	const list = useListView();
	// The canvas shows the déroulé in présentation; without a canvas (list view, side panel) the picture opens by itself.
	const deroule = useInfographic(view.step, list.on || sidePanel);
	const dock = (zones: boolean) => (
		<ActionDock session={session} view={view} zones={zones} workshopId={info.id} landmark={sidePanel ? "main" : "aside"} />
	);
	return (
		<Screen layout={sidePanel ? "side-panel" : "page"}>
			<WorkspaceHeader session={session} listView={list} deroule={deroule} compact={sidePanel}>
				{sidePanel && host.teams && <ShareToStage teams={host.teams} workshopId={info.id} />}
				<RoleCardButton session={session} />
				<PracticeSwitcher session={session} />
			</WorkspaceHeader>
			<div style={{ padding: "4px 8px" }}>
				<StepRail step={view.step} compact={sidePanel} />
			</div>
			<Banners session={session} info={info} />
			<ConsentDialog view={view} />
			{sidePanel ? (
				<div style={{ flex: "1 1 0", minHeight: 0, display: "flex", flexDirection: "column", position: "relative" }}>
					{list.on ? (
						// One column: the step's controls, then the whole board as lists.
						<div style={{ flex: "1 1 0", minHeight: 0, overflow: "auto", overflowX: "hidden" }}>
							{dock(false)}
							<div style={{ padding: 8 }}>
								<BoardPanel />
							</div>
						</div>
					) : (
						dock(true)
					)}
					{deroule.on && (
						<div style={{ position: "absolute", inset: 4, zIndex: 2 }}>
							<Infographic step={view.step} onClose={() => deroule.set(false)} />
						</div>
					)}
				</div>
			) : (
				<div
					style={{
						flex: "1 1 0",
						minHeight: 0,
						display: "grid",
						gridTemplateColumns: "minmax(0, 1fr) clamp(300px, 28vw, 420px)",
						gap: 8,
						padding: "0 8px 8px",
					}}
				>
					<main
						data-testid="workspace-main"
						style={{ minHeight: 0, minWidth: 0, position: "relative", display: "flex", flexDirection: "column" }}
					>
						{list.on ? (
							<div style={{ flex: "1 1 0", minHeight: 0, overflow: "auto" }} data-testid="list-scroll">
								<BoardPanel />
							</div>
						) : (
							<BoardCanvas />
						)}
						{deroule.on && (
							<div style={{ position: "absolute", inset: "40px 8px 8px", zIndex: 2, display: "flex" }}>
								<Infographic step={view.step} onClose={() => deroule.set(false)} />
							</div>
						)}
					</main>
					<div
						style={{
							minHeight: 0,
							display: "flex",
							flexDirection: "column",
							background: tokens.colorNeutralBackground1,
							borderRadius: tokens.borderRadiusLarge,
							border: `1px solid ${tokens.colorNeutralStroke2}`,
						}}
					>
						<AfterFirstFrame now={list.on} place={{ padding: 8 }}>
							{dock(!list.on)}
						</AfterFirstFrame>
					</div>
				</div>
			)}
		</Screen>
	);
}

function StageSurface({ session, info }: { readonly session: WorkshopSession; readonly info: WorkshopInfo }) {
	const view = usePanelView();
	const { api } = useWorkshop();
	return (
		<Screen layout="stage">
			<WorkspaceHeader session={session} large>
				<StageSpeaker session={session} />
			</WorkspaceHeader>
			<div style={{ padding: "4px 12px" }}>
				<StepRail step={view.step} />
			</div>
			<Banners session={session} info={info} stage />
			<main
				style={{
					flex: "1 1 0",
					minHeight: 0,
					display: "flex",
					flexDirection: "column",
					padding: "0 12px 12px",
					position: "relative",
				}}
			>
				<BoardCanvas tools={false} />
				{view.step === "accueil" && (
					<div style={{ position: "absolute", top: 12, right: 24, width: "min(40%, 640px)", zIndex: 2 }}>
						<PlanReturn api={api} session={session} large />
					</div>
				)}
			</main>
		</Screen>
	);
}
