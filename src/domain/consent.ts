/**
 * Consent of the offreur: the author of the chosen problématique is asked privately;
 * yes makes them the offreur, no is respected and the next-ranked problématique is asked.
 * Where the next place is a tie, the facilitator decides which one is asked.
 */
import { OK, refuse, type Verdict } from "./actions";
import type { RankGroup } from "./ranking";

export interface ConsentState {
	/** The problématique whose author is being asked, if any. */
	readonly askedId?: string | undefined;
	/** Problématiques whose author said no, in the order they said it. */
	readonly refusedIds: readonly string[];
	/** The facilitator's choices among tied problématiques. */
	readonly tieChoiceIds: readonly string[];
	/** The problématique whose author said yes. */
	readonly acceptedId?: string | undefined;
}

export const INITIAL_CONSENT: ConsentState = { refusedIds: [], tieChoiceIds: [] };

export type NextCandidate =
	| { readonly kind: "candidate"; readonly problematiqueId: string }
	| { readonly kind: "tie"; readonly ids: readonly string[]; readonly votes: number }
	| { readonly kind: "none" };

/** Who should be asked next, given the ranking and what was answered so far. */
export function nextCandidate(ranking: readonly RankGroup[], state: ConsentState): NextCandidate {
	const refused = new Set(state.refusedIds);
	for (const group of ranking) {
		const open = group.ids.filter((id) => !refused.has(id));
		if (open.length === 0) continue;
		if (open.length === 1) return { kind: "candidate", problematiqueId: open[0] as string };
		const chosen = state.tieChoiceIds.find((id) => open.includes(id));
		if (chosen) return { kind: "candidate", problematiqueId: chosen };
		return { kind: "tie", ids: open, votes: group.votes };
	}
	return { kind: "none" };
}

/** The facilitator picks one of the tied problématiques (only among the current tie). */
export function decideTie(ranking: readonly RankGroup[], state: ConsentState, chosenId: string): ConsentState | Verdict {
	const next = nextCandidate(ranking, state);
	if (next.kind !== "tie" || !next.ids.includes(chosenId)) return refuse("notATie");
	return { ...state, tieChoiceIds: [...state.tieChoiceIds, chosenId] };
}

/** The facilitator asks the next candidate. */
export function askNext(ranking: readonly RankGroup[], state: ConsentState): ConsentState | Verdict {
	if (state.acceptedId !== undefined) return refuse("alreadyDecided");
	const next = nextCandidate(ranking, state);
	if (next.kind === "tie") return refuse("tieUndecided");
	if (next.kind === "none") return refuse("noCandidate");
	return { ...state, askedId: next.problematiqueId };
}

/** The asked author answers. Only the author of the asked problématique may answer. */
export function answerConsent(state: ConsentState, problematiqueId: string, answer: "yes" | "no"): ConsentState | Verdict {
	if (state.acceptedId !== undefined) return refuse("alreadyDecided");
	if (state.askedId !== problematiqueId) return refuse("notAsked");
	if (answer === "yes") return { ...state, acceptedId: problematiqueId, askedId: undefined };
	return { ...state, askedId: undefined, refusedIds: [...state.refusedIds, problematiqueId] };
}

/** Check that the person answering is the asked author. */
export function mayAnswerConsent(state: ConsentState, authorOfAsked: string | undefined, userId: string): Verdict {
	if (state.askedId === undefined) return refuse("notAsked");
	return authorOfAsked === userId ? OK : refuse("notAsked");
}

export function isVerdict(value: ConsentState | Verdict): value is Verdict {
	return "ok" in value;
}
