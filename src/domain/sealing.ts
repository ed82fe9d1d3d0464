/**
 * What the facilitator closes is sealed: copied into the process, which only the
 * facilitator writes, and read from there on, so that no later edit of the board (which
 * every participant writes) can change a decided result.
 *
 * - the **vote**: its valid dots and ranking (with the problématiques ranked), when it closes;
 * - the **consent**: the chosen problématique, at the yes;
 * - the **récolte**: the kept ideas, when the group moves on past the récolte and the plan.
 *
 * A seal is written once; reopening what it sealed (the vote opened again, the group
 * brought back to the récolte) drops it, and the board counts again until the next close.
 */
import { STEP_IDS, STEPS, type StepId } from "./steps";

/** What a facilitator's command does to a seal: write it, drop it, or leave it as it is. */
export type SealMove = "seal" | "reopen" | "keep";

/** The vote's seal when a command sets whether the vote is open. */
export function voteSealOnChange(change: {
	readonly wasOpen: boolean;
	readonly open: boolean;
	readonly sealed: boolean;
}): SealMove {
	if (change.open) return "reopen";
	return change.wasOpen && !change.sealed ? "seal" : "keep";
}

/** The steps in which the offreur keeps ideas (the récolte and the plan). */
const HARVEST_STEPS: readonly StepId[] = STEPS.filter((s) => s.allowed.offreur?.includes("harvest")).map((s) => s.id);
const LAST_HARVEST_INDEX = Math.max(...HARVEST_STEPS.map((id) => STEP_IDS.indexOf(id)));

/** The kept ideas' seal when the facilitator moves the group to `to`. */
export function ideasSealOnMove(to: StepId, sealed: boolean): SealMove {
	if (HARVEST_STEPS.includes(to)) return "reopen";
	return STEP_IDS.indexOf(to) > LAST_HARVEST_INDEX && !sealed ? "seal" : "keep";
}
