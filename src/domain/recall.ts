/**
 * The facilitator's recall of a rule or of the step's posture. It carries a key (which
 * rule, or "the posture of this step"), so that each reader reads it in their own
 * language; it goes away by itself after a while, and at the next step.
 */
import type { StepId } from "./steps";

/** How long a recall stays on everyone's screen. */
export const RECALL_MS = 30_000;

export type RecallKey = { readonly kind: "posture" } | { readonly kind: "rule"; readonly ruleId: string };

export interface RecallMoment {
	/** When it was recalled (server ms). */
	readonly at: number;
	/** The step it was recalled in (absent on recalls from older documents). */
	readonly step?: StepId | undefined;
}

/** Is the recall still shown now, in this step? */
export function recallShown(recall: RecallMoment, step: StepId, now: number): boolean {
	if (recall.step !== undefined && recall.step !== step) return false;
	return now - recall.at < RECALL_MS;
}
