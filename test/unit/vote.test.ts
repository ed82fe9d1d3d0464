import { describe, expect, it } from "vitest";
import { refuse } from "../../src/domain/actions";
import {
	DOTS_PER_VOTER,
	MAX_DOTS_PER_PROBLEMATIQUE,
	checkMoveDot,
	checkNewDot,
	dotsLeft,
	evaluateVotes,
	type Dot,
	type VoteContext,
	type VoteEvaluation,
} from "../../src/domain/vote";

const FAC = "fac";
const CTX: VoteContext = { facilitatorId: FAC, problematiqueIds: ["p1", "p2", "p3"] };

function d(id: string, voterId: string, problematiqueId: string): Dot {
	return { id, voterId, problematiqueId };
}
const ids = (dots: readonly Dot[]): string[] => dots.map((x) => x.id);
const validIds = (e: VoteEvaluation): string[] => ids(e.valid);
const reasonOf = (e: VoteEvaluation, id: string): string | undefined => e.rejected.find((r) => r.dot.id === id)?.reason;

describe("the kit's rules", () => {
	it("gives each voter 3 dots and allows at most 2 on one problématique", () => {
		expect(DOTS_PER_VOTER).toBe(3);
		expect(MAX_DOTS_PER_PROBLEMATIQUE).toBe(2);
	});

	it("counts a voter's 3 dots spread over 3 problématiques", () => {
		const e = evaluateVotes([d("a1", "anne", "p1"), d("a2", "anne", "p2"), d("a3", "anne", "p3")], CTX);
		expect(validIds(e)).toEqual(["a1", "a2", "a3"]);
		expect(e.rejected).toEqual([]);
		expect(e.perVoter.get("anne")).toBe(3);
		expect([...e.tally.entries()]).toEqual([
			["p1", 1],
			["p2", 1],
			["p3", 1],
		]);
	});

	it("does not count a 4th dot", () => {
		const e = evaluateVotes([d("a1", "anne", "p1"), d("a2", "anne", "p2"), d("a3", "anne", "p3"), d("a4", "anne", "p1")], CTX);
		expect(validIds(e)).toEqual(["a1", "a2", "a3"]);
		expect(reasonOf(e, "a4")).toBe("maxDotsReached");
		expect(e.tally.get("p1")).toBe(1);
	});

	it("counts 2 dots on the same problématique but not a 3rd", () => {
		const e = evaluateVotes([d("a1", "anne", "p1"), d("a2", "anne", "p1"), d("a3", "anne", "p1")], CTX);
		expect(validIds(e)).toEqual(["a1", "a2"]);
		expect(reasonOf(e, "a3")).toBe("maxDotsOnOne");
		expect(e.tally.get("p1")).toBe(2);
		expect(e.perPair.get("anne\u0000p1")).toBe(2);
	});

	it("a dot refused as a 3rd on one note does not use up the voter's 3rd dot", () => {
		const e = evaluateVotes([d("a1", "anne", "p1"), d("a2", "anne", "p1"), d("a3", "anne", "p1"), d("a4", "anne", "p2")], CTX);
		expect(validIds(e)).toEqual(["a1", "a2", "a4"]);
		expect(dotsLeft(e, CTX, "anne")).toBe(0);
	});

	it("allows voting for one's own problématique (anne wrote p1)", () => {
		const e = evaluateVotes([d("a1", "anne", "p1"), d("a2", "anne", "p1")], CTX);
		expect(validIds(e)).toEqual(["a1", "a2"]);
		expect(checkNewDot(e, CTX, "anne", "p2")).toEqual({ ok: true });
	});

	it("never counts the facilitator's dots", () => {
		const e = evaluateVotes([d("f1", FAC, "p1"), d("a1", "anne", "p2"), d("f2", FAC, "p2")], CTX);
		expect(validIds(e)).toEqual(["a1"]);
		expect(reasonOf(e, "f1")).toBe("facilitatorDoesNotVote");
		expect(reasonOf(e, "f2")).toBe("facilitatorDoesNotVote");
		expect(e.tally.get("p1")).toBe(0);
		expect(e.tally.get("p2")).toBe(1);
		expect(e.perVoter.has(FAC)).toBe(false);
	});

	it("never counts observers' dots", () => {
		const ctx: VoteContext = { ...CTX, isObserver: (id) => id === "olga" };
		const e = evaluateVotes([d("o1", "olga", "p1"), d("a1", "anne", "p1")], ctx);
		expect(validIds(e)).toEqual(["a1"]);
		expect(reasonOf(e, "o1")).toBe("observerReadOnly");
	});

	it("never counts dots on a problématique that is not on the table, and they use up no dot", () => {
		const e = evaluateVotes([d("x1", "anne", "gone"), d("a1", "anne", "p1"), d("a2", "anne", "p2"), d("a3", "anne", "p3")], CTX);
		expect(validIds(e)).toEqual(["a1", "a2", "a3"]);
		expect(reasonOf(e, "x1")).toBe("unknownProblematique");
		expect(e.tally.has("gone")).toBe(false);
	});

	it("counts a dot written twice (same id) once", () => {
		const dup = d("a1", "anne", "p1");
		const e = evaluateVotes([dup, { ...dup }, d("a2", "anne", "p2"), { ...dup }], CTX);
		expect(validIds(e)).toEqual(["a1", "a2"]);
		expect(e.tally.get("p1")).toBe(1);
		expect(e.perVoter.get("anne")).toBe(2);
	});

	it("lists every problématique of the table in the tally, 0 included", () => {
		const e = evaluateVotes([d("a1", "anne", "p2")], CTX);
		expect([...e.tally.entries()]).toEqual([
			["p1", 0],
			["p2", 1],
			["p3", 0],
		]);
		expect([...evaluateVotes([], CTX).tally.values()]).toEqual([0, 0, 0]);
	});

	it("keeps voters independent: one voter's dots never limit another's", () => {
		const e = evaluateVotes(
			[d("a1", "anne", "p1"), d("a2", "anne", "p1"), d("b1", "bob", "p1"), d("b2", "bob", "p1"), d("c1", "cleo", "p1")],
			CTX,
		);
		expect(validIds(e)).toEqual(["a1", "a2", "b1", "b2", "c1"]);
		expect(e.tally.get("p1")).toBe(5);
	});
});

describe("deterministic evaluation over the converged list", () => {
	const LIST: readonly Dot[] = [
		d("a1", "anne", "p1"),
		d("f1", FAC, "p2"),
		d("b1", "bob", "p2"),
		d("a2", "anne", "p1"),
		d("a3", "anne", "p1"),
		d("b2", "bob", "p3"),
		d("a4", "anne", "p2"),
		d("a5", "anne", "p3"),
	];

	it("gives the same valid set to every client computing it", () => {
		const mine = evaluateVotes(LIST, CTX);
		const theirs = evaluateVotes(structuredClone([...LIST]), { facilitatorId: FAC, problematiqueIds: ["p3", "p1", "p2"] });
		function* streamed(): Generator<Dot> {
			yield* LIST;
		}
		const streamedEval = evaluateVotes(streamed(), { ...CTX });
		expect(validIds(theirs)).toEqual(validIds(mine));
		expect(validIds(streamedEval)).toEqual(validIds(mine));
		expect(validIds(mine)).toEqual(["a1", "b1", "a2", "b2", "a4"]);
		expect(Object.fromEntries(theirs.tally)).toEqual(Object.fromEntries(mine.tally));
	});

	it("a voter's 4 dots written from two tabs leave exactly the first 3 in list order", () => {
		// Tab A writes t1 (p1), t2 (p2); tab B writes u1 (p3), u2 (p2); the service merges them.
		const merged = [d("t1", "anne", "p1"), d("u1", "anne", "p3"), d("t2", "anne", "p2"), d("u2", "anne", "p2")];
		const e = evaluateVotes(merged, CTX);
		expect(validIds(e)).toEqual(["t1", "u1", "t2"]);
		expect(reasonOf(e, "u2")).toBe("maxDotsReached");
		const otherMerge = [merged[1], merged[3], merged[0], merged[2]].filter((x): x is Dot => x !== undefined);
		expect(validIds(evaluateVotes(otherMerge, CTX))).toEqual(["u1", "u2", "t1"]);
	});

	it("3 dots on one note written concurrently leave exactly the first 2 in list order", () => {
		const e = evaluateVotes([d("z", "anne", "p1"), d("y", "anne", "p1"), d("x", "anne", "p1")], CTX);
		expect(validIds(e)).toEqual(["z", "y"]);
		expect(reasonOf(e, "x")).toBe("maxDotsOnOne");
	});

	it("taking back an earlier valid dot makes a later rejected one count", () => {
		const list = [d("a1", "anne", "p1"), d("a2", "anne", "p2"), d("a3", "anne", "p3"), d("a4", "anne", "p2")];
		expect(validIds(evaluateVotes(list, CTX))).toEqual(["a1", "a2", "a3"]);
		const after = evaluateVotes(
			list.filter((x) => x.id !== "a1"),
			CTX,
		);
		expect(validIds(after)).toEqual(["a2", "a3", "a4"]);
		expect(after.tally.get("p2")).toBe(2);
	});

	it("taking back one of 2 dots on a note makes a later 3rd one on it count", () => {
		const list = [d("a1", "anne", "p1"), d("a2", "anne", "p1"), d("a3", "anne", "p1")];
		expect(
			validIds(
				evaluateVotes(
					list.filter((x) => x.id !== "a2"),
					CTX,
				),
			),
		).toEqual(["a1", "a3"]);
	});
});

describe("checking a dot before writing it", () => {
	const placed = evaluateVotes([d("a1", "anne", "p1"), d("a2", "anne", "p1"), d("b1", "bob", "p1")], CTX);

	it("accepts a dot that would count", () => {
		expect(checkNewDot(placed, CTX, "anne", "p2")).toEqual({ ok: true });
		expect(checkNewDot(placed, CTX, "bob", "p1")).toEqual({ ok: true });
		expect(checkNewDot(placed, CTX, "cleo", "p3")).toEqual({ ok: true });
	});

	it("refuses a 3rd dot on the same problématique with maxDotsOnOne", () => {
		expect(checkNewDot(placed, CTX, "anne", "p1")).toEqual(refuse("maxDotsOnOne"));
	});

	it("refuses a 4th dot with maxDotsReached", () => {
		const full = evaluateVotes([d("a1", "anne", "p1"), d("a2", "anne", "p2"), d("a3", "anne", "p3")], CTX);
		expect(checkNewDot(full, CTX, "anne", "p2")).toEqual(refuse("maxDotsReached"));
	});

	it("refuses the facilitator with facilitatorDoesNotVote, even with no dot placed", () => {
		expect(checkNewDot(evaluateVotes([], CTX), CTX, FAC, "p1")).toEqual(refuse("facilitatorDoesNotVote"));
	});

	it("refuses an observer and a problématique not on the table", () => {
		const ctx: VoteContext = { ...CTX, isObserver: (id) => id === "olga" };
		expect(checkNewDot(placed, ctx, "olga", "p1")).toEqual(refuse("observerReadOnly"));
		expect(checkNewDot(placed, CTX, "anne", "nope")).toEqual(refuse("unknownProblematique"));
	});
});

describe("moving a dot", () => {
	const a1 = d("a1", "anne", "p1");
	const a2 = d("a2", "anne", "p1");
	const a3 = d("a3", "anne", "p2");
	const full = evaluateVotes([a1, a2, a3, d("b1", "bob", "p3"), d("b2", "bob", "p3")], CTX);

	it("lets a voter with all 3 dots placed move one elsewhere", () => {
		expect(checkMoveDot(full, CTX, a1, "p3")).toEqual({ ok: true });
		expect(checkMoveDot(full, CTX, a3, "p3")).toEqual({ ok: true });
	});

	it("refuses a move that would put a 3rd of the voter's dots on one note", () => {
		expect(checkMoveDot(full, CTX, a3, "p1")).toEqual(refuse("maxDotsOnOne"));
	});

	it("lets a dot move from a note with 2 to one with 1 (ending at 1 and 2)", () => {
		expect(checkMoveDot(full, CTX, a1, "p2")).toEqual({ ok: true });
	});

	it("accepts putting a dot back where it is", () => {
		expect(checkMoveDot(full, CTX, a1, "p1")).toEqual({ ok: true });
	});

	it("refuses moving to a problématique not on the table", () => {
		expect(checkMoveDot(full, CTX, a1, "gone")).toEqual(refuse("unknownProblematique"));
	});

	it("refuses moving a facilitator's dot", () => {
		expect(checkMoveDot(full, CTX, d("f1", FAC, "p1"), "p2")).toEqual(refuse("facilitatorDoesNotVote"));
	});
});

describe("dots left in the tray", () => {
	it("counts down from 3 as dots are placed, per voter", () => {
		const dots = [d("a1", "anne", "p1"), d("a2", "anne", "p2"), d("b1", "bob", "p2"), d("a3", "anne", "p3")];
		expect(dotsLeft(evaluateVotes([], CTX), CTX, "anne")).toBe(3);
		expect(dotsLeft(evaluateVotes(dots.slice(0, 1), CTX), CTX, "anne")).toBe(2);
		expect(dotsLeft(evaluateVotes(dots.slice(0, 2), CTX), CTX, "anne")).toBe(1);
		expect(dotsLeft(evaluateVotes(dots, CTX), CTX, "anne")).toBe(0);
		expect(dotsLeft(evaluateVotes(dots, CTX), CTX, "bob")).toBe(2);
	});

	it("gives the facilitator no tray at all", () => {
		expect(dotsLeft(evaluateVotes([], CTX), CTX, FAC)).toBe(0);
	});

	it("never goes below 0 and ignores dots that do not count", () => {
		const dots = ["p1", "p2", "p3", "p1", "p2", "p3"].map((p, i) => d(`a${i}`, "anne", p));
		expect(dotsLeft(evaluateVotes(dots, CTX), CTX, "anne")).toBe(0);
		expect(dotsLeft(evaluateVotes([d("x", "anne", "gone"), d("y", "anne", "p1")], CTX), CTX, "anne")).toBe(2);
	});
});

/** A small seeded PRNG (mulberry32), so that the property test is reproducible. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function pick<T>(rand: () => number, items: readonly T[]): T {
	const item = items[Math.floor(rand() * items.length)];
	if (item === undefined) throw new Error("empty list");
	return item;
}

const VOTERS = ["anne", "bob", "cleo", "dan", FAC] as const;
const TARGETS = ["p1", "p2", "p3", "p4", "gone"] as const;
const PROP_CTX: VoteContext = { facilitatorId: FAC, problematiqueIds: ["p1", "p2", "p3", "p4"] };

function randomDots(rand: () => number): Dot[] {
	const dots: Dot[] = [];
	const n = Math.floor(rand() * 25);
	for (let i = 0; i < n; i++) {
		const earlier = dots.length > 0 && rand() < 0.1 ? pick(rand, dots) : undefined;
		dots.push(earlier ? { ...earlier } : d(`d${i}`, pick(rand, VOTERS), pick(rand, TARGETS)));
	}
	return dots;
}

/** Interleaves the voters' dots at random, keeping each voter's own order. */
function reshuffleKeepingVoterOrder(dots: readonly Dot[], rand: () => number): Dot[] {
	const queues = new Map<string, Dot[]>();
	for (const x of dots) queues.set(x.voterId, [...(queues.get(x.voterId) ?? []), x]);
	const out: Dot[] = [];
	while (out.length < dots.length) {
		const open = [...queues.values()].filter((q) => q.length > 0);
		const next = pick(rand, open).shift();
		if (next) out.push(next);
	}
	return out;
}

function validPerVoter(e: VoteEvaluation): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const x of e.valid) out[x.voterId] = [...(out[x.voterId] ?? []), x.id];
	return out;
}

describe("property: the evaluation holds the rules for any list of dots", () => {
	const RUNS = 500;

	it("never gives a voter more than 3 valid dots nor more than 2 on one, never counts the facilitator or an unknown note", () => {
		const rand = prng(20240611);
		for (let run = 0; run < RUNS; run++) {
			const dots = randomDots(rand);
			const e = evaluateVotes(dots, PROP_CTX);
			const perVoter = new Map<string, number>();
			const perPair = new Map<string, number>();
			for (const x of e.valid) {
				perVoter.set(x.voterId, (perVoter.get(x.voterId) ?? 0) + 1);
				const k = `${x.voterId}/${x.problematiqueId}`;
				perPair.set(k, (perPair.get(k) ?? 0) + 1);
				expect(x.voterId).not.toBe(FAC);
				expect(PROP_CTX.problematiqueIds).toContain(x.problematiqueId);
			}
			for (const count of perVoter.values()) expect(count).toBeLessThanOrEqual(3);
			for (const count of perPair.values()) expect(count).toBeLessThanOrEqual(2);
			expect(new Set(ids(e.valid)).size).toBe(e.valid.length);
			const tallied = [...e.tally.values()].reduce((a, b) => a + b, 0);
			expect(tallied).toBe(e.valid.length);
			expect(e.valid.length + e.rejected.length).toBe(new Set(ids(dots)).size);
		}
	});

	it("rejects a dot only when an earlier valid dot of the same voter forces it", () => {
		const rand = prng(7);
		for (let run = 0; run < RUNS; run++) {
			const dots = randomDots(rand);
			const e = evaluateVotes(dots, PROP_CTX);
			const validSet = new Set(ids(e.valid));
			for (const { dot, reason } of e.rejected) {
				const index = dots.findIndex((x) => x.id === dot.id);
				const before = [...new Map(dots.slice(0, index).map((x) => [x.id, x] as const)).values()].filter(
					(x) => validSet.has(x.id) && x.voterId === dot.voterId,
				);
				if (reason === "maxDotsReached") expect(before.length).toBe(3);
				else if (reason === "maxDotsOnOne") {
					expect(before.filter((x) => x.problematiqueId === dot.problematiqueId).length).toBe(2);
				} else if (reason === "facilitatorDoesNotVote") expect(dot.voterId).toBe(FAC);
				else expect(reason).toBe("unknownProblematique");
			}
		}
	});

	it("gives each voter the same valid dots whatever the interleaving with other voters", () => {
		const rand = prng(424242);
		for (let run = 0; run < RUNS; run++) {
			const dots = randomDots(rand);
			const a = evaluateVotes(dots, PROP_CTX);
			const b = evaluateVotes(reshuffleKeepingVoterOrder(dots, rand), PROP_CTX);
			expect(validPerVoter(b)).toEqual(validPerVoter(a));
			expect(Object.fromEntries(b.tally)).toEqual(Object.fromEntries(a.tally));
		}
	});
});
