import { describe, expect, it } from "vitest";
import { refuse, type Verdict } from "../../src/domain/actions";
import {
	INITIAL_CONSENT,
	answerConsent,
	askNext,
	decideTie,
	isVerdict,
	mayAnswerConsent,
	nextCandidate,
	type ConsentState,
} from "../../src/domain/consent";
import { refusalMessage } from "../../src/domain/messages";
import { rank, type RankGroup } from "../../src/domain/ranking";

/** Unwraps a new state; fails the test if the step was refused. */
function state(result: ConsentState | Verdict): ConsentState {
	if (isVerdict(result)) throw new Error(`refused: ${JSON.stringify(result)}`);
	return result;
}

const SINGLE: RankGroup[] = [
	{ votes: 5, ids: ["a"] },
	{ votes: 3, ids: ["b"] },
	{ votes: 1, ids: ["c"] },
];
const TIE_FIRST: RankGroup[] = [
	{ votes: 4, ids: ["a", "b"] },
	{ votes: 2, ids: ["c"] },
];
const TIE_OF_THREE: RankGroup[] = [{ votes: 3, ids: ["a", "b", "c"] }];

describe("who is asked first", () => {
	it("is the single most voted problématique", () => {
		expect(nextCandidate(SINGLE, INITIAL_CONSENT)).toEqual({ kind: "candidate", problematiqueId: "a" });
	});

	it("on a tie, is nobody: the tie is reported with its ids and votes, never picked", () => {
		expect(nextCandidate(TIE_FIRST, INITIAL_CONSENT)).toEqual({ kind: "tie", ids: ["a", "b"], votes: 4 });
	});

	it("is nobody when nothing is on the table", () => {
		expect(nextCandidate([], INITIAL_CONSENT)).toEqual({ kind: "none" });
	});

	it("follows a ranking built from the tally", () => {
		const ranking = rank(
			new Map([
				["x", 1],
				["y", 2],
				["z", 2],
			]),
			["x", "y", "z"],
		);
		expect(nextCandidate(ranking, INITIAL_CONSENT)).toEqual({ kind: "tie", ids: ["y", "z"], votes: 2 });
	});
});

describe("the facilitator decides a tie", () => {
	it("by picking one of the tied problématiques, who is then the candidate", () => {
		const s = state(decideTie(TIE_FIRST, INITIAL_CONSENT, "b"));
		expect(s.tieChoiceIds).toEqual(["b"]);
		expect(nextCandidate(TIE_FIRST, s)).toEqual({ kind: "candidate", problematiqueId: "b" });
	});

	it("only among the ids of the current tie", () => {
		expect(decideTie(TIE_FIRST, INITIAL_CONSENT, "c")).toEqual(refuse("notATie"));
		expect(decideTie(TIE_FIRST, INITIAL_CONSENT, "nope")).toEqual(refuse("notATie"));
	});

	it("not when there is no tie", () => {
		expect(decideTie(SINGLE, INITIAL_CONSENT, "a")).toEqual(refuse("notATie"));
		expect(decideTie(SINGLE, INITIAL_CONSENT, "b")).toEqual(refuse("notATie"));
	});

	it("does not change the state it was given", () => {
		const before = structuredClone(INITIAL_CONSENT);
		decideTie(TIE_FIRST, INITIAL_CONSENT, "a");
		expect(INITIAL_CONSENT).toEqual(before);
	});
});

describe("asking the next candidate", () => {
	it("asks the single winner", () => {
		expect(state(askNext(SINGLE, INITIAL_CONSENT)).askedId).toBe("a");
	});

	it("refuses while the tie is not decided", () => {
		const r = askNext(TIE_FIRST, INITIAL_CONSENT);
		expect(isVerdict(r) && !r.ok).toBe(true);
	});

	it("on an undecided tie, does not tell the facilitator there is no tie", () => {
		const r = askNext(TIE_FIRST, INITIAL_CONSENT);
		if (!isVerdict(r) || r.ok) throw new Error("expected a refusal");
		expect(refusalMessage(r.reason, "en")).not.toBe(refusalMessage("notATie", "en"));
		expect(refusalMessage(r.reason, "fr")).not.toBe(refusalMessage("notATie", "fr"));
	});

	it("asks the tied problématique the facilitator chose", () => {
		const s = state(decideTie(TIE_FIRST, INITIAL_CONSENT, "b"));
		expect(state(askNext(TIE_FIRST, s)).askedId).toBe("b");
	});

	it("refuses with noCandidate when there is nobody left", () => {
		expect(askNext([], INITIAL_CONSENT)).toEqual(refuse("noCandidate"));
		const allRefused: ConsentState = { ...INITIAL_CONSENT, refusedIds: ["a", "b", "c"] };
		expect(askNext(SINGLE, allRefused)).toEqual(refuse("noCandidate"));
	});

	it("refuses with alreadyDecided once someone said yes", () => {
		const s = state(answerConsent(state(askNext(SINGLE, INITIAL_CONSENT)), "a", "yes"));
		expect(askNext(SINGLE, s)).toEqual(refuse("alreadyDecided"));
	});
});

describe("answering", () => {
	const askedA = state(askNext(SINGLE, INITIAL_CONSENT));

	it("yes makes the asked problématique the accepted one", () => {
		const s = state(answerConsent(askedA, "a", "yes"));
		expect(s.acceptedId).toBe("a");
		expect(s.askedId).toBeUndefined();
		expect(s.refusedIds).toEqual([]);
	});

	it("no is recorded and the next-ranked problématique is asked", () => {
		const s = state(answerConsent(askedA, "a", "no"));
		expect(s.refusedIds).toEqual(["a"]);
		expect(s.acceptedId).toBeUndefined();
		expect(s.askedId).toBeUndefined();
		expect(nextCandidate(SINGLE, s)).toEqual({ kind: "candidate", problematiqueId: "b" });
		expect(state(askNext(SINGLE, s)).askedId).toBe("b");
	});

	it("only the asked problématique can be answered", () => {
		expect(answerConsent(askedA, "b", "yes")).toEqual(refuse("notAsked"));
		expect(answerConsent(INITIAL_CONSENT, "a", "yes")).toEqual(refuse("notAsked"));
	});

	it("a decision is final", () => {
		const s = state(answerConsent(askedA, "a", "yes"));
		expect(answerConsent(s, "a", "no")).toEqual(refuse("alreadyDecided"));
		expect(answerConsent({ ...s, askedId: "b" }, "b", "yes")).toEqual(refuse("alreadyDecided"));
	});

	it("a refused member of a tie leaves the other one as the candidate", () => {
		let s = state(decideTie(TIE_FIRST, INITIAL_CONSENT, "a"));
		s = state(answerConsent(state(askNext(TIE_FIRST, s)), "a", "no"));
		expect(nextCandidate(TIE_FIRST, s)).toEqual({ kind: "candidate", problematiqueId: "b" });
	});

	it("when the chosen one of a 3-way tie says no, the two left are a tie again (not picked silently)", () => {
		let s = state(decideTie(TIE_OF_THREE, INITIAL_CONSENT, "b"));
		s = state(answerConsent(state(askNext(TIE_OF_THREE, s)), "b", "no"));
		expect(nextCandidate(TIE_OF_THREE, s)).toEqual({ kind: "tie", ids: ["a", "c"], votes: 3 });
		s = state(decideTie(TIE_OF_THREE, s, "c"));
		expect(state(askNext(TIE_OF_THREE, s)).askedId).toBe("c");
	});

	it("when everyone says no, there is no candidate left", () => {
		let s = INITIAL_CONSENT;
		for (const id of ["a", "b", "c"]) {
			s = state(askNext(SINGLE, s));
			expect(s.askedId).toBe(id);
			s = state(answerConsent(s, id, "no"));
		}
		expect(s.refusedIds).toEqual(["a", "b", "c"]);
		expect(nextCandidate(SINGLE, s)).toEqual({ kind: "none" });
	});

	it("a whole run: tie decided, first says no, second says yes", () => {
		let s = state(decideTie(TIE_FIRST, INITIAL_CONSENT, "b"));
		s = state(askNext(TIE_FIRST, s));
		s = state(answerConsent(s, "b", "no"));
		s = state(askNext(TIE_FIRST, s));
		expect(s.askedId).toBe("a");
		s = state(answerConsent(s, "a", "yes"));
		expect(s).toEqual({ refusedIds: ["b"], tieChoiceIds: ["b"], acceptedId: "a", askedId: undefined });
	});
});

describe("who may answer", () => {
	const asked: ConsentState = { ...INITIAL_CONSENT, askedId: "a" };

	it("only the author of the asked problématique", () => {
		expect(mayAnswerConsent(asked, "anne", "anne")).toEqual({ ok: true });
		expect(mayAnswerConsent(asked, "anne", "bob")).toEqual(refuse("notAsked"));
	});

	it("nobody when nobody is asked, or the author is unknown", () => {
		expect(mayAnswerConsent(INITIAL_CONSENT, "anne", "anne")).toEqual(refuse("notAsked"));
		expect(mayAnswerConsent(asked, undefined, "anne")).toEqual(refuse("notAsked"));
	});
});
