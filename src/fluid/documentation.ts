/**
 * The documentation read from the tree: where the agreement stands (who said yes with
 * their name, anonymously, no and why, not yet) and the board's content as the draft's
 * input, the names that may not appear left out.
 */
import { documentationStanding, hiddenNames, type AgreementAnswer, type DocumentationStanding } from "../domain/agreement";
import type { DocumentationInput } from "../domain/documentation";
import { documentationPeople, keptIdeasOf, membersInOrder } from "./read";
import type { Board, Process } from "./schema";

export function agreementAnswersOf(board: Board): Map<string, AgreementAnswer> {
	return new Map(
		board.agreements.map((a) => [a.userId, { agree: a.agree, anonymous: a.anonymous, reason: a.reason } as AgreementAnswer]),
	);
}

export function documentationStandingOf(board: Board): DocumentationStanding {
	return documentationStanding(documentationPeople(board), agreementAnswersOf(board));
}

/** The names that may not appear in the documentation (everyone but a yes with the name). */
export function hiddenNamesOf(board: Board): string[] {
	const hidden = hiddenNames(documentationStandingOf(board), documentationPeople(board));
	return [...hidden].map((id) => board.members.get(id)?.name ?? "").filter((n) => n !== "");
}

/** The board's content for the draft, on the day `date` (the workshop's end, or now). */
export function documentationInputOf(process: Process, board: Board, date: number): DocumentationInput {
	const standing = documentationStandingOf(board);
	const people = membersInOrder(board).filter((m) => !m.observer);
	const chosen = board.problematiques.find((p) => p.id === process.consent.acceptedId);
	return {
		title: process.title,
		date,
		people: people.map((m) => ({ id: m.id, name: m.name })),
		facilitatorId: process.facilitatorId,
		offreurId: process.offreurId,
		hidden: hiddenNames(
			standing,
			people.map((m) => m.id),
		),
		problematique: chosen?.text,
		formulation: board.formulation,
		questions: board.questions.map((q) => ({ authorId: q.authorId, text: q.text, answer: q.answer })),
		rebonds: board.rebonds.map((r) => ({
			authorId: r.authorId,
			kind: r.kind,
			confronted: r.confronted,
			howMet: r.howMet,
			whatWorked: r.whatWorked,
		})),
		ideas: keptIdeasOf(board).map((i) => ({ text: i.text, sourceKind: i.sourceKind, authorId: i.authorId })),
		plan: board.plan.map((a) => ({ text: a.text, when: a.when, due: a.due })),
		learnings: board.learnings.map((l) => ({ authorId: l.authorId, text: l.text })),
	};
}
