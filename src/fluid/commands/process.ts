/**
 * The facilitator's commands: they write the process container, which only the
 * facilitator's token may write (the service refuses anyone else's edits).
 */
import { OK, refuse } from "../../domain/actions";
import {
	answerConsent,
	askNext,
	decideTie as decideTieRule,
	isVerdict,
	type ConsentState as Consent,
} from "../../domain/consent";
import { isStepId, type StepId } from "../../domain/steps";
import { addTime, pauseTimer, resumeTimer, type StepTimer } from "../../domain/timeplan";
import { mayTakeTurn } from "../../domain/turns";
import { consentOf, contributorIds, phaseRecords, timerOf } from "../read";
import { decidedRankingOf, problematiqueOf } from "../sealed";
import { TurnRecord, type Process } from "../schema";
import { defineCommand, type CommandContext } from "./command";
import { sealChoice, sealIdeasOnMove, sealVote, setVoteOpenSealing } from "./seal";

function writeTimer(process: Process, timer: StepTimer): void {
	process.timer.startedAt = timer.startedAt;
	process.timer.pausedAt = timer.pausedAt;
	process.timer.pausedMs = timer.pausedMs;
	process.timer.addedMs = timer.addedMs;
}

function writeConsent(process: Process, state: Consent): void {
	const c = process.consent;
	c.askedId = state.askedId;
	c.acceptedId = state.acceptedId;
	if (c.refusedIds.length !== state.refusedIds.length) {
		c.refusedIds.removeRange();
		c.refusedIds.insertAtEnd(...state.refusedIds);
	}
	if (c.tieChoiceIds.length !== state.tieChoiceIds.length) {
		c.tieChoiceIds.removeRange();
		c.tieChoiceIds.insertAtEnd(...state.tieChoiceIds);
	}
}

/**
 * Go to a step (next, previous or a jump): the step timer restarts; the vote opens in choix
 * (leaving it closes and seals the vote); moving on past the récolte seals the kept ideas.
 */
export const moveStep = defineCommand<{ to: StepId }>({
	name: "moveStep",
	action: "moveStep",
	writes: "process",
	check: (_ctx, { to }) => (isStepId(to) ? OK : refuse("notInThisStep")),
	run: ({ process, board, now }, { to }) => {
		const at = now();
		process.step = to;
		writeTimer(process, { startedAt: at, pausedAt: undefined, pausedMs: 0, addedMs: 0 });
		setVoteOpenSealing(process, board, to === "choix", at);
		sealIdeasOnMove(process, board, to, at);
		process.turns.speakerId = undefined;
		process.turns.speakerSince = undefined;
		// A recall belongs to its step.
		process.recall = undefined;
	},
});

export const pauseStepTimer = defineCommand<Record<string, never>>({
	name: "pauseStepTimer",
	action: "controlTimer",
	writes: "process",
	check: () => OK,
	run: ({ process, now }) => writeTimer(process, pauseTimer(timerOf(process), now())),
});

export const resumeStepTimer = defineCommand<Record<string, never>>({
	name: "resumeStepTimer",
	action: "controlTimer",
	writes: "process",
	check: () => OK,
	run: ({ process, now }) => writeTimer(process, resumeTimer(timerOf(process), now())),
});

export const addStepTime = defineCommand<{ ms: number }>({
	name: "addStepTime",
	action: "controlTimer",
	writes: "process",
	check: (_ctx, { ms }) => (Number.isFinite(ms) ? OK : refuse("notInThisStep")),
	run: ({ process }, { ms }) => writeTimer(process, addTime(timerOf(process), ms)),
});

export const setVoteOpen = defineCommand<{ open: boolean }>({
	name: "setVoteOpen",
	action: "controlVote",
	writes: "process",
	check: () => OK,
	run: ({ process, board, now }, { open }) => setVoteOpenSealing(process, board, open, now()),
});

export const setVoteRevealed = defineCommand<{ revealed: boolean }>({
	name: "setVoteRevealed",
	action: "controlVote",
	writes: "process",
	check: () => OK,
	run: ({ process }, { revealed }) => {
		process.vote.revealed = revealed;
	},
});

/** Ask the author of the next-ranked problématique (the vote closes, sealed if it was not yet). */
export const askConsent = defineCommand<Record<string, never>>({
	name: "askConsent",
	action: "askConsent",
	writes: "process",
	check: ({ process, board }) => {
		const next = askNext(decidedRankingOf(process, board), consentOf(process));
		return isVerdict(next) ? next : OK;
	},
	run: ({ process, board, now }) => {
		if (process.sealedVote === undefined) sealVote(process, board, now());
		process.vote.open = false;
		const next = askNext(decidedRankingOf(process, board), consentOf(process));
		if (isVerdict(next)) return;
		writeConsent(process, next);
	},
});

export const decideTie = defineCommand<{ problematiqueId: string }>({
	name: "decideTie",
	action: "decideTie",
	writes: "process",
	check: ({ process, board }, { problematiqueId }) => {
		const next = decideTieRule(decidedRankingOf(process, board), consentOf(process), problematiqueId);
		return isVerdict(next) ? next : OK;
	},
	run: ({ process, board }, { problematiqueId }) => {
		const next = decideTieRule(decidedRankingOf(process, board), consentOf(process), problematiqueId);
		if (!isVerdict(next)) writeConsent(process, next);
	},
});

/** The author as the sealed vote has it (a board edit after the close cannot change who is asked). */
function authorOf(ctx: CommandContext, problematiqueId: string): string | undefined {
	return problematiqueOf(ctx.process, ctx.board, problematiqueId)?.authorId;
}

/**
 * The facilitator's client records the asked person's answer (found on the board):
 * yes makes them the offreur and seals the chosen problématique, no lets the next-ranked be asked.
 */
export const recordConsent = defineCommand<{ problematiqueId: string; answer: "yes" | "no" }>({
	name: "recordConsent",
	action: "askConsent",
	writes: "process",
	check: (ctx, { problematiqueId, answer }) => {
		const next = answerConsent(consentOf(ctx.process), problematiqueId, answer);
		if (isVerdict(next)) return next;
		return authorOf(ctx, problematiqueId) ? OK : refuse("unknownProblematique");
	},
	run: (ctx, { problematiqueId, answer }) => {
		const next = answerConsent(consentOf(ctx.process), problematiqueId, answer);
		if (isVerdict(next)) return;
		if (answer === "yes") {
			ctx.process.offreurId = authorOf(ctx, problematiqueId);
			sealChoice(ctx.process, ctx.board, problematiqueId);
		}
		writeConsent(ctx.process, next);
	},
});

/** Give the floor (clarification or échanges) to a contributor whose turn it may be. */
export const giveFloor = defineCommand<{ userId: string; phase: "clarification" | "echanges" }>({
	name: "giveFloor",
	action: "giveFloor",
	writes: "process",
	check: ({ process, board }, { userId, phase }) =>
		mayTakeTurn(userId, contributorIds(process, board), phaseRecords(process, board, phase), process.offreurId),
	run: ({ process }, { userId, phase }) => {
		process.turns.speakerId = userId;
		process.turns[phase].insertAtEnd(new TurnRecord({ userId, kind: "spoke" }));
	},
});

/** Record that a contributor had the chance this round and passed. */
export const passTurn = defineCommand<{ userId: string; phase: "clarification" | "echanges" }>({
	name: "passTurn",
	action: "giveFloor",
	writes: "process",
	check: ({ process, board }, { userId, phase }) =>
		mayTakeTurn(userId, contributorIds(process, board), phaseRecords(process, board, phase), process.offreurId),
	run: ({ process }, { userId, phase }) => {
		if (process.turns.speakerId === userId) process.turns.speakerId = undefined;
		process.turns[phase].insertAtEnd(new TurnRecord({ userId, kind: "passed" }));
	},
});

/**
 * The facilitator ends the workshop: from then on every board and process command is
 * refused (the board is read only); the documentation and its exports stay readable.
 */
export const endWorkshop = defineCommand<Record<string, never>>({
	name: "endWorkshop",
	action: "endWorkshop",
	writes: "process",
	check: () => OK,
	run: ({ process, now }) => {
		const at = now();
		process.endedAt = at;
		if (process.timer.pausedAt === undefined) writeTimer(process, pauseTimer(timerOf(process), at));
		process.turns.speakerId = undefined;
		process.turns.speakerSince = undefined;
		process.recall = undefined;
	},
});
