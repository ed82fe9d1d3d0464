/** The infographic opens by itself in présentation (until closed there) and on demand at any step. */
import { useState } from "react";
import type { StepId } from "../../domain/steps";

export function useInfographic(step: StepId): { readonly on: boolean; readonly set: (on: boolean) => void } {
	// The choice holds for one step: entering another step forgets it.
	const [choice, setChoice] = useState<{ step: StepId; on: boolean }>();
	const on = choice?.step === step ? choice.on : step === "presentation";
	return { on, set: (next) => setChoice({ step, on: next }) };
}
