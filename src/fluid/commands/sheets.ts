/**
 * Commands for the sheets after the choice: formulation, rebonds, shared notes, récolte,
 * plan d'action, learnings and documentation; and arranging or withdrawing one's cards.
 */
import { OK, refuse, type Verdict } from "../../domain/actions";
import { checkAgreement, namesAnyOf, normalizedAgreement, type AgreementArgs } from "../../domain/agreement";
import { isDueDate } from "../../domain/planDate";
import { checkHarvest, isIdeaSource, isRebondKind, keptIdeas, type IdeaSource, type RebondKind } from "../../domain/recolte";
import { CAPS, checkCount, checkText, type LimitedField } from "../../domain/limits";
import { documentationStandingOf, hiddenNamesOf } from "../documentation";
import { ideaSourceOf } from "../read";
import { Agreement, Idea, Learning, PlanAction, Rebond, SharedNote } from "../schema";
import { defineCommand, type CommandContext } from "./command";

function text(field: LimitedField, value: string, allowEmpty = false): Verdict {
	const check = checkText(field, value, allowEmpty);
	return check.ok ? OK : refuse(check.reason);
}

const byAuthor = (item: { readonly authorId: string }) => item.authorId;

function firstRefusal(...verdicts: Verdict[]): Verdict {
	return verdicts.find((v) => !v.ok) ?? OK;
}

export const writeFormulation = defineCommand<{ text: string }>({
	name: "writeFormulation",
	action: "writeFormulation",
	writes: "board",
	check: (_ctx, args) => text("formulation", args.text),
	run: ({ board }, args) => {
		board.formulation = args.text.trim();
	},
});

export interface RebondContent {
	readonly confronted: string;
	readonly howMet: string;
	readonly whatWorked: string;
	readonly kind: RebondKind;
}

/** A contributor puts a rebond card (written privately) into their column. */
export const shareRebond = defineCommand<RebondContent>({
	name: "shareRebond",
	action: "shareRebond",
	writes: "board",
	check: ({ board, me }, r) => {
		if (!isRebondKind(r.kind)) return refuse("invalidKind");
		const fields = [r.confronted, r.howMet, r.whatWorked];
		if (fields.every((f) => f.trim() === "")) return refuse("textEmpty");
		return firstRefusal(
			...fields.map((f) => text("rebondField", f, true)),
			checkCount(board.rebonds, byAuthor, me.id, CAPS.rebonds),
		);
	},
	run: ({ board, me, newId }, r) => {
		board.rebonds.insertAtEnd(
			new Rebond({
				id: newId(),
				authorId: me.id,
				confronted: r.confronted.trim(),
				howMet: r.howMet.trim(),
				whatWorked: r.whatWorked.trim(),
				kind: r.kind,
			}),
		);
	},
});

/** Share one of one's personal notes with the group. */
export const shareNote = defineCommand<{ text: string }>({
	name: "shareNote",
	action: "writeNote",
	writes: "board",
	check: ({ board, me }, args) => firstRefusal(text("note", args.text), checkCount(board.notes, byAuthor, me.id, CAPS.notes)),
	run: ({ board, me, newId }, args) => {
		board.notes.insertAtEnd(new SharedNote({ id: newId(), authorId: me.id, text: args.text.trim() }));
	},
});

function sourceText(ctx: CommandContext, kind: IdeaSource, sourceId: string): string | undefined {
	return ideaSourceOf(ctx.board, kind, sourceId)?.text;
}

function harvestState(ctx: CommandContext) {
	return { keptSourceIds: keptIdeas(ctx.board.ideas).map((i) => i.sourceId) };
}

/** The offreur keeps an idea (2 or 3; a fourth is refused with the reason). */
export const harvestIdea = defineCommand<{ sourceKind: IdeaSource; sourceId: string }>({
	name: "harvestIdea",
	action: "harvest",
	writes: "board",
	check: (ctx, { sourceKind, sourceId }) => {
		if (!isIdeaSource(sourceKind) || sourceText(ctx, sourceKind, sourceId) === undefined) return refuse("unknownItem");
		return checkHarvest(harvestState(ctx), sourceId);
	},
	run: (ctx, { sourceKind, sourceId }) => {
		const source = ideaSourceOf(ctx.board, sourceKind, sourceId);
		// Ideas that no longer count (a concurrent duplicate or a fourth) are cleared on the way.
		const kept = new Set(keptIdeas(ctx.board.ideas).map((i) => i.id));
		for (let i = ctx.board.ideas.length - 1; i >= 0; i--) {
			const idea = ctx.board.ideas[i];
			if (idea && !kept.has(idea.id)) ctx.board.ideas.removeAt(i);
		}
		ctx.board.ideas.insertAtEnd(
			new Idea({ id: ctx.newId(), sourceKind, sourceId, text: source?.text ?? "", authorId: source?.authorId }),
		);
	},
});

export const releaseIdea = defineCommand<{ ideaId: string }>({
	name: "releaseIdea",
	action: "harvest",
	writes: "board",
	check: (ctx, { ideaId }) => (ctx.board.ideas.some((i) => i.id === ideaId) ? OK : refuse("unknownItem")),
	run: ({ board }, { ideaId }) => {
		const index = board.ideas.findIndex((i) => i.id === ideaId);
		if (index >= 0) board.ideas.removeAt(index);
	},
});

/** An action of the plan: its text, its free "quand", and optionally a calendar day (`YYYY-MM-DD`, "" for none). */
export interface PlanActionArgs {
	readonly text: string;
	readonly when: string;
	readonly due?: string;
}

function checkAction(a: PlanActionArgs): Verdict {
	if (a.due !== undefined && a.due !== "" && !isDueDate(a.due)) return refuse("invalidDate");
	return firstRefusal(text("action", a.text), text("when", a.when, true));
}

const dueOf = (a: PlanActionArgs) => (a.due === undefined || a.due === "" ? undefined : a.due);

export const addPlanAction = defineCommand<PlanActionArgs>({
	name: "addPlanAction",
	action: "writePlan",
	writes: "board",
	check: ({ board }, a) =>
		firstRefusal(
			checkAction(a),
			checkCount(board.plan, () => "", "", CAPS.plan),
		),
	run: ({ board, newId }, a) => {
		board.plan.insertAtEnd(new PlanAction({ id: newId(), text: a.text.trim(), when: a.when.trim(), due: dueOf(a) }));
	},
});

export const editPlanAction = defineCommand<PlanActionArgs & { actionId: string }>({
	name: "editPlanAction",
	action: "writePlan",
	writes: "board",
	check: (ctx, a) => (ctx.board.plan.some((p) => p.id === a.actionId) ? checkAction(a) : refuse("unknownItem")),
	run: ({ board }, a) => {
		const item = board.plan.find((p) => p.id === a.actionId);
		if (!item) return;
		item.text = a.text.trim();
		item.when = a.when.trim();
		// An edit without a date keeps the one set (older apps send none).
		if (a.due !== undefined) item.due = dueOf(a);
	},
});

/** Reorder the plan: the action goes to `toIndex` (0 is first). */
export const movePlanAction = defineCommand<{ actionId: string; toIndex: number }>({
	name: "movePlanAction",
	action: "writePlan",
	writes: "board",
	check: (ctx, { actionId, toIndex }) =>
		ctx.board.plan.some((p) => p.id === actionId) && Number.isInteger(toIndex) && toIndex >= 0 && toIndex < ctx.board.plan.length
			? OK
			: refuse("unknownItem"),
	run: ({ board }, { actionId, toIndex }) => {
		const from = board.plan.findIndex((p) => p.id === actionId);
		if (from < 0 || from === toIndex) return;
		// moveToIndex counts the destination before the move: past the source, one more.
		board.plan.moveToIndex(toIndex > from ? toIndex + 1 : toIndex, from);
	},
});

export const removePlanAction = defineCommand<{ actionId: string }>({
	name: "removePlanAction",
	action: "writePlan",
	writes: "board",
	check: (ctx, { actionId }) => (ctx.board.plan.some((p) => p.id === actionId) ? OK : refuse("unknownItem")),
	run: ({ board }, { actionId }) => {
		const index = board.plan.findIndex((p) => p.id === actionId);
		if (index >= 0) board.plan.removeAt(index);
	},
});

export const addLearning = defineCommand<{ text: string }>({
	name: "addLearning",
	action: "writeLearning",
	writes: "board",
	check: ({ board, me }, a) =>
		firstRefusal(text("learning", a.text), checkCount(board.learnings, byAuthor, me.id, CAPS.learnings)),
	run: ({ board, me, newId }, a) => {
		board.learnings.insertAtEnd(new Learning({ id: newId(), authorId: me.id, text: a.text.trim() }));
	},
});

/**
 * Each person answers yes or no: do they agree that the notes be documented? A yes says
 * whether their name may appear; a no may say why. They may change their mind.
 */
export const agreeDocumentation = defineCommand<AgreementArgs>({
	name: "agreeDocumentation",
	action: "agreeDocumentation",
	writes: "board",
	check: (_ctx, args) => checkAgreement(args),
	run: ({ board, me }, args) => {
		const answer = normalizedAgreement(args);
		const mine = board.agreements.find((a) => a.userId === me.id);
		if (mine) {
			mine.agree = answer.agree;
			mine.anonymous = answer.anonymous;
			mine.reason = answer.reason;
		} else board.agreements.insertAtEnd(new Agreement({ userId: me.id, ...answer }));
	},
});

/**
 * The offreur condenses the notes, only once everyone has agreed (one no blocks it), and
 * never naming someone who asked to stay anonymous.
 */
export const writeDocumentation = defineCommand<{ text: string }>({
	name: "writeDocumentation",
	action: "writeDocumentation",
	writes: "board",
	check: (ctx, a) => {
		if (documentationStandingOf(ctx.process, ctx.board).status !== "open") return refuse("notEveryoneAgrees");
		const verdict = text("documentation", a.text);
		if (!verdict.ok) return verdict;
		return namesAnyOf(a.text, hiddenNamesOf(ctx.process, ctx.board)) === undefined ? OK : refuse("namesAnonymous");
	},
	run: ({ board }, a) => {
		board.documentation = a.text.trim();
	},
});

/** Move one's own problématique on the table (the facilitator may arrange any). */
export const moveProblematique = defineCommand<{ problematiqueId: string; x: number; y: number }>({
	name: "moveProblematique",
	action: "arrangeBoard",
	writes: "board",
	check: (ctx, { problematiqueId, x, y }) => {
		const note = ctx.board.problematiques.find((p) => p.id === problematiqueId);
		if (!note) return refuse("unknownItem");
		if (!Number.isFinite(x) || !Number.isFinite(y)) return refuse("unknownItem");
		return note.authorId === ctx.me.id || ctx.process.facilitatorId === ctx.me.id ? OK : refuse("notYourCard");
	},
	run: ({ board }, { problematiqueId, x, y }) => {
		const note = board.problematiques.find((p) => p.id === problematiqueId);
		if (!note) return;
		// (0, 0) is a note never moved, shown in its slot (board/layout.ts, `notePosition`): one
		// put exactly there is written a unit beside it, so it stays where it was put.
		note.x = x === 0 && y === 0 ? 1 : x;
		note.y = y;
	},
});

/** Take one's own card back (problématique with its dots, rebond, shared note): one transaction. */
export const withdrawCard = defineCommand<{ kind: "problematique" | "rebond" | "note"; id: string }>({
	name: "withdrawCard",
	action: "arrangeBoard",
	writes: "board",
	check: (ctx, { kind, id }) => {
		const list = kind === "problematique" ? ctx.board.problematiques : kind === "rebond" ? ctx.board.rebonds : ctx.board.notes;
		const card = list.find((c) => c.id === id);
		if (!card) return refuse("unknownItem");
		if (card.authorId !== ctx.me.id) return refuse("notYourCard");
		if (kind === "problematique" && ctx.process.consent.acceptedId === id) return refuse("alreadyDecided");
		return OK;
	},
	run: ({ board }, { kind, id }) => {
		if (kind === "problematique") {
			for (let i = board.dots.length - 1; i >= 0; i--) if (board.dots[i]?.problematiqueId === id) board.dots.removeAt(i);
			const index = board.problematiques.findIndex((p) => p.id === id);
			if (index >= 0) board.problematiques.removeAt(index);
			return;
		}
		const list = kind === "rebond" ? board.rebonds : board.notes;
		const index = list.findIndex((c) => c.id === id);
		if (index >= 0) list.removeAt(index);
	},
});
