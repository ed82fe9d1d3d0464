/**
 * The dots' plain copy (`src/fluid/plainDots.ts`) the vote is evaluated from: always the
 * tree's dots, in order, and a dot not touched by a change keeps its copy (it is not read
 * again: the evaluation stays flat in the number of dots).
 */
import { Tree } from "fluid-framework";
import { independentView } from "fluid-framework/alpha";
import { describe, expect, it } from "vitest";
import { boardConfig, processConfig } from "../../src/fluid/containers";
import { initialBoard, initialProcess } from "../../src/fluid/initial";
import { plainDotsOf } from "../../src/fluid/plainDots";
import { evaluateBoardVotes, followBoardRevisions } from "../../src/fluid/read";
import { Dot, Problematique } from "../../src/fluid/schema";

function board() {
	const view = independentView(boardConfig);
	view.initialize(initialBoard());
	const b = view.root;
	for (const id of ["p1", "p2", "p3"])
		b.problematiques.insertAtEnd(new Problematique({ id, authorId: id, text: id, x: 0, y: 0 }));
	return { view, board: b };
}

const fields = (b: ReturnType<typeof board>["board"]) =>
	b.dots.map((d) => ({ id: d.id, voterId: d.voterId, problematiqueId: d.problematiqueId }));

describe("the dots' plain copy", () => {
	it("follows dots placed, moved in place and taken back, and keeps the copy of the others", () => {
		const { board: b } = board();
		for (let i = 0; i < 5; i++) b.dots.insertAtEnd(new Dot({ id: `d${i}`, voterId: `v${i}`, problematiqueId: "p1" }));
		const first = plainDotsOf(b);
		expect(first).toEqual(fields(b));

		const third = b.dots[2];
		if (!third) throw new Error("no dot");
		third.problematiqueId = "p2";
		const moved = plainDotsOf(b);
		expect(moved).toEqual(fields(b));
		expect(moved).not.toBe(first);
		// Only the moved dot was read again; the list a reader held stays as it was.
		expect(moved.filter((d, i) => d !== first[i]).map((d) => d.id)).toEqual(["d2"]);
		expect(first[2]?.problematiqueId).toBe("p1");

		b.dots.removeAt(0);
		b.dots.insertAtEnd(new Dot({ id: "d5", voterId: "v5", problematiqueId: "p3" }));
		const after = plainDotsOf(b);
		expect(after).toEqual(fields(b));
		expect(after[0]).toBe(moved[1]);
		// Nothing changed: the same copy.
		expect(plainDotsOf(b)).toBe(after);
	});

	it("stays the tree's dots through many edits in any order, also those edited in one transaction", () => {
		const { board: b } = board();
		let next = 0;
		let seed = 7;
		const random = (n: number) => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return seed % n;
		};
		for (let round = 0; round < 300; round++) {
			const kind = random(4);
			if (kind === 0 || b.dots.length === 0) {
				b.dots.insertAt(
					random(b.dots.length + 1),
					new Dot({ id: `d${next++}`, voterId: `v${random(4)}`, problematiqueId: "p1" }),
				);
			} else if (kind === 1) b.dots.removeAt(random(b.dots.length));
			else if (kind === 2) {
				const d = b.dots[random(b.dots.length)];
				if (d) d.problematiqueId = `p${1 + random(3)}`;
			} else {
				Tree.runTransaction(b, () => {
					const d = b.dots[random(b.dots.length)];
					if (d) d.voterId = `v${random(4)}`;
					b.dots.moveToEnd(random(b.dots.length));
				});
			}
			if (round % 3 === 0) expect(plainDotsOf(b)).toEqual(fields(b));
		}
		expect(plainDotsOf(b)).toEqual(fields(b));
		// 1.4 s alone; beside the other files on 2 cores it once took over the default 5 s.
	}, 30_000);

	it("gives the vote's evaluation the dots as they are once a change is applied, whoever listens", async () => {
		const pv = independentView(processConfig);
		pv.initialize(initialProcess({ title: "T", announcedEnd: 0, facilitatorId: "fac", facilitatorName: "F", now: 0 }));
		const { view, board: b } = board();
		const unfollow = followBoardRevisions(view);
		b.dots.insertAtEnd(new Dot({ id: "d1", voterId: "ana", problematiqueId: "p1" }));
		await Promise.resolve();
		expect(evaluateBoardVotes(pv.root, b).tally.get("p1")).toBe(1);
		const seen: (number | undefined)[] = [];
		// Registered after the copy's own listeners, and before: each reads the evaluation.
		Tree.on(b.dots, "treeChanged", () => seen.push(evaluateBoardVotes(pv.root, b).tally.get("p2")));
		Tree.on(b, "treeChanged", () => seen.push(evaluateBoardVotes(pv.root, b).tally.get("p2")));
		const dot = b.dots[0];
		if (!dot) throw new Error("no dot");
		dot.problematiqueId = "p2";
		await Promise.resolve();
		seen.push(evaluateBoardVotes(pv.root, b).tally.get("p2"));
		expect(seen).toEqual([1, 1, 1]);
		unfollow();
	});
});
