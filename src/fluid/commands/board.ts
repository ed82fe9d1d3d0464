/** The participants' commands: they write the board container. */
import { OK, refuse, type Verdict } from "../../domain/actions";
import { mayAnswerConsent } from "../../domain/consent";
import { CAPS, checkCount, checkText, type LimitedField } from "../../domain/limits";
import { checkMoveDot, checkNewDot } from "../../domain/vote";
import { problematiqueNodesOf } from "../bounded";
import { consentOf, echangesChancesOf, evaluateBoardVotes, handIsUp, voteContext, waitingInPhase } from "../read";
import { ConsentAnswer, Dot, Hand, Member, Problematique, Question, Rule } from "../schema";
import { defineCommand, gateOf, type CommandContext } from "./command";

function textVerdict(field: LimitedField, text: string): Verdict {
	const check = checkText(field, text);
	return check.ok ? OK : refuse(check.reason);
}

const byAuthor = (item: { readonly authorId: string }) => item.authorId;

function firstRefusal(...verdicts: Verdict[]): Verdict {
	return verdicts.find((v) => !v.ok) ?? OK;
}

function clean(text: string): string {
	return text.trim();
}

/**
 * Join the board's member list (each client adds or renames itself once). Not gated by
 * step: anyone who may write the board is listed, so that turns know everyone.
 */
export function ensureMember(ctx: CommandContext): void {
	if (ctx.me.observer) return;
	const existing = ctx.board.members.get(ctx.me.id);
	if (existing && existing.name === ctx.me.name) return;
	if (existing) {
		existing.name = ctx.me.name;
		return;
	}
	ctx.board.members.set(ctx.me.id, new Member({ id: ctx.me.id, name: ctx.me.name, observer: false, joinedAt: ctx.now() }));
}

export const addRule = defineCommand<{ text: string }>({
	name: "addRule",
	action: "writeRule",
	writes: "board",
	check: ({ board, me }, { text }) =>
		firstRefusal(textVerdict("rule", text), checkCount(board.rules, byAuthor, me.id, CAPS.rules)),
	run: ({ board, me, newId }, { text }) => {
		board.rules.insertAtEnd(new Rule({ id: newId(), text: clean(text), authorId: me.id }));
	},
});

/** Put one's problématique on the table (written privately during recherche). One per participant. */
export const putOnTable = defineCommand<{ text: string; x?: number; y?: number }>({
	name: "putOnTable",
	action: "putOnTable",
	writes: "board",
	check: ({ board, me }, { text }) => {
		const verdict = textVerdict("problematique", text);
		if (!verdict.ok) return verdict;
		const mine = board.problematiques.find((p) => p.authorId === me.id);
		if (!mine) return checkCount(board.problematiques, byAuthor, me.id, CAPS.problematiques);
		// Mine is on the table but past the board's cap: editing it would show nothing.
		if (!problematiqueNodesOf(board).includes(mine)) return refuse("totalLimit", CAPS.problematiques.total);
		return mine.text === clean(text) ? refuse("alreadyOnTable") : OK;
	},
	run: ({ board, me, newId }, { text, x, y }) => {
		const mine = board.problematiques.find((p) => p.authorId === me.id);
		if (mine) {
			mine.text = clean(text);
			return;
		}
		board.problematiques.insertAtEnd(
			new Problematique({ id: newId(), authorId: me.id, text: clean(text), x: x ?? 0, y: y ?? 0 }),
		);
	},
});

function voteIsOpen(ctx: CommandContext): Verdict {
	return ctx.process.vote.open ? OK : refuse("voteClosed");
}

/**
 * The rule of a new dot for every problématique, from one evaluation of the votes (the
 * list shows a button per problématique): placeDot's own check.
 */
function newDotRule(ctx: CommandContext): (problematiqueId: string) => Verdict {
	const open = voteIsOpen(ctx);
	if (!open.ok) return () => open;
	const evaluation = evaluateBoardVotes(ctx.process, ctx.board);
	const context = voteContext(ctx.process, ctx.board);
	return (problematiqueId) => checkNewDot(evaluation, context, ctx.me.id, problematiqueId);
}

export const placeDot = defineCommand<{ problematiqueId: string }>({
	name: "placeDot",
	action: "vote",
	writes: "board",
	check: (ctx, { problematiqueId }) => newDotRule(ctx)(problematiqueId),
	run: ({ board, me, newId }, { problematiqueId }) => {
		// A dot of mine left on a note withdrawn concurrently counted for nobody: clear it now.
		const onTable = new Set(board.problematiques.map((p) => p.id));
		for (let i = board.dots.length - 1; i >= 0; i--) {
			const d = board.dots[i];
			if (d && d.voterId === me.id && !onTable.has(d.problematiqueId)) board.dots.removeAt(i);
		}
		board.dots.insertAtEnd(new Dot({ id: newId(), voterId: me.id, problematiqueId }));
	},
	requires: (ctx, { problematiqueId }) => noteStillThere(ctx, problematiqueId),
	undoCheck: voteIsOpen,
});

/** The dot's problématique must still be on the table when the edit is sequenced. */
function noteStillThere(ctx: CommandContext, problematiqueId: string) {
	const note = ctx.board.problematiques.find((p) => p.id === problematiqueId);
	return note ? [{ type: "nodeInDocument" as const, node: note }] : [];
}

function myDot(ctx: CommandContext, dotId: string) {
	return ctx.board.dots.find((d) => d.id === dotId && d.voterId === ctx.me.id);
}

export const moveDot = defineCommand<{ dotId: string; problematiqueId: string }>({
	name: "moveDot",
	action: "vote",
	writes: "board",
	check: (ctx, { dotId, problematiqueId }) => {
		const open = voteIsOpen(ctx);
		if (!open.ok) return open;
		const dot = myDot(ctx, dotId);
		if (!dot) return refuse("notYourCard");
		const evaluation = evaluateBoardVotes(ctx.process, ctx.board);
		return checkMoveDot(evaluation, voteContext(ctx.process, ctx.board), dot, problematiqueId);
	},
	run: (ctx, { dotId, problematiqueId }) => {
		const dot = myDot(ctx, dotId);
		if (dot) dot.problematiqueId = problematiqueId;
	},
	requires: (ctx, { problematiqueId }) => noteStillThere(ctx, problematiqueId),
	undoCheck: voteIsOpen,
});

export const takeBackDot = defineCommand<{ dotId: string }>({
	name: "takeBackDot",
	action: "vote",
	writes: "board",
	check: (ctx, { dotId }) => {
		const open = voteIsOpen(ctx);
		if (!open.ok) return open;
		return myDot(ctx, dotId) ? OK : refuse("notYourCard");
	},
	run: (ctx, { dotId }) => {
		const index = ctx.board.dots.findIndex((d) => d.id === dotId && d.voterId === ctx.me.id);
		if (index >= 0) ctx.board.dots.removeAt(index);
	},
	undoCheck: voteIsOpen,
});

/** The asked author answers privately; the facilitator's client records it in the process. */
export const answerConsentRequest = defineCommand<{ answer: "yes" | "no" }>({
	name: "answerConsent",
	action: "consent",
	writes: "board",
	check: (ctx) => {
		const state = consentOf(ctx.process);
		const author = ctx.board.problematiques.find((p) => p.id === state.askedId)?.authorId;
		return mayAnswerConsent(state, author, ctx.me.id);
	},
	run: (ctx, { answer }) => {
		const askedId = ctx.process.consent.askedId;
		if (askedId === undefined) return;
		ctx.board.consentAnswers.insertAtEnd(new ConsentAnswer({ problematiqueId: askedId, userId: ctx.me.id, answer }));
	},
});

/** In turn: one question per contributor per round. */
export const askQuestion = defineCommand<{ text: string }>({
	name: "askQuestion",
	action: "askQuestion",
	writes: "board",
	check: (ctx, { text }) => {
		const t = firstRefusal(textVerdict("question", text), checkCount(ctx.board.questions, byAuthor, ctx.me.id, CAPS.questions));
		if (!t.ok) return t;
		return waitingInPhase(ctx.process, ctx.board, "clarification").includes(ctx.me.id) ? OK : refuse("notYourTurn");
	},
	run: ({ board, me, newId }, { text }) => {
		board.questions.insertAtEnd(new Question({ id: newId(), authorId: me.id, text: clean(text), answer: "" }));
	},
});

export const answerQuestion = defineCommand<{ questionId: string; text: string }>({
	name: "answerQuestion",
	action: "answerQuestion",
	writes: "board",
	check: (ctx, { questionId, text }) => {
		if (!ctx.board.questions.some((q) => q.id === questionId)) return refuse("unknownItem");
		const check = checkText("answer", text, true);
		return check.ok ? OK : refuse(check.reason);
	},
	run: ({ board }, { questionId, text }) => {
		const q = board.questions.find((item) => item.id === questionId);
		if (q) q.answer = clean(text);
	},
});

export const raiseHand = defineCommand<{ raised: boolean }>({
	name: "raiseHand",
	action: "raiseHand",
	writes: "board",
	check: () => OK,
	run: ({ board, process, me }, { raised }) => {
		// A hand lowered by the turn it asked for is replaced: raising again goes to the end of the queue.
		const up = handIsUp(process, board, me.id);
		const index = board.hands.findIndex((h) => h.userId === me.id);
		if (index >= 0 && (!raised || !up)) board.hands.removeAt(index);
		if (raised && !up) board.hands.insertAtEnd(new Hand({ userId: me.id, chancesAtRaise: echangesChancesOf(process, me.id) }));
	},
});

/**
 * `canRun(placeDot, …)` for every problématique at once (one evaluation of the votes):
 * what the vote list's buttons show. Same verdicts as the command, gate included.
 */
export function placeDotVerdicts(ctx: CommandContext): (problematiqueId: string) => Verdict {
	const gate = gateOf(placeDot, ctx);
	if (!gate.ok) return () => gate;
	return newDotRule(ctx);
}
