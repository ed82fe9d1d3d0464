/** A plain copy of a workshop's shared state, to compare clients after convergence. */
import type { WorkshopSession } from "../../src/fluid/session";

export function boardSnapshot(s: WorkshopSession): unknown {
	const b = s.boardView.root;
	return {
		members: [...b.members.entries()].map(([k, m]) => [k, m.name, m.joinedAt]).sort(),
		rules: b.rules.map((r) => [r.id, r.text, r.authorId]),
		problematiques: b.problematiques.map((p) => [p.id, p.authorId, p.text]),
		dots: b.dots.map((d) => [d.id, d.voterId, d.problematiqueId]),
		consentAnswers: b.consentAnswers.map((a) => [a.problematiqueId, a.userId, a.answer]),
		questions: b.questions.map((q) => [q.id, q.authorId, q.text, q.answer]),
		hands: b.hands.map((h) => h.userId),
	};
}

export function processSnapshot(s: WorkshopSession): unknown {
	const p = s.processView.root;
	return {
		step: p.step,
		timer: [p.timer.startedAt, p.timer.pausedAt, p.timer.pausedMs, p.timer.addedMs],
		vote: [p.vote.open, p.vote.revealed],
		consent: [p.consent.askedId, [...p.consent.refusedIds], [...p.consent.tieChoiceIds], p.consent.acceptedId],
		offreurId: p.offreurId,
		turns: [
			p.turns.clarification.map((r) => [r.userId, r.kind]),
			p.turns.echanges.map((r) => [r.userId, r.kind]),
			p.turns.speakerId,
		],
	};
}

export function fullSnapshot(s: WorkshopSession): string {
	return JSON.stringify({ board: boardSnapshot(s), process: processSnapshot(s) });
}
