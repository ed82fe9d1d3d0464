/**
 * The command layer: every edit goes through a registered command (name, the action it
 * is, who may run it now, what it writes). The UI never edits the tree by hand.
 * A command's edit is one transaction, on the one container it writes.
 */
import { Tree, type TransactionConstraint } from "fluid-framework";
import { mayAct, OK, type Action, type Verdict } from "../../domain/actions";
import type { Role } from "../../domain/steps";
import { roleOfUser } from "../read";
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
}

export function defineCommand<Args>(command: Command<Args>): Command<Args> {
	return command;
}

export function myRole(ctx: CommandContext): Role {
	return roleOfUser(ctx.process, ctx.me.id, ctx.me.observer);
}

/** May I run this command now, with these arguments? (the UI disables what this refuses) */
export function canRun<Args>(command: Command<Args>, ctx: CommandContext, args: Args): Verdict {
	const gate = mayAct(ctx.process.step as Parameters<typeof mayAct>[0], myRole(ctx), command.action);
	if (!gate.ok) return gate;
	return command.check(ctx, args);
}

/** Checks, then writes in one transaction. Returns the refusal, if any, and writes nothing then. */
export function execute<Args>(command: Command<Args>, ctx: CommandContext, args: Args): Verdict {
	const verdict = canRun(command, ctx, args);
	if (!verdict.ok) return verdict;
	const root = command.writes === "process" ? ctx.process : ctx.board;
	Tree.runTransaction(root, () => command.run(ctx, args), command.requires?.(ctx, args) ?? []);
	return OK;
}
