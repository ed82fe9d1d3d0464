/**
 * Who may do what, in which step. Workshop actions are gated by the step table;
 * facilitation actions belong to the facilitator at any step.
 */
import { stepById, type ActingRole, type Role, type StepId } from "./steps";

/** Actions on the board (the participants' content). */
export const WORKSHOP_ACTIONS = [
	"writeRule",
	"writeProblematique",
	"putOnTable",
	"vote",
	"consent",
	"askQuestion",
	"answerQuestion",
	"writeFormulation",
	"writeRebond",
	"shareRebond",
	"raiseHand",
	"writeNote",
	"harvest",
	"writePlan",
	"writeLearning",
	"agreeDocumentation",
	"writeDocumentation",
	"arrangeBoard",
] as const;

/** Actions every acting role may take at any step (moving one's own card on the board). */
export const ALWAYS_ALLOWED: readonly WorkshopAction[] = ["arrangeBoard"];

/** Actions on the process (the facilitator's authority, enforced by the service). */
export const FACILITATION_ACTIONS = [
	"moveStep",
	"controlTimer",
	"controlVote",
	"askConsent",
	"decideTie",
	"giveFloor",
	"editRules",
	"handOver",
	"endWorkshop",
] as const;

export type WorkshopAction = (typeof WORKSHOP_ACTIONS)[number];
export type FacilitationAction = (typeof FACILITATION_ACTIONS)[number];
export type Action = WorkshopAction | FacilitationAction;

/** Why an action is refused: a key the interface turns into a sentence (see `messages.ts`). */
export type RefusalReason =
	| "observerReadOnly"
	| "facilitatorOnly"
	| "notInThisStep"
	| "notForYourRole"
	| "voteClosed"
	| "facilitatorDoesNotVote"
	| "maxDotsReached"
	| "maxDotsOnOne"
	| "unknownProblematique"
	| "unknownItem"
	| "notYourTurn"
	| "notYourCard"
	| "notAsked"
	| "textTooLong"
	| "textEmpty"
	| "tooManyIdeas"
	| "offreurDoesNotSpeak"
	| "notEligibleYet"
	| "alreadyDecided"
	| "noCandidate"
	| "notATie"
	| "tieUndecided"
	| "alreadyHarvested"
	| "alreadyOnTable"
	| "notEveryoneAgrees"
	| "invalidKind"
	| "outOfRange"
	| "reasonOnlyForNo"
	| "anonymousOnlyForYes"
	| "namesAnonymous"
	| "invalidDate"
	| "workshopEnded"
	| "countLimit"
	| "totalLimit";

/** A refusal; `max` is the limit it is about, when there is one (how many per person, on the board). */
export type Refusal = { readonly ok: false; readonly reason: RefusalReason; readonly max?: number };
export type Verdict = { readonly ok: true } | Refusal;

export const OK: Verdict = { ok: true };
const refusals = new Map<string, Verdict>();
/**
 * The refusal for a reason (and limit): the same object each time it says the same, as `OK`
 * is, so that what shows verdicts (a row of buttons) can tell an unchanged one by identity.
 */
export function refuse(reason: RefusalReason, max?: number): Verdict {
	const key = `${reason}|${max ?? ""}`;
	let known = refusals.get(key);
	if (!known) {
		known = max === undefined ? { ok: false, reason } : { ok: false, reason, max };
		refusals.set(key, known);
	}
	return known;
}

export function isFacilitationAction(action: Action): action is FacilitationAction {
	return (FACILITATION_ACTIONS as readonly string[]).includes(action);
}

/** Actions the given role may take in the given step (facilitation actions excluded). */
export function allowedActions(step: StepId, role: Role): readonly WorkshopAction[] {
	if (role === "observer") return [];
	const list = stepById(step).allowed[role as ActingRole] ?? [];
	return [...list.filter((a): a is WorkshopAction => !isFacilitationAction(a)), ...ALWAYS_ALLOWED];
}

/**
 * The step/role gate: may someone with `role` take `action` in `step`?
 * Specific rules (the vote, turns, récolte) come on top, in their own modules.
 */
export function mayAct(step: StepId, role: Role, action: Action): Verdict {
	if (role === "observer") return refuse("observerReadOnly");
	if (isFacilitationAction(action)) return role === "facilitator" ? OK : refuse("facilitatorOnly");
	if (allowedActions(step, role).includes(action)) return OK;
	if (action === "vote" && role === "facilitator") return refuse("facilitatorDoesNotVote");
	const someoneMay = (["facilitator", "participant", "offreur", "contributor"] as const).some((r) =>
		allowedActions(step, r).includes(action),
	);
	return refuse(someoneMay ? "notForYourRole" : "notInThisStep");
}

/** What the gate reads of the process: the step, and whether the facilitator has ended the workshop. */
export interface ProcessState {
	readonly step: StepId;
	readonly ended: boolean;
}

/**
 * The gate as it stands now: once the workshop has ended, the board is read only for
 * everyone (every board and process action is refused); before, the step/role gate.
 */
export function mayActNow(state: ProcessState, role: Role, action: Action): Verdict {
	if (state.ended) return refuse("workshopEnded");
	return mayAct(state.step, role, action);
}
