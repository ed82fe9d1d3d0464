/**
 * A command's edits reach the tree's listeners one by one (a step change writes ten fields
 * in one transaction): what shows the trees (the board's bindings, the panels' hooks) listens
 * through `oncePerCommand`, so it runs once per command, after the transaction and before
 * the command returns; a change that is not a command's (a remote one) reaches it at once.
 */
import { Tree } from "fluid-framework";
import { independentView } from "fluid-framework/alpha";
import { describe, expect, it } from "vitest";
import { defineCommand, execute, oncePerCommand, type CommandContext } from "../../src/fluid/commands/command";
import { moveStep } from "../../src/fluid/commands/process";
import { boardConfig, processConfig } from "../../src/fluid/containers";
import { initialBoard, initialProcess } from "../../src/fluid/initial";

function workshop(): CommandContext {
	const processView = independentView(processConfig);
	processView.initialize(initialProcess({ title: "T", announcedEnd: 0, facilitatorId: "fac", facilitatorName: "F", now: 0 }));
	const boardView = independentView(boardConfig);
	boardView.initialize(initialBoard());
	let id = 0;
	return {
		me: { id: "fac", name: "F", observer: false },
		process: processView.root,
		board: boardView.root,
		now: () => 1_000,
		newId: () => `id-${id++}`,
	};
}

/** A listener of the process through `oncePerCommand`, and how many times it ran. */
function countedListener(ctx: CommandContext): () => number {
	let runs = 0;
	Tree.on(
		ctx.process,
		"treeChanged",
		oncePerCommand(() => runs++),
	);
	return () => runs;
}

describe("listeners of a command's edits", () => {
	it("run once per command, once its transaction has ended, before the command returns", () => {
		const ctx = workshop();
		const seen: string[] = [];
		let raw = 0;
		Tree.on(ctx.process, "treeChanged", () => raw++);
		Tree.on(
			ctx.process,
			"treeChanged",
			oncePerCommand(() => seen.push(`${ctx.process.step}@${ctx.process.timer.startedAt}`)),
		);
		expect(execute(moveStep, ctx, { to: "accueil" }).ok).toBe(true);
		// The tree's own listener saw each field written; the coalesced one ran once, on the whole edit.
		expect(raw).toBeGreaterThan(3);
		expect(seen).toEqual(["accueil@1000"]);
		expect(execute(moveStep, ctx, { to: "regles" }).ok).toBe(true);
		expect(seen).toEqual(["accueil@1000", "regles@1000"]);
	});

	it("run at once for a change that is not a command's, and not at all for a refused command", () => {
		const ctx = workshop();
		const runs = countedListener(ctx);
		ctx.process.step = "accueil";
		ctx.process.turns.speakerId = "ana";
		expect(runs()).toBe(2);
		expect(execute(moveStep, ctx, { to: "nowhere" as never }).ok).toBe(false);
		expect(runs()).toBe(2);
	});

	it("all run though one throws, and the first error reaches the command's caller", () => {
		const ctx = workshop();
		const ran: string[] = [];
		Tree.on(
			ctx.process,
			"treeChanged",
			oncePerCommand(() => {
				ran.push("first");
				throw new Error("a listener failed");
			}),
		);
		Tree.on(
			ctx.process,
			"treeChanged",
			oncePerCommand(() => ran.push("second")),
		);
		expect(() => execute(moveStep, ctx, { to: "accueil" })).toThrow("a listener failed");
		expect(ran).toEqual(["first", "second"]);
		// The edit itself was made, and the next command's listeners run again.
		expect(ctx.process.step).toBe("accueil");
		ran.length = 0;
		expect(() => execute(moveStep, ctx, { to: "regles" })).toThrow("a listener failed");
		expect(ran).toEqual(["first", "second"]);
	});

	it("a command run inside another's transaction waits for the outermost one", () => {
		const ctx = workshop();
		const runs = countedListener(ctx);
		const outer = defineCommand<Record<string, never>>({
			name: "outer",
			action: "moveStep",
			writes: "process",
			check: () => ({ ok: true }),
			run: (c) => {
				execute(moveStep, c, { to: "accueil" });
				expect(runs()).toBe(0);
				c.process.turns.speakerId = "ana";
			},
		});
		expect(execute(outer, ctx, {}).ok).toBe(true);
		expect(runs()).toBe(1);
	});
});
