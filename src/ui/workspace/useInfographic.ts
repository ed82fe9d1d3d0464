/**
 * The infographic on demand at any step; in présentation it opens by itself where no
 * canvas shows the déroulé (`auto`), until closed there.
 */
import { useState } from "react";
import type { StepId } from "../../domain/steps";

export function useInfographic(step: StepId, auto: boolean): { readonly on: boolean; readonly set: (on: boolean) => void } {
	// The choice holds for one step: entering another step forgets it.
	const [choice, setChoice] = useState<{ step: StepId; on: boolean }>();
	const on = choice?.step === step ? choice.on : auto && step === "presentation";
	return { on, set: (next) => setChoice({ step, on: next }) };
}
