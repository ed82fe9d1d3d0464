/** What is addressed to one person right now (readers; the rules stay in the commands). */
import type { Board, Process } from "./schema";

/** The author of the problématique whose consent is being asked, if any. */
export function askedAuthorId(process: Process, board: Board): string | undefined {
	const askedId = process.consent.askedId;
	if (askedId === undefined) return undefined;
	return board.problematiques.find((p) => p.id === askedId)?.authorId;
}

/** Has this person already answered the question they are asked now? */
export function answeredConsent(process: Process, board: Board, userId: string): boolean {
	const askedId = process.consent.askedId;
	return askedId !== undefined && board.consentAnswers.some((a) => a.userId === userId && a.problematiqueId === askedId);
}
