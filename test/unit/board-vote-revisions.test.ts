/**
 * The vote read once per revision of the board (`perBoardRevision` in fluid/read.ts): every
 * reader of one revision shares one evaluation, and no reader ever sees an older one, not
 * even a listener of the change itself or a reading inside a transaction.
 */
import { Tree } from "fluid-framework";
import { independentView } from "fluid-framework/alpha";
import { describe, expect, it } from "vitest";
import { OK } from "../../src/domain/actions";
import { evaluateVotes } from "../../src/domain/vote";
import { defineCommand, execute } from "../../src/fluid/commands/command";
import { boardConfig, processConfig } from "../../src/fluid/containers";
import { initialBoard, initialProcess } from "../../src/fluid/initial";
import { evaluateBoardVotes, followBoardRevisions, voteContext } from "../../src/fluid/read";
import { Dot, Problematique } from "../../src/fluid/schema";
import { liveVoteResult } from "../../src/fluid/sealed";

function followed() {
	const processView = independentView(processConfig);
	processView.initialize(initialProcess({ title: "T", announcedEnd: 0, facilitatorId: "fac", facilitatorName: "Fanny", now: 0 }));
	const boardView = independentView(boardConfig);
	boardView.initialize(initialBoard());
	const board = boardView.root;
	for (const id of ["p-ana", "p-ben"]) {
		board.problematiques.insertAtEnd(new Problematique({ id, authorId: id.slice(2), text: id, x: 0, y: 0 }));
	}
	const unfollow = followBoardRevisions(boardView);
	return { process: processView.root, board, unfollow };
}

/** The rule evaluated afresh, as the memo must always agree with. */
function fresh(process: ReturnType<typeof followed>["process"], board: ReturnType<typeof followed>["board"]) {
	const context = {
		facilitatorId: process.facilitatorId,
		problematiqueIds: board.problematiques.map((p) => p.id),
	};
	return evaluateVotes(board.dots, context).tally;
}

const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe("the vote, once per revision of the board", () => {
	it("serves one evaluation to every reader until the board changes", async () => {
		const { process, board, unfollow } = followed();
		board.dots.insertAtEnd(new Dot({ id: "d1", voterId: "ana", problematiqueId: "p-ben" }));
		await settle();
		const first = evaluateBoardVotes(process, board);
		expect(evaluateBoardVotes(process, board)).toBe(first);
		expect(liveVoteResult(process, board)).toBe(liveVoteResult(process, board));
		expect(voteContext(process, board).problematiqueIds).toEqual(["p-ana", "p-ben"]);

		board.dots.insertAtEnd(new Dot({ id: "d2", voterId: "ben", problematiqueId: "p-ben" }));
		await settle();
		const second = evaluateBoardVotes(process, board);
		expect(second).not.toBe(first);
		expect(second.tally.get("p-ben")).toBe(2);
		expect(liveVoteResult(process, board).tally.get("p-ben")).toBe(2);
		unfollow();
	});

	it("never gives a listener of a change, nor a transaction, an older evaluation", async () => {
		const { process, board, unfollow } = followed();
		board.dots.insertAtEnd(new Dot({ id: "d1", voterId: "ana", problematiqueId: "p-ben" }));
		await settle();
		evaluateBoardVotes(process, board);
		const seen: [string, number | undefined, number | undefined][] = [];
		const look = (where: string) => () =>
			seen.push([where, evaluateBoardVotes(process, board).tally.get("p-ana"), fresh(process, board).get("p-ana")]);
		const dot = board.dots[0];
		if (!dot) throw new Error("no dot");
		Tree.on(board.dots, "treeChanged", look("dots"));
		Tree.on(dot, "nodeChanged", look("dot"));
		Tree.on(board, "treeChanged", look("board"));

		dot.problematiqueId = "p-ana";
		// A command: one transaction, its edit reaching the listeners before the view announces it.
		const addDot = defineCommand<Record<string, never>>({
			name: "testAddDot",
			action: "arrangeBoard",
			writes: "board",
			check: () => OK,
			run: (ctx) => {
				ctx.board.dots.insertAtEnd(new Dot({ id: "d2", voterId: "ben", problematiqueId: "p-ana" }));
				look("inside the transaction")();
			},
		});
		const me = { id: "ana", name: "Ana", observer: false };
		expect(execute(addDot, { me, process, board, now: () => 0, newId: () => "x" }, {}).ok).toBe(true);
		look("after the transaction")();
		await settle();
		look("settled")();
		for (const [where, memo, truth] of seen) expect({ where, memo }).toEqual({ where, memo: truth });
		expect(seen.at(-1)?.[1]).toBe(2);
		unfollow();
	});

	it("follows a facilitator handed over (the facilitator's dots do not count)", async () => {
		const { process, board, unfollow } = followed();
		board.dots.insertAtEnd(new Dot({ id: "d1", voterId: "ana", problematiqueId: "p-ben" }));
		await settle();
		expect(evaluateBoardVotes(process, board).tally.get("p-ben")).toBe(1);
		process.facilitatorId = "ana";
		expect(evaluateBoardVotes(process, board).tally.get("p-ben")).toBe(0);
		unfollow();
	});
});
