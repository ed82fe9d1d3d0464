/**
 * The action dock beside the canvas: for your role in this step, the consigne and the
 * step's controls themselves (write, your gommettes, ask, raise your hand, keep an idea,
 * agree…), and for the facilitator the step, time and floor controls. Participants and
 * invitation links fold below. It scrolls inside itself, never the page.
 */
import { Body1, Caption1, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { instructionFor } from "../../domain/instructions";
import type { WorkshopSession } from "../../fluid/session";
import type { PanelView } from "../board-list/useBoardState";
import { ParticipantList } from "../components/ParticipantList";
import { SharePanel } from "../components/SharePanel";
import { PersonalTurn } from "../facilitation/PersonalTurn";
import { StepTimer } from "../facilitation/StepTimer";
import { useLocale } from "../i18n";
import { FacilitatorControls } from "./FacilitatorControls";
import { EndedNotice } from "./EndWorkshop";
import { GroupProgress } from "./GroupProgress";
import { GroupDockParts } from "../group/lazyParts";
import { useWorkshop } from "../workshopContext";
import { StepZones } from "../pages/workshopParts";
import { ZONES_OF_STEP } from "../board-list/zoneSteps";
import { workspaceWords } from "./words";
import { YourTurn } from "./YourTurn";

export interface ActionDockProps {
	readonly session: WorkshopSession;
	readonly view: PanelView;
	/** False when the list view shows the zones already (they appear once on the page). */
	readonly zones: boolean;
	readonly workshopId: string;
	/** "main" in the Teams side panel, where the dock is the page. */
	readonly landmark?: "aside" | "main";
}

function Fold({ title, open, children, testId }: { title: string; open: boolean; children: ReactNode; testId: string }) {
	return (
		<details open={open} data-testid={testId} style={{ borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: 6 }}>
			<summary style={{ cursor: "pointer", fontWeight: tokens.fontWeightSemibold, padding: "4px 0" }}>{title}</summary>
			<div style={{ paddingTop: 6 }}>{children}</div>
		</details>
	);
}

export function ActionDock({ session, view, zones, workshopId, landmark = "aside" }: ActionDockProps) {
	const { t, locale } = useLocale();
	const { api } = useWorkshop();
	const w = workspaceWords(locale);
	const facilitator = view.role === "facilitator";
	const early = view.step === "invitation" || view.step === "accueil";
	const hasZones = zones && ZONES_OF_STEP[view.step].length > 0;
	const Landmark = landmark;
	return (
		<Landmark
			aria-label={w("dock")}
			data-testid="action-dock"
			style={{
				display: "flex",
				flexDirection: "column",
				gap: 10,
				minHeight: 0,
				minWidth: 0,
				overflowY: "auto",
				overflowX: "hidden",
				overflowWrap: "anywhere",
				padding: 8,
				boxSizing: "border-box",
			}}
		>
			<EndedNotice session={session} />
			<YourTurn session={session} />
			<Body1 as="p" data-testid="instruction" style={{ margin: 0 }}>
				{instructionFor(view.step, view.role, locale)}
			</Body1>
			{facilitator && <FacilitatorControls session={session} step={view.step} />}
			<PersonalTurn session={session} />
			{facilitator && <GroupProgress session={session} />}
			<GroupDockParts api={api} session={session} step={view.step} facilitator={facilitator} ended={view.ended} />
			{hasZones && <StepZones view={view} />}
			{!facilitator && !hasZones && zones && (
				<Text size={200} style={{ color: tokens.colorNeutralForeground3 }}>
					{w("nothingHere")}
				</Text>
			)}
			<StepTimer session={session} />
			<Fold title={t("participants")} open={facilitator && early} testId="participants-fold">
				<ParticipantList session={session} />
			</Fold>
			{facilitator && (
				<Fold title={w("inviteTab")} open={early} testId="invite-fold">
					<SharePanel workshopId={workshopId} ticket={session.me.ticket} />
				</Fold>
			)}
			<Caption1 style={{ color: tokens.colorNeutralForeground3, marginTop: "auto" }}>{t("credit")}</Caption1>
		</Landmark>
	);
}
