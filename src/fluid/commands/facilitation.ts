/**
 * The facilitator's running of the session: recalling a rule for everyone, giving a
 * person their own timed turn (partage, partage des contributeurs), adapting a step's
 * planned minutes. Process commands: only the facilitator's token may write them.
 */
import { OK, refuse } from "../../domain/actions";
import { checkText } from "../../domain/limits";
import { personalTurnMinutes } from "../../domain/timeplan";
import { isStepId, STEPS, type StepId } from "../../domain/steps";
import { contributorIds, currentStep, membersInOrder } from "../read";
import { Recall } from "../schema";
import { defineCommand } from "./command";

export const recallRule = defineCommand<{ text: string }>({
	name: "recallRule",
	action: "editRules",
	writes: "process",
	check: (_ctx, { text }) => {
		const check = checkText("rule", text);
		return check.ok ? OK : refuse(check.reason);
	},
	run: ({ process, now }, { text }) => {
		process.recall = new Recall({ text: text.trim(), at: now() });
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
		const step = currentStep(process);
		if (personalTurnMinutes(step) === undefined) return refuse("notInThisStep");
		const people =
			step === "partage"
				? membersInOrder(board)
						.filter((m) => !m.observer && m.id !== process.facilitatorId)
						.map((m) => m.id)
				: contributorIds(process, board);
		return people.includes(userId) ? OK : refuse("notForYourRole");
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
		const def = STEPS.find((s) => s.id === step);
		const min = def?.duration.maxMinutes !== undefined ? def.duration.minutes : 0;
		const max = def?.duration.maxMinutes ?? 240;
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
		return toUserId === process.offreurId ? refuse("notForYourRole") : OK;
	},
	run: ({ process, board }, { toUserId }) => {
		process.facilitatorId = toUserId;
		process.facilitatorName = board.members.get(toUserId)?.name ?? "";
	},
});
