/**
 * Sealing, inside the facilitator's closing commands (the same transaction, on the process,
 * which only the facilitator's token writes): the copies are computed by the domain's rules
 * from the board as it is at the close. See `domain/sealing.ts` for when.
 */
import { ideasSealOnMove, voteSealOnChange } from "../../domain/sealing";
import type { StepId } from "../../domain/steps";
import { keptIdeasOf } from "../read";
import { type Board, type Process, SealedIdeas, SealedProblematique, SealedVote } from "../schema";
import { liveVoteResult, problematiqueOf } from "../sealed";

/** Seals the vote from the board now (its valid dots, its ranking and the problématiques it ranks). */
export function sealVote(process: Process, board: Board, at: number): void {
	const result = liveVoteResult(process, board);
	process.sealedVote = new SealedVote({
		at,
		dots: result.valid.map((d) => ({ id: d.id, voterId: d.voterId, problematiqueId: d.problematiqueId })),
		ranking: result.ranking.flatMap((g) => g.ids.map((problematiqueId) => ({ problematiqueId, votes: g.votes }))),
		problematiques: result.problematiques.map((p) => ({ id: p.id, authorId: p.authorId, text: p.text })),
	});
}

/** Opens or closes the vote: closing seals it (once), opening drops the seal. */
export function setVoteOpenSealing(process: Process, board: Board, open: boolean, at: number): void {
	const move = voteSealOnChange({ wasOpen: process.vote.open, open, sealed: process.sealedVote !== undefined });
	if (move === "seal") sealVote(process, board, at);
	else if (move === "reopen") process.sealedVote = undefined;
	process.vote.open = open;
}

/** Moving the group to `to`: past the récolte its kept ideas are sealed (once); back to it, the seal is dropped. */
export function sealIdeasOnMove(process: Process, board: Board, to: StepId, at: number): void {
	const move = ideasSealOnMove(to, process.sealedIdeas !== undefined);
	if (move === "reopen") process.sealedIdeas = undefined;
	if (move !== "seal") return;
	process.sealedIdeas = new SealedIdeas({
		at,
		ideas: keptIdeasOf(board).map((i) => ({
			id: i.id,
			sourceKind: i.sourceKind,
			sourceId: i.sourceId,
			text: i.text,
			authorId: i.authorId,
		})),
	});
}

/** At the yes: the chosen problématique as the vote sealed it (or the board, in an older document). */
export function sealChoice(process: Process, board: Board, problematiqueId: string): void {
	const chosen = problematiqueOf(process, board, problematiqueId);
	process.sealedChoice = chosen ? new SealedProblematique(chosen) : undefined;
}
