/** The déroulé as the infographic groups it (each step's duration in words is the canvas's: `board/words.ts`). */
import { STEPS, type StepDefinition } from "../../domain/steps";

/** The kit's phases, to group the steps on the picture (indexes, inclusive). */
export const PHASES = [
	{ id: "open", from: 0, to: 3 },
	{ id: "choose", from: 4, to: 7 },
	{ id: "explore", from: 8, to: 12 },
	{ id: "harvest", from: 13, to: 17 },
] as const;

export function stepsOfPhase(phase: (typeof PHASES)[number]): readonly StepDefinition[] {
	return STEPS.slice(phase.from, phase.to + 1);
}
