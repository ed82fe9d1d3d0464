/**
 * The step's time as everyone reads it (server clock): planned, left, over, paused.
 * One home for the arithmetic the header's clock and the facilitator's timer show.
 */
import { stepById, type StepId } from "../../domain/steps";
import { plannedMinutes, remainingMs, type PlanContext, type StepTimer } from "../../domain/timeplan";
import { contributorIds, currentStep, timerOf } from "../../fluid/read";
import type { WorkshopSession } from "../../fluid/session";
import { useNow, useTree } from "../hooks";

export interface StepTime {
	readonly step: StepId;
	/** False outside the session (invitation, documentation): no clock then. */
	readonly timed: boolean;
	readonly leftMs: number;
	readonly over: boolean;
	readonly paused: boolean;
	/** Server-clock now, ticking each second. */
	readonly now: number;
	readonly timer: StepTimer;
	/** What the plan counts on (contributors, participants, the facilitator's changes). */
	readonly plan: PlanContext;
}

export function useStepTime(session: WorkshopSession): StepTime {
	const process = session.processView.root;
	const board = session.boardView.root;
	const now = useNow(() => session.clock.now(), 1000);
	useTree(
		process,
		() =>
			`${process.step}|${process.timer.startedAt}|${process.timer.pausedAt}|${process.timer.addedMs}|${[...process.minutes.entries()].join()}`,
	);
	const step = currentStep(process);
	const plan: PlanContext = {
		contributors: contributorIds(process, board).length,
		participants: board.problematiques.length,
		overrides: Object.fromEntries(process.minutes.entries()),
	};
	const timer = timerOf(process);
	const leftMs = remainingMs(timer, plannedMinutes(step, plan) * 60_000, now);
	const timed = stepById(step).inSession;
	return { step, timed, leftMs, over: timed && leftMs < 0, paused: timer.pausedAt !== undefined, now, timer, plan };
}
