/** The déroulé as the infographic shows it: each step's indicative duration, in words. */
import { STEPS, type StepDefinition } from "../../domain/steps";
import type { WorkspaceTranslate } from "./words";

export function durationLabel(step: StepDefinition, w: WorkspaceTranslate): string {
	const d = step.duration;
	if (!step.inSession) return step.index === 0 ? w("before") : w("after");
	if (d.perContributor) return w("perPerson", { n: d.minutes });
	if (d.maxMinutes) return w("range", { min: d.minutes, max: d.maxMinutes });
	return w("minutes", { n: d.minutes });
}

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
