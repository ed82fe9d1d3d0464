import { describe, expect, it } from "vitest";
import { isTie, rank } from "../../src/domain/ranking";
import { evaluateVotes, type Dot } from "../../src/domain/vote";

function tally(entries: Record<string, number>): Map<string, number> {
	return new Map(Object.entries(entries));
}

describe("ranking the problématiques by valid dots", () => {
	it("puts the most voted first, in descending groups", () => {
		const groups = rank(tally({ a: 1, b: 5, c: 3 }), ["a", "b", "c"]);
		expect(groups).toEqual([
			{ votes: 5, ids: ["b"] },
			{ votes: 3, ids: ["c"] },
			{ votes: 1, ids: ["a"] },
		]);
	});

	it("reports a tie as one group with every tied id, in the table's order, never broken", () => {
		const groups = rank(tally({ a: 4, b: 2, c: 4, d: 4 }), ["d", "a", "b", "c"]);
		expect(groups[0]).toEqual({ votes: 4, ids: ["d", "a", "c"] });
		expect(groups[1]).toEqual({ votes: 2, ids: ["b"] });
		expect(groups[0] && isTie(groups[0])).toBe(true);
		expect(groups[1] && isTie(groups[1])).toBe(false);
	});

	it("follows the table's order inside a group, not the tally's", () => {
		const t = tally({ z: 2, y: 2, x: 2 });
		expect(rank(t, ["x", "y", "z"])[0]?.ids).toEqual(["x", "y", "z"]);
		expect(rank(t, ["y", "z", "x"])[0]?.ids).toEqual(["y", "z", "x"]);
	});

	it("includes problématiques nobody voted for, last, as a group", () => {
		const groups = rank(tally({ a: 0, b: 3, c: 0 }), ["a", "b", "c"]);
		expect(groups).toEqual([
			{ votes: 3, ids: ["b"] },
			{ votes: 0, ids: ["a", "c"] },
		]);
	});

	it("ranks every problématique exactly once", () => {
		const order = ["a", "b", "c", "d", "e", "f"];
		const groups = rank(tally({ a: 2, b: 0, c: 5, d: 2, e: 1, f: 5 }), order);
		const all = groups.flatMap((g) => g.ids);
		expect([...all].sort()).toEqual([...order].sort());
		const votes = groups.map((g) => g.votes);
		expect(votes).toEqual([...votes].sort((x, y) => y - x));
		expect(new Set(votes).size).toBe(votes.length);
	});

	it("gives nothing to rank when there is nothing on the table", () => {
		expect(rank(new Map(), [])).toEqual([]);
	});

	it("ranks straight from a vote evaluation (zeros come from the tally)", () => {
		const dots: Dot[] = [
			{ id: "1", voterId: "anne", problematiqueId: "p2" },
			{ id: "2", voterId: "bob", problematiqueId: "p2" },
			{ id: "3", voterId: "bob", problematiqueId: "p3" },
			{ id: "4", voterId: "fac", problematiqueId: "p1" },
		];
		const e = evaluateVotes(dots, { facilitatorId: "fac", problematiqueIds: ["p1", "p2", "p3", "p4"] });
		expect(rank(e.tally, ["p1", "p2", "p3", "p4"])).toEqual([
			{ votes: 2, ids: ["p2"] },
			{ votes: 1, ids: ["p3"] },
			{ votes: 0, ids: ["p1", "p4"] },
		]);
	});
});
