/**
 * The command layer: every edit goes through a registered command (name, the action it
 * is, who may run it now, what it writes). The UI never edits the tree by hand.
 * A command's edit is one transaction, on the one container it writes.
 */
import { Tree, type TransactionConstraint } from "fluid-framework";
import { mayActNow, OK, type Action, type Verdict } from "../../domain/actions";
import type { Role } from "../../domain/steps";
import { processState, roleOfUser } from "../read";
import type { Board, Process } from "../schema";

export interface Actor {
	readonly id: string;
	readonly name: string;
	readonly observer: boolean;
}

export interface CommandContext {
	readonly me: Actor;
	readonly process: Process;
	readonly board: Board;
	/** Server-clock time. */
	readonly now: () => number;
	readonly newId: () => string;
}

export interface Command<Args> {
	readonly name: string;
	readonly action: Action;
	/** The container the command writes: the process (facilitator only) or the board. */
	readonly writes: "process" | "board";
	/** The rule beyond the step/role gate (the vote rule, turns, authorship...). */
	check(ctx: CommandContext, args: Args): Verdict;
	run(ctx: CommandContext, args: Args): void;
	/**
	 * Nodes the edit depends on: if another client removed one concurrently, every client
	 * drops this edit when it is sequenced (e.g. a dot on a problématique being withdrawn).
	 */
	requires?(ctx: CommandContext, args: Args): readonly TransactionConstraint[];
	/**
	 * The rule, beyond the step/role gate, for taking this edit back now (undo): e.g. a
	 * dot comes back only while the vote is open. None: the step/role gate alone.
	 */
	undoCheck?(ctx: CommandContext, args: Args): Verdict;
}

export function defineCommand<Args>(command: Command<Args>): Command<Args> {
	return command;
}

export function myRole(ctx: CommandContext): Role {
	return roleOfUser(ctx.process, ctx.me.id, ctx.me.observer);
}

/**
 * The step/role gate of a command alone: may someone with my role take its action at this
 * step? Once the workshop has ended, nothing (the board is read only).
 */
export function gateOf<Args>(command: Command<Args>, ctx: CommandContext): Verdict {
	return mayActNow(processState(ctx.process), myRole(ctx), command.action);
}

/** May I run this command now, with these arguments? (the UI disables what this refuses) */
export function canRun<Args>(command: Command<Args>, ctx: CommandContext, args: Args): Verdict {
	const gate = gateOf(command, ctx);
	if (!gate.ok) return gate;
	return command.check(ctx, args);
}

/** May I take back (undo) this command's edit now? The step/role gate, then its undo rule. */
export function canUndoRun<Args>(command: Command<Args>, ctx: CommandContext, args: Args): Verdict {
	const gate = gateOf(command, ctx);
	if (!gate.ok) return gate;
	return command.undoCheck?.(ctx, args) ?? OK;
}

/**
 * A command being written, as the undo stack records it with its commit: the gates of
 * taking it back (undo) and of doing it again (redo: the command's own gate), in the
 * state of the moment they are asked.
 */
export interface RanCommand {
	readonly name: string;
	/** The process root the command read (the stack follows its changes). */
	readonly process: Process;
	mayUndo(): Verdict;
	mayRedo(): Verdict;
}

let running: RanCommand | undefined;
/** Listeners that asked, inside the running command's transaction, to run once it has ended. */
const afterRun = new Set<() => void>();

/** The command whose transaction is being committed right now, if any (read by `undo.ts`). */
export function runningCommand(): RanCommand | undefined {
	return running;
}

/**
 * A tree listener for what shows the trees (the board, the panels): inside a command's
 * transaction, whose edits reach the listeners one by one (a step change writes ten fields),
 * it runs once, when the transaction has ended, still within the command's run; at once
 * otherwise (a remote change reaches them once).
 */
export function oncePerCommand(listener: () => void): () => void {
	return () => {
		if (running) afterRun.add(listener);
		else listener();
	};
}

/** Runs what waited for the outermost command's end; every listener runs, the first error is thrown after. */
function runAfterCommand(): void {
	const listeners = [...afterRun];
	afterRun.clear();
	let failure: { error: unknown } | undefined;
	for (const listener of listeners) {
		try {
			listener();
		} catch (error) {
			failure ??= { error };
		}
	}
	if (failure) throw failure.error;
}

/** Checks, then writes in one transaction. Returns the refusal, if any, and writes nothing then. */
export function execute<Args>(command: Command<Args>, ctx: CommandContext, args: Args): Verdict {
	const verdict = canRun(command, ctx, args);
	if (!verdict.ok) return verdict;
	const root = command.writes === "process" ? ctx.process : ctx.board;
	const previous = running;
	running = {
		name: command.name,
		process: ctx.process,
		mayUndo: () => canUndoRun(command, ctx, args),
		mayRedo: () => canRun(command, ctx, args),
	};
	try {
		Tree.runTransaction(root, () => command.run(ctx, args), command.requires?.(ctx, args) ?? []);
	} finally {
		running = previous;
		if (!previous) runAfterCommand();
	}
	return OK;
}
