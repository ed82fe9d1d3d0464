/**
 * The documentation read from the tree: where the agreement stands (who said yes with
 * their name, anonymously, no and why, not yet) and the board's content as the draft's
 * input, the names that may not appear left out.
 */
import { cleanName } from "../domain/names";
import { documentationStanding, hiddenNames, type AgreementAnswer, type DocumentationStanding } from "../domain/agreement";
import type { DocumentationInput } from "../domain/documentation";
import { agreementReasonOf, formulationOf, learningsOf, planOf, questionsOf, rebondsOf } from "./bounded";
import { documentationPeople, membersInOrder } from "./read";
import { chosenProblematiqueOf, decidedIdeasOf } from "./sealed";
import type { Board, Process } from "./schema";

export function agreementAnswersOf(board: Board): Map<string, AgreementAnswer> {
	return new Map(
		board.agreements.map((a) => [
			a.userId,
			{ agree: a.agree, anonymous: a.anonymous, reason: agreementReasonOf(a.reason) } as AgreementAnswer,
		]),
	);
}

/**
 * Who answers: every member but observers; once the workshop has ended, those who were
 * there (someone opening the link afterwards cannot block a finished documentation).
 */
export function documentationPeopleOf(process: Process, board: Board): string[] {
	const ended = process.endedAt;
	const people = documentationPeople(board);
	return ended === undefined ? people : people.filter((id) => (board.members.get(id)?.joinedAt ?? 0) <= ended);
}

export function documentationStandingOf(process: Process, board: Board): DocumentationStanding {
	return documentationStanding(documentationPeopleOf(process, board), agreementAnswersOf(board));
}

/** The names that may not appear in the documentation (everyone but a yes with the name). */
export function hiddenNamesOf(process: Process, board: Board): string[] {
	const hidden = hiddenNames(documentationStandingOf(process, board), documentationPeople(board));
	return [...hidden].map((id) => cleanName(board.members.get(id)?.name ?? "")).filter((n) => n !== "");
}

/** The board's content for the draft, on the day `date` (the workshop's end, or now); what was decided as sealed. */
export function documentationInputOf(process: Process, board: Board, date: number): DocumentationInput {
	const standing = documentationStandingOf(process, board);
	const present = new Set(documentationPeopleOf(process, board));
	const people = membersInOrder(board).filter((m) => present.has(m.id));
	const chosen = chosenProblematiqueOf(process, board);
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
		formulation: formulationOf(board),
		questions: questionsOf(board).map((q) => ({ authorId: q.authorId, text: q.text, answer: q.answer })),
		rebonds: rebondsOf(board).map((r) => ({
			authorId: r.authorId,
			kind: r.kind,
			confronted: r.confronted,
			howMet: r.howMet,
			whatWorked: r.whatWorked,
		})),
		ideas: decidedIdeasOf(process, board).map((i) => ({ text: i.text, sourceKind: i.sourceKind, authorId: i.authorId })),
		plan: planOf(board).map((a) => ({ text: a.text, when: a.when, due: a.due })),
		learnings: learningsOf(board).map((l) => ({ authorId: l.authorId, text: l.text })),
	};
}
