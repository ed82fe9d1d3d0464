/**
 * The step's time as everyone reads it (server clock): planned, left, over, paused.
 * One home for the arithmetic the header's clock and the facilitator's timer show.
 * `useStepPlan` is what does not tick (the step, its timer, what the plan counts on):
 * the controls beside a clock read it, and only the clock itself re-renders each second.
 */
import { stepById, type StepId } from "../../domain/steps";
import { plannedMinutes, remainingMs, type PlanContext, type StepTimer } from "../../domain/timeplan";
import { contributorIds, currentStep, timerOf } from "../../fluid/read";
import type { WorkshopSession } from "../../fluid/session";
import { useNow, useTrees } from "../hooks";

export interface StepPlan {
	readonly step: StepId;
	/** False outside the session (invitation, documentation): no clock then. */
	readonly timed: boolean;
	readonly timer: StepTimer;
	readonly paused: boolean;
	/** What the plan counts on (contributors, participants, the facilitator's changes). */
	readonly plan: PlanContext;
}

export interface StepTime extends StepPlan {
	readonly leftMs: number;
	readonly over: boolean;
	/** Server-clock now, ticking each second. */
	readonly now: number;
}

/** The step, its timer and its plan: re-read when the process, the members or the problématiques change. */
export function useStepPlan(session: WorkshopSession): StepPlan {
	const process = session.processView.root;
	const board = session.boardView.root;
	const read = useTrees(
		[process, board.members, board.problematiques],
		() => ({
			step: currentStep(process),
			timer: timerOf(process),
			plan: {
				contributors: contributorIds(process, board).length,
				participants: board.problematiques.length,
				overrides: Object.fromEntries(process.minutes.entries()),
			},
		}),
		(a, b) => JSON.stringify(a) === JSON.stringify(b),
	);
	return { ...read, timed: stepById(read.step).inSession, paused: read.timer.pausedAt !== undefined };
}

export function useStepTime(session: WorkshopSession): StepTime {
	const plan = useStepPlan(session);
	const now = useNow(() => session.clock.now(), 1000);
	const leftMs = remainingMs(plan.timer, plannedMinutes(plan.step, plan.plan) * 60_000, now);
	return { ...plan, leftMs, over: plan.timed && leftMs < 0, now };
}
