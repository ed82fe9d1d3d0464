/**
 * What was decided, as every surface reads it: the sealed copy in the process once the
 * facilitator has closed it (see `domain/sealing.ts`), the live board before that (and in
 * older documents, which have no sealed copies). The choice "sealed if present, else the
 * board" is made here only, so the lists, the canvas, the commands and the documentation agree.
 */
import { boundText } from "../domain/limits";
import { rank, type RankGroup } from "../domain/ranking";
import { ideaTextOf, problematiquesOf, problematiqueOf as liveProblematiqueOf } from "./bounded";
import { evaluateBoardVotes, keptIdeasOf, perBoardRevision, type KeptIdeaView } from "./read";
import type { Board, Process } from "./schema";

/** A problématique as the decision refers to it. */
export interface ProblematiqueCopy {
	readonly id: string;
	readonly authorId: string;
	readonly text: string;
}

/** A dot that counts. */
export interface CountedDot {
	readonly id: string;
	readonly voterId: string;
	readonly problematiqueId: string;
}

export interface VoteResult {
	/** Whether this is the sealed result (the vote closed) or the live board's. */
	readonly sealed: boolean;
	/** The problématiques the result ranks, in the table's order when live, ranked when sealed. */
	readonly problematiques: readonly ProblematiqueCopy[];
	readonly valid: readonly CountedDot[];
	/** Valid dots per problématique (each ranked problématique appears, 0 included). */
	readonly tally: ReadonlyMap<string, number>;
	/** Most voted first; ties as groups (never broken by the software). */
	readonly ranking: readonly RankGroup[];
}

/** A copy, its text within the limit (a sealed copy is read with the board's limits too). */
function copyOf(p: ProblematiqueCopy): ProblematiqueCopy {
	return { id: p.id, authorId: p.authorId, text: boundText("problematique", p.text) };
}

function dotOf(d: CountedDot): CountedDot {
	return { id: d.id, voterId: d.voterId, problematiqueId: d.problematiqueId };
}

/** The board's problématiques as every client reads them (within the caps), each id once (the first). */
function boardProblematiques(board: Board): ProblematiqueCopy[] {
	const seen = new Set<string>();
	return problematiquesOf(board)
		.filter((p) => !seen.has(p.id) && seen.add(p.id))
		.map(copyOf);
}

/** The vote as the board says now, by the vote rule: what closing the vote seals (read once per revision of the board). */
export function liveVoteResult(process: Process, board: Board): VoteResult {
	return perBoardRevision(liveVoteResult, board, [process, process.facilitatorId], () => readLiveVote(process, board));
}

function readLiveVote(process: Process, board: Board): VoteResult {
	const evaluation = evaluateBoardVotes(process, board);
	const problematiques = boardProblematiques(board);
	return {
		sealed: false,
		problematiques,
		valid: evaluation.valid.map(dotOf),
		tally: evaluation.tally,
		ranking: rank(
			evaluation.tally,
			problematiques.map((p) => p.id),
		),
	};
}

/** The vote's result: sealed once the facilitator closed the vote, else the live board's. */
export function voteResultOf(process: Process, board: Board): VoteResult {
	const sealed = process.sealedVote;
	if (!sealed) return liveVoteResult(process, board);
	const tally = new Map(sealed.ranking.map((r) => [r.problematiqueId, r.votes]));
	return {
		sealed: true,
		problematiques: sealed.problematiques.map(copyOf),
		valid: sealed.dots.map(dotOf),
		tally,
		ranking: rank(
			tally,
			sealed.ranking.map((r) => r.problematiqueId),
		),
	};
}

/** The ranking consent follows (the sealed one once the vote closed). */
export function decidedRankingOf(process: Process, board: Board): RankGroup[] {
	return [...voteResultOf(process, board).ranking];
}

/**
 * A problématique as the decisions refer to it: the chosen one's sealed copy, else the
 * sealed vote's copy, else the board's (undefined when none has it).
 */
export function problematiqueOf(process: Process, board: Board, id: string): ProblematiqueCopy | undefined {
	const chosen = process.sealedChoice;
	if (chosen?.id === id) return copyOf(chosen);
	const ranked = process.sealedVote?.problematiques.find((p) => p.id === id);
	if (ranked) return copyOf(ranked);
	const live = liveProblematiqueOf(board, id);
	return live ? copyOf(live) : undefined;
}

/** The chosen problématique (its author said yes), as sealed at the yes. */
export function chosenProblematiqueOf(process: Process, board: Board): ProblematiqueCopy | undefined {
	const id = process.consent.acceptedId;
	return id === undefined ? undefined : problematiqueOf(process, board, id);
}

/** The kept ideas: sealed once the récolte closed, else the board's (the first of each source, three at most). */
export function decidedIdeasOf(process: Process, board: Board): KeptIdeaView[] {
	const sealed = process.sealedIdeas;
	if (!sealed) return keptIdeasOf(board);
	return sealed.ideas.map((i) => ({
		id: i.id,
		sourceKind: i.sourceKind,
		sourceId: i.sourceId,
		text: ideaTextOf(i.text),
		authorId: i.authorId,
	}));
}

/** Where this person stands in the consent: asked now, said no, said yes, or not asked. */
export type ConsentStanding = "asked" | "saidNo" | "saidYes" | "notAsked";

/** The problématiques are told apart by their decided author (a board entry cannot claim another's). */
export function consentStandingOf(process: Process, board: Board, userId: string): ConsentStanding {
	const mine = (id: string | undefined) => id !== undefined && problematiqueOf(process, board, id)?.authorId === userId;
	const c = process.consent;
	if (mine(c.acceptedId)) return "saidYes";
	if (mine(c.askedId)) return "asked";
	return c.refusedIds.some((id) => mine(id)) ? "saidNo" : "notAsked";
}
