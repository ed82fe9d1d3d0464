/**
 * The facilitator's running of the session: recalling a rule for everyone, giving a
 * person their own timed turn (partage, partage des contributeurs), adapting a step's
 * planned minutes. Process commands: only the facilitator's token may write them.
 */
import { OK, refuse } from "../../domain/actions";
import type { RecallKey } from "../../domain/recall";
import { postureFor } from "../../domain/roleCards";
import { personalTurnMinutes, stepMinutesBounds } from "../../domain/timeplan";
import { isStepId, type StepId } from "../../domain/steps";
import { rulesOf } from "../bounded";
import { currentStep, personalTurnCandidates } from "../read";
import { Recall } from "../schema";
import { defineCommand } from "./command";

/** Recall the step's posture or one of the group's rules for everyone (each reads it in their language). */
export const recallRule = defineCommand<RecallKey>({
	name: "recallRule",
	action: "editRules",
	writes: "process",
	check: ({ board }, key) => {
		if (key.kind === "posture") return OK;
		return key.kind === "rule" && rulesOf(board).some((r) => r.id === key.ruleId) ? OK : refuse("unknownItem");
	},
	run: ({ process, board, now }, key) => {
		const step = currentStep(process);
		// The rule as everyone reads it (within its limit), never a raw text.
		const text = key.kind === "rule" ? (rulesOf(board).find((r) => r.id === key.ruleId)?.text ?? "") : postureFor(step, "fr");
		process.recall = new Recall({
			text,
			at: now(),
			kind: key.kind,
			ruleId: key.kind === "rule" ? key.ruleId : undefined,
			step,
		});
	},
});

export const clearRecall = defineCommand<Record<string, never>>({
	name: "clearRecall",
	action: "editRules",
	writes: "process",
	check: () => OK,
	run: ({ process }) => {
		process.recall = undefined;
	},
});

/** Give someone their own timed turn: a participant in partage, a contributor after. */
export const startPersonalTurn = defineCommand<{ userId: string }>({
	name: "startPersonalTurn",
	action: "giveFloor",
	writes: "process",
	check: ({ process, board }, { userId }) => {
		if (personalTurnMinutes(currentStep(process)) === undefined) return refuse("notInThisStep");
		return personalTurnCandidates(process, board).includes(userId) ? OK : refuse("notForYourRole");
	},
	run: ({ process, now }, { userId }) => {
		process.turns.speakerId = userId;
		process.turns.speakerSince = now();
	},
});

export const endTurn = defineCommand<Record<string, never>>({
	name: "endTurn",
	action: "giveFloor",
	writes: "process",
	check: () => OK,
	run: ({ process }) => {
		process.turns.speakerId = undefined;
		process.turns.speakerSince = undefined;
	},
});

/** Adapt a step's planned minutes (échanges between 20 and 45; 0 to 240 otherwise). */
export const setStepMinutes = defineCommand<{ step: StepId; minutes: number }>({
	name: "setStepMinutes",
	action: "controlTimer",
	writes: "process",
	check: (_ctx, { step, minutes }) => {
		if (!isStepId(step) || !Number.isInteger(minutes)) return refuse("notInThisStep");
		const { min, max } = stepMinutesBounds(step);
		return minutes >= min && minutes <= max ? OK : refuse("outOfRange");
	},
	run: ({ process }, { step, minutes }) => {
		process.minutes.set(step, minutes);
	},
});

/**
 * Hand the facilitation over to a participant (after the server has moved the
 * authority): the process names the new facilitator. The offreur keeps their role.
 */
export const handOver = defineCommand<{ toUserId: string }>({
	name: "handOver",
	action: "handOver",
	writes: "process",
	check: ({ process, board }, { toUserId }) => {
		const member = board.members.get(toUserId);
		if (!member || member.observer) return refuse("unknownItem");
		return toUserId === process.offreurId || toUserId === process.facilitatorId ? refuse("notForYourRole") : OK;
	},
	run: ({ process, board }, { toUserId }) => {
		process.facilitatorId = toUserId;
		process.facilitatorName = board.members.get(toUserId)?.name ?? "";
	},
});
