/**
 * The compact header: the workshop's title, the step (its name, n of 17, the clock), your
 * role, and the view's switches (déroulé, role card, list view). One line on a page (a
 * long step name cut with "…", whole on hover); it wraps in the side panel, never sideways.
 */
import { Button, Switch, Text, type TextProps, tokens } from "@fluentui/react-components";
import { Pill } from "../components/Pill";
import type { CSSProperties, ReactNode } from "react";
import { stepTitle } from "../../domain/instructions";
import { roleName } from "../../domain/messages";
import { STEP_IDS, stepById } from "../../domain/steps";
import { currentStep, roleOfUser } from "../../fluid/read";
import type { WorkshopSession } from "../../fluid/session";
import { clock, facilitationWords } from "../facilitation/words";
import { useTree } from "../hooks";
import { useLocale } from "../i18n";
import { EndedBadge } from "./EndedBadge";
import { useStepTime } from "./useStepTime";
import { workspaceWords } from "./words";

export interface HeaderProps {
	readonly session: WorkshopSession;
	/** Extra controls at the end of the line (role card, practice switch, share to stage). */
	readonly children?: ReactNode;
	readonly listView?: { readonly on: boolean; readonly set: (on: boolean) => void } | undefined;
	readonly deroule?: { readonly on: boolean; readonly set: (on: boolean) => void } | undefined;
	readonly large?: boolean;
	/** The Teams side panel (320 px): smaller type, the step and its clock on one line. */
	readonly compact?: boolean;
}

/** The side panel's step: it wraps. */
const STEP_COMPACT: CSSProperties = { display: "flex", alignItems: "baseline", gap: 8, minWidth: 0, flexWrap: "wrap" };
/**
 * On a page: the step stays on the header's line, its long names ("Échanges entre les
 * contributeurs") cut with "…" rather than wrapping the header onto a second line, which
 * moved the board down and resized its canvas at some steps. The header still wraps where
 * even the step's short form does not fit (a narrow window).
 */
const STEP_LINE: CSSProperties = {
	display: "flex",
	alignItems: "baseline",
	gap: 8,
	minWidth: 0,
	// Placed on the line as if 14em wide, then as wide as it needs where there is room (the space left goes to the spacer).
	flex: "1 1 14em",
	maxWidth: "max-content",
};
const STEP_TITLE_LINE: CSSProperties = {
	margin: 0,
	minWidth: 0,
	overflow: "hidden",
	textOverflow: "ellipsis",
	whiteSpace: "nowrap",
};

export function WorkspaceHeader({ session, children, listView, deroule, large = false, compact = false }: HeaderProps) {
	const { t, locale } = useLocale();
	const w = workspaceWords(locale);
	const process = session.processView.root;
	const title = useTree(process, () => process.title);
	const role = useTree(process, () => roleOfUser(process, session.me.userId, session.me.role === "observer"));
	const step = useTree(process, () => currentStep(process));
	const index = STEP_IDS.indexOf(step);
	const size = large ? 600 : compact ? 300 : 400;
	return (
		<header
			style={{
				display: "flex",
				flexWrap: "wrap",
				alignItems: "center",
				gap: compact ? "2px 8px" : "4px 12px",
				padding: compact ? "4px 8px" : "6px 12px",
				borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
				minWidth: 0,
			}}
		>
			<Text
				as="h1"
				weight="semibold"
				size={size}
				style={{ margin: 0, minWidth: 0, maxWidth: "100%", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}
				title={title}
			>
				{title}
			</Text>
			<div style={compact ? STEP_COMPACT : STEP_LINE}>
				<Text size={large ? 400 : 200} style={{ color: tokens.colorNeutralForeground3, flexShrink: 0 }}>
					{compact ? `${index}/${STEP_IDS.length - 1}` : w("stepOf", { n: index, total: STEP_IDS.length - 1 })}
				</Text>
				<Text
					as="h2"
					size={size}
					weight="semibold"
					id="step-title"
					data-testid="step-title"
					data-step={step}
					title={compact ? undefined : stepTitle(step, locale)}
					style={compact ? { margin: 0, overflowWrap: "anywhere" } : STEP_TITLE_LINE}
				>
					{stepTitle(step, locale)}
				</Text>
				{stepById(step).inSession && <HeaderClock session={session} size={large ? 700 : size} />}
			</div>
			<EndedBadge session={session} />
			{!large && (
				<Pill look="tint" data-testid="my-role">
					{t("yourRole", { role: roleName(role, locale) })}
				</Pill>
			)}
			{/* The space left: after the step has taken what it needs. */}
			{!compact && <div style={{ flex: "0.001 1 0" }} />}
			<div style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 4 }}>
				{deroule && (
					<Button
						size="small"
						appearance={deroule.on ? "primary" : "secondary"}
						aria-pressed={deroule.on}
						onClick={() => deroule.set(!deroule.on)}
						data-testid="show-infographic"
					>
						{w("deroule")}
					</Button>
				)}
				{children}
				{listView && (
					<Switch
						checked={listView.on}
						onChange={(_, d) => listView.set(d.checked)}
						label={w("listView")}
						title={w("listViewHint")}
						data-testid="list-view"
					/>
				)}
			</div>
		</header>
	);
}

/** The step's clock: the only part of the header that changes every second (re-rendered alone). */
function HeaderClock({ session, size }: { readonly session: WorkshopSession; readonly size: TextProps["size"] }) {
	const { t, locale } = useLocale();
	const w = workspaceWords(locale);
	const time = useStepTime(session);
	return (
		<Text
			role="timer"
			aria-live="off"
			aria-label={time.over ? `${t("overtime")} ${clock(time.leftMs)}` : `${t("timeLeft")} ${clock(time.leftMs)}`}
			data-testid="header-timer"
			data-over={time.over ? "yes" : "no"}
			size={size}
			weight="semibold"
			style={{
				flexShrink: 0,
				fontVariantNumeric: "tabular-nums",
				color: time.over ? tokens.colorPaletteRedForeground1 : undefined,
			}}
		>
			{time.over ? w("overShort", { time: clock(time.leftMs) }) : clock(time.leftMs)}
			{time.paused ? ` — ${facilitationWords(locale)("paused")}` : ""}
		</Text>
	);
}
