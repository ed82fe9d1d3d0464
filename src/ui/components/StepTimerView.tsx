/** The step timer everyone sees (server clock), and for the facilitator the projected end. */
import { Text } from "@fluentui/react-components";
import { stepById } from "../../domain/steps";
import { plannedMinutes, project, remainingMs } from "../../domain/timeplan";
import { contributorIds, currentStep, timerOf } from "../../fluid/read";
import type { WorkshopSession } from "../../fluid/session";
import { useNow, useTree } from "../hooks";
import { useLocale } from "../i18n";

function clock(ms: number): string {
	const total = Math.round(Math.abs(ms) / 1000);
	const m = Math.floor(total / 60);
	const s = total % 60;
	return `${m}:${String(s).padStart(2, "0")}`;
}

export function StepTimerView({ session }: { session: WorkshopSession }) {
	const { t, locale } = useLocale();
	const process = session.processView.root;
	const board = session.boardView.root;
	const now = useNow(() => session.clock.now(), 1000);
	// Re-render on any process change (step, timer); the members count is read on render.
	useTree(process, () => `${process.step}|${process.timer.startedAt}|${process.timer.pausedAt}|${process.timer.addedMs}`);
	const step = currentStep(process);
	if (!stepById(step).inSession) return null;
	const contributors = contributorIds(process, board).length;
	const ctx = { contributors, participants: board.problematiques.length };
	const planned = plannedMinutes(step, ctx) * 60_000;
	const left = remainingMs(timerOf(process), planned, now);
	const time = (ms: number) => new Date(ms).toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" });
	const projection = project(step, timerOf(process), now, process.announcedEnd, ctx);
	return (
		<div style={{ display: "flex", gap: 16, flexWrap: "wrap", alignItems: "baseline" }}>
			<Text role="timer" aria-live="off" data-testid="step-timer" weight="semibold">
				{left >= 0 ? `${t("timeLeft")} ${clock(left)}` : `${t("overtime")} +${clock(left)}`}
			</Text>
			<Text size={200}>{t("endAt", { time: time(process.announcedEnd) })}</Text>
			{session.me.role === "facilitator" && (
				<Text size={200} data-testid="projected-end">
					{t("projectedEnd", { time: time(projection.projectedEnd) })} —{" "}
					{projection.overrunMs > 60_000 ? t("late", { minutes: Math.round(projection.overrunMs / 60_000) }) : t("onTime")}
				</Text>
			)}
		</div>
	);
}
