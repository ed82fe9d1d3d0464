import { describe, expect, it } from "vitest";
import { refuse } from "../../src/domain/actions";
import {
	chancesPerContributor,
	currentRound,
	mayTakeTurn,
	handsUpNow,
	nextSpeaker,
	speakingOrder,
	waitingThisRound,
	type RaisedHand,
	type TurnRecord,
} from "../../src/domain/turns";

const C = ["ana", "ben", "cyd"] as const;
const OFFREUR = "olivia";

const spoke = (userId: string): TurnRecord => ({ userId, kind: "spoke" });
const passed = (userId: string): TurnRecord => ({ userId, kind: "passed" });
const hands = (...ids: string[]): RaisedHand[] => ids.map((userId) => ({ userId }));

describe("clarification: one question per contributor per round", () => {
	it("opens with everyone waiting, round 0", () => {
		expect(currentRound(C, [])).toBe(0);
		expect(waitingThisRound(C, [])).toEqual(["ana", "ben", "cyd"]);
		for (const id of C) expect(mayTakeTurn(id, C, [])).toEqual({ ok: true });
	});

	it("a contributor who asked waits for the others", () => {
		const records = [spoke("ben")];
		expect(mayTakeTurn("ben", C, records)).toEqual(refuse("notEligibleYet"));
		expect(mayTakeTurn("ana", C, records)).toEqual({ ok: true });
		expect(mayTakeTurn("cyd", C, records)).toEqual({ ok: true });
		expect(waitingThisRound(C, records)).toEqual(["ana", "cyd"]);
		expect(currentRound(C, records)).toBe(0);
	});

	it("the next round opens only once everyone had a chance", () => {
		const two = [spoke("ben"), spoke("ana")];
		expect(mayTakeTurn("ana", C, two).ok).toBe(false);
		const all = [...two, spoke("cyd")];
		expect(currentRound(C, all)).toBe(1);
		expect(waitingThisRound(C, all)).toEqual(["ana", "ben", "cyd"]);
		expect(mayTakeTurn("ben", C, all)).toEqual({ ok: true });
	});

	it("a pass counts as a chance", () => {
		const records = [spoke("ana"), passed("ben"), spoke("cyd")];
		expect(currentRound(C, records)).toBe(1);
		expect(mayTakeTurn("ana", C, records)).toEqual({ ok: true });
		expect(mayTakeTurn("ben", C, [passed("ben")])).toEqual(refuse("notEligibleYet"));
	});

	it("counts chances per contributor, 0 included, and ignores anyone else's records", () => {
		const records = [spoke("ana"), spoke(OFFREUR), spoke("stranger"), passed("ana"), spoke("cyd")];
		expect(Object.fromEntries(chancesPerContributor(C, records))).toEqual({ ana: 2, ben: 0, cyd: 1 });
		expect(currentRound(C, records)).toBe(0);
		expect(waitingThisRound(C, records)).toEqual(["ben"]);
	});

	it("keeps counting rounds over a long session", () => {
		const records: TurnRecord[] = [];
		for (let round = 0; round < 4; round++) for (const id of C) records.push(spoke(id));
		records.push(spoke("cyd"));
		expect(currentRound(C, records)).toBe(4);
		expect(waitingThisRound(C, records)).toEqual(["ana", "ben"]);
	});

	it("a contributor who arrives late is waited for before anyone speaks again", () => {
		const records = [spoke("ana"), spoke("ben")];
		const withLate = ["ana", "ben", "dee"];
		expect(mayTakeTurn("dee", withLate, records)).toEqual({ ok: true });
		expect(mayTakeTurn("ana", withLate, records)).toEqual(refuse("notEligibleYet"));
	});

	it("with nobody contributing there is no round and nobody waits", () => {
		expect(currentRound([], [spoke("ana")])).toBe(0);
		expect(waitingThisRound([], [])).toEqual([]);
	});
});

describe("échanges: whoever has spoken waits until every contributor had the chance", () => {
	it("refuses the offreur with offreurDoesNotSpeak", () => {
		expect(mayTakeTurn(OFFREUR, C, [], OFFREUR)).toEqual(refuse("offreurDoesNotSpeak"));
		expect(mayTakeTurn(OFFREUR, [...C, OFFREUR], [], OFFREUR)).toEqual(refuse("offreurDoesNotSpeak"));
	});

	it("refuses someone who is not a contributor (facilitator, observer) with notForYourRole", () => {
		expect(mayTakeTurn("fac", C, [], OFFREUR)).toEqual(refuse("notForYourRole"));
		expect(mayTakeTurn("obs", C, [])).toEqual(refuse("notForYourRole"));
	});

	it("a contributor who spoke is not eligible until all others spoke or passed", () => {
		let records = [spoke("ana")];
		expect(mayTakeTurn("ana", C, records, OFFREUR)).toEqual(refuse("notEligibleYet"));
		records = [...records, spoke("ben")];
		expect(mayTakeTurn("ana", C, records, OFFREUR)).toEqual(refuse("notEligibleYet"));
		records = [...records, passed("cyd")];
		expect(mayTakeTurn("ana", C, records, OFFREUR)).toEqual({ ok: true });
	});
});

describe("the speaking order everyone sees", () => {
	it("puts eligible raised hands first, in the order they were raised", () => {
		const order = speakingOrder(hands("cyd", "ana", "ben"), C, []);
		expect(order).toEqual({ eligible: ["cyd", "ana", "ben"], waiting: [] });
	});

	it("puts hands of those who already spoke this round after, still in raise order", () => {
		const records = [spoke("ana"), spoke("cyd")];
		const order = speakingOrder(hands("ana", "cyd", "ben"), C, records);
		expect(order).toEqual({ eligible: ["ben"], waiting: ["ana", "cyd"] });
		expect(nextSpeaker(hands("ana", "cyd", "ben"), C, records)).toBe("ben");
	});

	it("lets a hand raised twice count once, at its first place", () => {
		const order = speakingOrder(hands("ben", "ana", "ben"), C, []);
		expect(order.eligible).toEqual(["ben", "ana"]);
	});

	it("ignores hands of the offreur, the facilitator and strangers", () => {
		const order = speakingOrder(hands(OFFREUR, "fac", "ana"), C, []);
		expect(order).toEqual({ eligible: ["ana"], waiting: [] });
	});

	it("has no next speaker when no eligible hand is up", () => {
		expect(nextSpeaker([], C, [])).toBeUndefined();
		expect(nextSpeaker(hands("ana"), C, [spoke("ana")])).toBeUndefined();
	});

	it("gives the floor back to those who waited once the round is over", () => {
		const records = [spoke("ana"), spoke("ben"), spoke("cyd")];
		expect(speakingOrder(hands("ana", "cyd"), C, records)).toEqual({ eligible: ["ana", "cyd"], waiting: [] });
		expect(nextSpeaker(hands("ana", "cyd"), C, records)).toBe("ana");
	});
});

describe("a raised hand is lowered by the turn it asked for", () => {
	const raised = (userId: string, chancesAtRaise: number): RaisedHand => ({ userId, chancesAtRaise });

	it("counts only the hands raised since the person's last chance", () => {
		const records = [spoke("ana"), passed("ben")];
		expect(handsUpNow([raised("ana", 0), raised("ben", 0), raised("cyd", 0)], records)).toEqual([raised("cyd", 0)]);
		expect(handsUpNow([raised("ana", 1)], records)).toEqual([raised("ana", 1)]);
	});

	it("never lists someone who did not ask again as next", () => {
		const records = [spoke("ana")];
		const up = [raised("ana", 0), raised("ben", 0)];
		expect(speakingOrder(up, C, records)).toEqual({ eligible: ["ben"], waiting: [] });
		const all = [spoke("ana"), spoke("ben"), spoke("cyd")];
		expect(nextSpeaker(up, C, all)).toBeUndefined();
		expect(nextSpeaker([raised("ana", 1), raised("ben", 0)], C, all)).toBe("ana");
	});
});
