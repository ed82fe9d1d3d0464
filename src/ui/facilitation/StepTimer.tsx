/**
 * The step timer everyone sees (server clock), a signal when time is up (visual, and a
 * short tone if you switch the sound on), and for the facilitator: pause, resume, add or
 * take back a minute, the projected end against the announced end, and where to take
 * time back (échanges between 20 and 45 minutes).
 */
import { Button, SpinButton, Field, Switch, Text } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { stepById } from "../../domain/steps";
import type { Verdict } from "../../domain/actions";
import { refusalMessage } from "../../domain/messages";
import { plannedMinutes, project, stepMinutesBounds } from "../../domain/timeplan";
import { addStepTime, pauseStepTimer, resumeStepTimer } from "../../fluid/commands/process";
import { setStepMinutes } from "../../fluid/commands/facilitation";
import type { WorkshopSession } from "../../fluid/session";
import { useIsFacilitator, useTree } from "../hooks";
import { useLocale } from "../i18n";
import { useStepPlan, useStepTime } from "../workspace/useStepTime";
import { clock, facilitationWords } from "./words";

const SOUND_KEY = "atelier-entraide:sound";

function beep(): void {
	try {
		const audio = new AudioContext();
		const osc = audio.createOscillator();
		osc.frequency.value = 660;
		osc.connect(audio.destination);
		osc.start();
		osc.stop(audio.currentTime + 0.25);
		osc.onended = () => void audio.close();
	} catch {
		// No audio here: the visual signal stays.
	}
}

/** One formatter per language: making one costs more than the render it serves (the projection re-renders each second). */
const hourMinuteFormats = new Map<string, Intl.DateTimeFormat>();

/** "14:05" in the reader's language. */
function hourMinute(ms: number, locale: string): string {
	let format = hourMinuteFormats.get(locale);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" });
		hourMinuteFormats.set(locale, format);
	}
	return format.format(ms);
}

/** The step's controls; only the clock and the projection below re-render each second. */
export function StepTimer({ session }: { session: WorkshopSession }) {
	const { t, locale } = useLocale();
	const f = facilitationWords(locale);
	const process = session.processView.root;
	const { step, plan: ctx, paused } = useStepPlan(session);
	const announcedEnd = useTree(process, () => process.announcedEnd);
	const [sound, setSound] = useState(() => localStorage.getItem(SOUND_KEY) === "on");
	const [refusal, setRefusal] = useState<string>();
	const show = (verdict: Verdict) => setRefusal(verdict.ok ? undefined : refusalMessage(verdict.reason, locale));
	const facilitator = useIsFacilitator(session);
	if (!stepById(step).inSession) return null;
	const echanges = plannedMinutes("echanges", ctx);
	const bounds = stepMinutesBounds("echanges");
	return (
		<div style={{ display: "grid", gap: 8 }}>
			<div style={{ display: "flex", gap: 16, flexWrap: "wrap", alignItems: "center" }}>
				<Countdown session={session} sound={sound} />
				<Text size={200}>{t("endAt", { time: hourMinute(announcedEnd, locale) })}</Text>
				{facilitator && <ProjectedEnd session={session} />}
				<Switch
					checked={sound}
					label={f("sound")}
					onChange={(_, d) => {
						setSound(d.checked);
						localStorage.setItem(SOUND_KEY, d.checked ? "on" : "off");
					}}
				/>
			</div>
			{facilitator && (
				<div style={{ display: "flex", gap: 8, flexWrap: "wrap", alignItems: "flex-end" }}>
					<Button
						size="small"
						onClick={() => show(session.run(paused ? resumeStepTimer : pauseStepTimer, {}))}
						data-testid="pause-timer"
					>
						{paused ? f("resume") : f("pause")}
					</Button>
					<Button size="small" onClick={() => show(session.run(addStepTime, { ms: 60_000 }))}>
						{f("addMinute")}
					</Button>
					<Button size="small" onClick={() => show(session.run(addStepTime, { ms: -60_000 }))}>
						{f("removeMinute")}
					</Button>
					<Field label={f("echangesMinutes", bounds)} size="small">
						<SpinButton
							min={bounds.min}
							max={bounds.max}
							value={echanges}
							onChange={(_, d) => {
								const value = d.value ?? Number(d.displayValue);
								if (Number.isInteger(value)) show(session.run(setStepMinutes, { step: "echanges", minutes: value }));
							}}
						/>
					</Field>
				</div>
			)}
			{facilitator && refusal && (
				<Text role="alert" data-testid="refusal">
					{refusal}
				</Text>
			)}
			{facilitator && <TakeBack session={session} />}
		</div>
	);
}

/** The time left (or over), each second; the tone once when it runs out, if the sound is on. */
function Countdown({ session, sound }: { readonly session: WorkshopSession; readonly sound: boolean }) {
	const { t, locale } = useLocale();
	const f = facilitationWords(locale);
	const { step, timer, leftMs: left, over, paused } = useStepTime(session);
	const rang = useRef<string>("");
	const key = `${step}|${timer.startedAt}`;
	useEffect(() => {
		if (over && rang.current !== key) {
			rang.current = key;
			if (sound) beep();
		}
	}, [over, key, sound]);
	return (
		<Text role="timer" aria-live="off" data-testid="step-timer" data-left={Math.round(left / 1000)} weight="semibold">
			{left >= 0 ? `${t("timeLeft")} ${clock(left)}` : `${t("overtime")} +${clock(left)}`}
			{paused ? ` — ${f("paused")}` : ""}
		</Text>
	);
}

/** Where the workshop ends at this pace, against the announced end (now counts). */
function useProjection(session: WorkshopSession) {
	const process = session.processView.root;
	const { step, timer, now, plan } = useStepTime(session);
	const announcedEnd = useTree(process, () => process.announcedEnd);
	return project(step, timer, now, announcedEnd, plan);
}

function ProjectedEnd({ session }: { readonly session: WorkshopSession }) {
	const { t, locale } = useLocale();
	const projection = useProjection(session);
	return (
		<Text size={200} data-testid="projected-end" data-overrun={Math.round(projection.overrunMs / 60_000)}>
			{t("projectedEnd", { time: hourMinute(projection.projectedEnd, locale) })} —{" "}
			{projection.overrunMs > 60_000 ? t("late", { minutes: Math.round(projection.overrunMs / 60_000) }) : t("onTime")}
		</Text>
	);
}

/** Where to take time back, once the workshop runs over by more than a minute. */
function TakeBack({ session }: { readonly session: WorkshopSession }) {
	const { locale } = useLocale();
	const projection = useProjection(session);
	if (projection.overrunMs <= 60_000 || projection.flexibleMs <= 0) return null;
	return (
		<Text size={200} data-testid="take-back">
			{facilitationWords(locale)("takeBack", { minutes: Math.round(projection.flexibleMs / 60_000) })}
		</Text>
	);
}
