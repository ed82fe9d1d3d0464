/**
 * The dot vote (gommettes): 3 dots per voter, at most 2 on one problématique, one's own
 * allowed, the facilitator does not vote.
 *
 * The dots are evaluated over the converged list, in its order, so that every client
 * computes the same valid votes whatever was written concurrently (two tabs, two
 * clients, offline edits): a dot past a voter's limits simply does not count.
 */
import { OK, refuse, type RefusalReason, type Verdict } from "./actions";

export const DOTS_PER_VOTER = 3;
export const MAX_DOTS_PER_PROBLEMATIQUE = 2;

export interface Dot {
	readonly id: string;
	readonly voterId: string;
	readonly problematiqueId: string;
}

export interface VoteContext {
	readonly facilitatorId: string;
	/** The problématiques that can receive dots (those on the table). */
	readonly problematiqueIds: readonly string[];
	/** Observers never count; undefined means "every voter but the facilitator". */
	readonly isObserver?: (voterId: string) => boolean;
}

export interface RejectedDot {
	readonly dot: Dot;
	readonly reason: RefusalReason;
}

export interface VoteEvaluation {
	readonly valid: readonly Dot[];
	readonly rejected: readonly RejectedDot[];
	/** Valid dots per problématique (every problématique of the context appears, 0 included). */
	readonly tally: ReadonlyMap<string, number>;
	/** Valid dots per voter. */
	readonly perVoter: ReadonlyMap<string, number>;
	/** Valid dots per voter and problématique, keyed `${voterId}\u0000${problematiqueId}`. */
	readonly perPair: ReadonlyMap<string, number>;
}

function pairKey(voterId: string, problematiqueId: string): string {
	return `${voterId}\u0000${problematiqueId}`;
}

/** Why this voter may not vote at all, if so. */
function voterRefusal(voterId: string, ctx: VoteContext): RefusalReason | undefined {
	if (voterId === ctx.facilitatorId) return "facilitatorDoesNotVote";
	if (ctx.isObserver?.(voterId)) return "observerReadOnly";
	return undefined;
}

export function evaluateVotes(dots: Iterable<Dot>, ctx: VoteContext): VoteEvaluation {
	const targets = new Set(ctx.problematiqueIds);
	const tally = new Map<string, number>(ctx.problematiqueIds.map((id) => [id, 0]));
	const perVoter = new Map<string, number>();
	const perPair = new Map<string, number>();
	const valid: Dot[] = [];
	const rejected: RejectedDot[] = [];
	const seen = new Set<string>();
	for (const dot of dots) {
		if (seen.has(dot.id)) continue;
		seen.add(dot.id);
		const reason = dotRefusal(dot, ctx, targets, perVoter, perPair);
		if (reason) {
			rejected.push({ dot, reason });
			continue;
		}
		valid.push(dot);
		const key = pairKey(dot.voterId, dot.problematiqueId);
		tally.set(dot.problematiqueId, (tally.get(dot.problematiqueId) ?? 0) + 1);
		perVoter.set(dot.voterId, (perVoter.get(dot.voterId) ?? 0) + 1);
		perPair.set(key, (perPair.get(key) ?? 0) + 1);
	}
	return { valid, rejected, tally, perVoter, perPair };
}

function dotRefusal(
	dot: Dot,
	ctx: VoteContext,
	targets: ReadonlySet<string>,
	perVoter: ReadonlyMap<string, number>,
	perPair: ReadonlyMap<string, number>,
): RefusalReason | undefined {
	const voter = voterRefusal(dot.voterId, ctx);
	if (voter) return voter;
	if (!targets.has(dot.problematiqueId)) return "unknownProblematique";
	if ((perVoter.get(dot.voterId) ?? 0) >= DOTS_PER_VOTER) return "maxDotsReached";
	if ((perPair.get(pairKey(dot.voterId, dot.problematiqueId)) ?? 0) >= MAX_DOTS_PER_PROBLEMATIQUE) {
		return "maxDotsOnOne";
	}
	return undefined;
}

/** Would one more dot by `voterId` on `problematiqueId` count? (checked before writing it) */
export function checkNewDot(evaluation: VoteEvaluation, ctx: VoteContext, voterId: string, problematiqueId: string): Verdict {
	const reason = dotRefusal(
		{ id: "", voterId, problematiqueId },
		ctx,
		new Set(ctx.problematiqueIds),
		evaluation.perVoter,
		evaluation.perPair,
	);
	return reason ? refuse(reason) : OK;
}

/** Would moving one of the voter's valid dots to `problematiqueId` keep it valid? */
export function checkMoveDot(evaluation: VoteEvaluation, ctx: VoteContext, dot: Dot, problematiqueId: string): Verdict {
	if (dot.problematiqueId === problematiqueId) return OK;
	const without = evaluateVotes(
		evaluation.valid.filter((d) => d.id !== dot.id),
		ctx,
	);
	return checkNewDot(without, ctx, dot.voterId, problematiqueId);
}

/** How many dots this voter still holds in their tray (none for who does not vote). */
export function dotsLeft(evaluation: VoteEvaluation, ctx: VoteContext, voterId: string): number {
	if (voterRefusal(voterId, ctx)) return 0;
	return DOTS_PER_VOTER - (evaluation.perVoter.get(voterId) ?? 0);
}
