/**
 * The rules the fuzz tests check after every step, on every client's view, read through
 * the app's own readers (what the interface shows). Each returns the violations found,
 * as sentences; none is an empty list. The numbers are the kit's (3 dots, 2 on one
 * problématique, 3 ideas), written here rather than imported, so that a changed
 * constant fails too.
 */
import { LIMITS, textLength, type LimitedField } from "../../../src/domain/limits";
import { isStepId } from "../../../src/domain/steps";
import { waitingThisRound, type TurnRecord } from "../../../src/domain/turns";
import { rank } from "../../../src/domain/ranking";
import { dotsLeft } from "../../../src/domain/vote";
import {
	contributorIds,
	currentStep,
	evaluateBoardVotes,
	keptIdeasOf,
	membersInOrder,
	participantIds,
	phaseRecords,
	voteContext,
} from "../../../src/fluid/read";
import type { Board, Process } from "../../../src/fluid/schema";
import { problematiquesOf } from "../../../src/fluid/bounded";
import { chosenProblematiqueOf } from "../../../src/fluid/sealed";

/**
 * `FUZZ_STRICT=1` adds a rule that concurrent edits are known to break today (see the fuzz
 * tests' header): clarification chances in rounds (a question racing a pass, or one
 * person asking from two tabs, puts someone two chances ahead).
 */
export const STRICT = process.env.FUZZ_STRICT === "1";

const DOTS = 3;
const ON_ONE = 2;
const IDEAS = 3;

/** The vote as the readers count it, and against an independent recount of the rule over the dots' order. */
export function voteViolations(p: Process, b: Board): string[] {
	const out: string[] = [];
	const ev = evaluateBoardVotes(p, b);
	// What is on the table as every client reads it: one problématique per person, within the caps.
	const onTable = new Set(problematiquesOf(b).map((x) => x.id));
	for (const [voter, n] of ev.perVoter) if (n > DOTS) out.push(`voter ${voter} has ${n} valid dots`);
	for (const [pair, n] of ev.perPair) if (n > ON_ONE) out.push(`${n} valid dots from one voter on one problématique (${pair})`);
	for (const d of ev.valid) {
		if (d.voterId === p.facilitatorId) out.push(`a valid dot of the facilitator (${d.id})`);
		if (!onTable.has(d.problematiqueId)) out.push(`a valid dot on a problématique not on the table (${d.id})`);
	}
	const context = voteContext(p, b);
	for (const id of participantIds(p, b)) {
		const left = dotsLeft(ev, context, id);
		if (left < 0 || left > DOTS) out.push(`${id} holds ${left} dots`);
	}
	// Independent recount: the first dots in list order count, within 3 per voter and 2 per pair.
	const mine = new Map<string, number>();
	const pair = new Map<string, number>();
	const tally = new Map<string, number>();
	const seen = new Set<string>();
	for (const d of b.dots) {
		if (seen.has(d.id)) continue;
		seen.add(d.id);
		const key = `${d.voterId}|${d.problematiqueId}`;
		if (d.voterId === p.facilitatorId || !onTable.has(d.problematiqueId)) continue;
		if ((mine.get(d.voterId) ?? 0) >= DOTS || (pair.get(key) ?? 0) >= ON_ONE) continue;
		mine.set(d.voterId, (mine.get(d.voterId) ?? 0) + 1);
		pair.set(key, (pair.get(key) ?? 0) + 1);
		tally.set(d.problematiqueId, (tally.get(d.problematiqueId) ?? 0) + 1);
	}
	for (const id of onTable) {
		if ((ev.tally.get(id) ?? 0) !== (tally.get(id) ?? 0))
			out.push(`the readers count ${ev.tally.get(id)} dots on ${id}, the rule ${tally.get(id) ?? 0}`);
	}
	const ranked = rank(ev.tally, [...onTable]).flatMap((g) => g.ids);
	if (ranked.length !== onTable.size || ranked.some((id) => !onTable.has(id)))
		out.push("the ranking is not the problématiques on the table");
	return out;
}

/** Turns: the speaker is a contributor; échanges go in rounds; in clarification nobody is more than one chance ahead. */
export function turnViolations(p: Process, b: Board): string[] {
	const out: string[] = [];
	const step = currentStep(p);
	const contributors = contributorIds(p, b);
	const speaker = p.turns.speakerId;
	if ((step === "clarification" || step === "echanges") && speaker !== undefined && !contributors.includes(speaker)) {
		out.push(`${speaker} has the floor in ${step} without being a contributor`);
	}
	if (p.offreurId !== undefined && b.questions.some((q) => q.authorId === p.offreurId)) out.push("the offreur asked a question");
	// Échanges, in the converged order: each turn went to someone still waiting for their
	// chance this round (once roles are dealt: before, or back before consent, nobody contributes).
	const records: TurnRecord[] = [];
	for (const r of contributors.length === 0 ? [] : phaseRecords(p, b, "echanges")) {
		if (r.userId === p.offreurId) out.push("the offreur was given a turn in échanges");
		else if (!waitingThisRound(contributors, records).includes(r.userId)) {
			out.push(`${r.userId} had a turn in échanges (n° ${records.length + 1}) before everyone had had the chance`);
		}
		records.push(r);
	}
	// Clarification: questions (and passes) come in rounds. A known race breaks it (see STRICT).
	if (!STRICT) return out;
	const chances = new Map(contributors.map((id) => [id, 0]));
	for (const r of phaseRecords(p, b, "clarification"))
		if (chances.has(r.userId)) chances.set(r.userId, (chances.get(r.userId) ?? 0) + 1);
	if (chances.size > 0) {
		const counts = [...chances.values()];
		if (Math.max(...counts) - Math.min(...counts) > 1)
			out.push(`clarification chances out of rounds: ${JSON.stringify([...chances])}`);
	}
	return out;
}

/** The récolte: at most 3 ideas count, from 3 different sources. */
export function recolteViolations(b: Board): string[] {
	const kept = keptIdeasOf(b);
	const out: string[] = [];
	if (kept.length > IDEAS) out.push(`${kept.length} ideas kept`);
	if (new Set(kept.map((i) => i.sourceId)).size !== kept.length) out.push("one source kept twice");
	return out;
}

function within(out: string[], field: LimitedField, text: string, what: string): void {
	const n = textLength(text);
	if (n > LIMITS[field]) out.push(`${what}: ${n} characters, over the ${field} limit of ${LIMITS[field]}`);
	if (text !== text.trim()) out.push(`${what}: not trimmed`);
}

/** The longest text an idea may copy from a source of this kind (rebond: its three prompts joined). */
function ideaBound(kind: string): number {
	if (kind === "rebond") return 3 * LIMITS.rebondField + 6;
	if (kind === "note") return LIMITS.note;
	return LIMITS.question + 3 + LIMITS.answer;
}

/** Every text as read is within its limit (and trimmed, as the commands write it). */
export function limitViolations(b: Board): string[] {
	const out: string[] = [];
	for (const m of membersInOrder(b)) if (textLength(m.name) > LIMITS.name + 4) out.push(`member name ${m.id} too long`);
	for (const r of b.rules) within(out, "rule", r.text, `rule ${r.id}`);
	for (const x of b.problematiques) within(out, "problematique", x.text, `problématique ${x.id}`);
	for (const q of b.questions) {
		within(out, "question", q.text, `question ${q.id}`);
		within(out, "answer", q.answer, `answer ${q.id}`);
	}
	within(out, "formulation", b.formulation, "formulation");
	for (const r of b.rebonds)
		for (const f of [r.confronted, r.howMet, r.whatWorked]) within(out, "rebondField", f, `rebond ${r.id}`);
	for (const n of b.notes) within(out, "note", n.text, `note ${n.id}`);
	for (const a of b.plan) {
		within(out, "action", a.text, `action ${a.id}`);
		within(out, "when", a.when, `when ${a.id}`);
	}
	for (const l of b.learnings) within(out, "learning", l.text, `learning ${l.id}`);
	for (const a of b.agreements) if (a.reason !== undefined) within(out, "reason", a.reason, `reason of ${a.userId}`);
	within(out, "documentation", b.documentation, "documentation");
	for (const i of keptIdeasOf(b))
		if (textLength(i.text) > ideaBound(i.sourceKind)) out.push(`idea ${i.id} longer than its source may be`);
	return out;
}

/** The step and the consent: a known step; the offreur is the author of the accepted problématique (as decided), never refused. */
export function processViolations(p: Process, b: Board): string[] {
	const out: string[] = [];
	if (!isStepId(p.step)) out.push(`unknown step ${p.step}`);
	const c = p.consent;
	if (c.acceptedId !== undefined && c.refusedIds.includes(c.acceptedId)) out.push("the accepted problématique was refused");
	if (p.offreurId !== undefined) {
		if (p.offreurId === p.facilitatorId) out.push("the facilitator is the offreur");
		// As every surface reads the decision: the copy sealed at the yes (a withdrawal from the table changes nothing).
		const accepted = chosenProblematiqueOf(p, b);
		if (!accepted) out.push("the accepted problématique can no longer be read");
		else if (accepted.authorId !== p.offreurId) out.push("the offreur is not the author of the accepted problématique");
	}
	return out;
}

/** Every rule above, on one client's view. */
export function allViolations(p: Process, b: Board): string[] {
	return [
		...voteViolations(p, b),
		...turnViolations(p, b),
		...recolteViolations(b),
		...limitViolations(b),
		...processViolations(p, b),
	];
}
