/**
 * The time plan: planned minutes per step, the step timer, the projected end of the
 * session against the announced end time, and the overrun. All times are server-clock
 * milliseconds (clients correct their clock against the server's time endpoint).
 */
import { STEPS, STEP_IDS, stepById, type StepId } from "./steps";

const MINUTE = 60_000;

export interface PlanContext {
	/** Number of contributors (for per-person steps). */
	readonly contributors: number;
	/** Number of participants presenting a problématique in partage. */
	readonly participants: number;
	/** The facilitator's own durations, in minutes, where they adapted the plan. */
	readonly overrides?: Readonly<Partial<Record<StepId, number>>>;
}

/** Planned minutes of a step for this group. */
export function plannedMinutes(step: StepId, ctx: PlanContext): number {
	const override = ctx.overrides?.[step];
	if (override !== undefined) return override;
	const { duration } = stepById(step);
	if (duration.perContributor) return duration.minutes * Math.max(1, ctx.contributors);
	// Partage: 2 minutes at most each; the plan's 20 minutes grow with a larger group.
	if (duration.perPersonTurnMinutes) return Math.max(duration.minutes, duration.perPersonTurnMinutes * ctx.participants);
	return duration.minutes;
}

/** The step timer as the process stores it. */
export interface StepTimer {
	/** When the step started (server ms). */
	readonly startedAt: number;
	/** Set while paused: when the pause began. */
	readonly pausedAt?: number | undefined;
	/** Total paused time before the current pause. */
	readonly pausedMs: number;
	/** Time the facilitator added (may be negative to take time back). */
	readonly addedMs: number;
}

export function startTimer(now: number): StepTimer {
	return { startedAt: now, pausedMs: 0, addedMs: 0 };
}

export function pauseTimer(timer: StepTimer, now: number): StepTimer {
	return timer.pausedAt === undefined ? { ...timer, pausedAt: now } : timer;
}

export function resumeTimer(timer: StepTimer, now: number): StepTimer {
	if (timer.pausedAt === undefined) return timer;
	return { startedAt: timer.startedAt, pausedMs: timer.pausedMs + (now - timer.pausedAt), addedMs: timer.addedMs };
}

export function addTime(timer: StepTimer, ms: number): StepTimer {
	return { ...timer, addedMs: timer.addedMs + ms };
}

export function elapsedMs(timer: StepTimer, now: number): number {
	const end = timer.pausedAt ?? now;
	return Math.max(0, end - timer.startedAt - timer.pausedMs);
}

/** Remaining time of the step (negative once over). */
export function remainingMs(timer: StepTimer, plannedMs: number, now: number): number {
	return plannedMs + timer.addedMs - elapsedMs(timer, now);
}

export interface Projection {
	/** When the session is projected to end (server ms). */
	readonly projectedEnd: number;
	/** Projected end minus announced end: positive means the session will run late. */
	readonly overrunMs: number;
	/** Minutes that can still be taken back from flexible steps (échanges above its minimum). */
	readonly flexibleMs: number;
}

/**
 * Projected end = now + what is left of the current step + the planned time of every
 * following step of the session.
 */
export function project(current: StepId, timer: StepTimer, now: number, announcedEnd: number, ctx: PlanContext): Projection {
	const index = STEP_IDS.indexOf(current);
	let rest = 0;
	let flexibleMs = 0;
	const currentDef = stepById(current);
	if (currentDef.inSession) {
		const left = Math.max(0, remainingMs(timer, plannedMinutes(current, ctx) * MINUTE, now));
		rest += left;
		if (currentDef.duration.maxMinutes !== undefined) {
			// What is left of the current flexible step above its minimum.
			const aboveMinimum = plannedMinutes(current, ctx) * MINUTE + timer.addedMs - currentDef.duration.minutes * MINUTE;
			flexibleMs += Math.max(0, Math.min(left, aboveMinimum));
		}
	}
	for (const step of STEPS.slice(index + 1)) {
		if (!step.inSession) continue;
		const planned = plannedMinutes(step.id, ctx);
		rest += planned * MINUTE;
		if (step.duration.maxMinutes !== undefined) {
			flexibleMs += Math.max(0, planned - step.duration.minutes) * MINUTE;
		}
	}
	const projectedEnd = now + rest;
	return { projectedEnd, overrunMs: projectedEnd - announcedEnd, flexibleMs };
}

/** Total planned minutes of the session steps (accueil to partage des contributeurs). */
export function sessionMinutes(ctx: PlanContext): number {
	return STEPS.filter((s) => s.inSession).reduce((sum, s) => sum + plannedMinutes(s.id, ctx), 0);
}

/** A person's own turn in the steps the kit times per person: 2 min in partage, 1 min each after. */
export function personalTurnMinutes(step: StepId): number | undefined {
	if (step === "partage") return stepById(step).duration.perPersonTurnMinutes;
	if (stepById(step).duration.perContributor) return stepById(step).duration.minutes;
	return undefined;
}

/**
 * Time left in a person's turn (negative once over). A clock read a little before the
 * turn began (screens tick once a second) counts as its start: never more than the turn.
 */
export function personalTurnLeftMs(step: StepId, since: number, now: number): number | undefined {
	const minutes = personalTurnMinutes(step);
	return minutes === undefined ? undefined : minutes * MINUTE - Math.max(0, now - since);
}

/** m:ss of a duration (its absolute value), to the nearest second. */
export function formatClock(ms: number): string {
	const total = Math.round(Math.abs(ms) / 1000);
	return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

/** The minutes the facilitator may plan for a step: échanges 20 to 45; 0 to 240 otherwise. */
export function stepMinutesBounds(step: StepId): { readonly min: number; readonly max: number } {
	const { duration } = stepById(step);
	return duration.maxMinutes !== undefined ? { min: duration.minutes, max: duration.maxMinutes } : { min: 0, max: 240 };
}
