/**
 * Undo and redo of this client's own edits on the board, never someone else's: only
 * local commits are recorded (remote changes produce no revertible here).
 *
 * Undo and redo go through the same gate as the command they revert: each revertible
 * is recorded with the command that made it, and is taken back (undo) only where that
 * command's action is allowed now (plus the command's own undo rule: a gommette only
 * while the vote is open), and done again (redo) only where the command itself may run
 * now. `canUndo` / `canRedo` say so, and `onChange` fires when the process or the board
 * moves them.
 */
import { CommitKind, Tree, type Revertible } from "fluid-framework";
import { OK, refuse, type Verdict } from "../domain/actions";
import { runningCommand, type RanCommand } from "./commands/command";
import type { BoardView } from "./containers";
import type { Process } from "./schema";

const DEPTH = 100;

interface Entry {
	readonly revertible: Revertible;
	readonly command: RanCommand;
}

/** Why nothing can be undone (or redone): the stack is empty. */
const EMPTY: Verdict = refuse("unknownItem");

export class UndoStack {
	private readonly undos: Entry[] = [];
	private readonly redos: Entry[] = [];
	private readonly listeners = new Set<() => void>();
	private readonly off: () => void;
	private readonly offBoard: () => void;
	private offProcess: (() => void) | undefined;
	private watched: Process | undefined;
	/** The entry being reverted: its revert's commit is recorded with the same command. */
	private reverting: RanCommand | undefined;
	private last = "";

	constructor(view: BoardView) {
		this.off = view.events.on("commitApplied", (meta, getRevertible) => {
			if (!meta.isLocal || getRevertible === undefined) return;
			const command = meta.kind === CommitKind.Default ? runningCommand() : this.reverting;
			// An edit made outside the command layer (joining the member list) is never undone.
			if (command === undefined) return;
			const entry: Entry = { revertible: getRevertible(), command };
			this.watch(command.process);
			if (meta.kind === CommitKind.Undo) this.push(this.redos, entry);
			else {
				if (meta.kind === CommitKind.Default) this.clear(this.redos);
				this.push(this.undos, entry);
			}
			this.notify(true);
		});
		// Others' edits can move a gate too (a fourth dot, a note withdrawn).
		this.offBoard = Tree.on(view.root, "treeChanged", () => this.notify(false));
	}

	/** Why the last edit cannot be taken back now (ok when it can). */
	get undoVerdict(): Verdict {
		const top = this.undos[this.undos.length - 1];
		return top ? top.command.mayUndo() : EMPTY;
	}
	get redoVerdict(): Verdict {
		const top = this.redos[this.redos.length - 1];
		return top ? top.command.mayRedo() : EMPTY;
	}

	get canUndo(): boolean {
		return this.undoVerdict.ok;
	}
	get canRedo(): boolean {
		return this.redoVerdict.ok;
	}

	/** Takes back my last edit if its command's gate allows it now; returns the gate's verdict. */
	undo(): Verdict {
		return this.revert(this.undos, this.undoVerdict);
	}

	/** Does again what I last undid if the command may run now; returns the gate's verdict. */
	redo(): Verdict {
		return this.revert(this.redos, this.redoVerdict);
	}

	onChange(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	dispose(): void {
		this.off();
		this.offBoard();
		this.offProcess?.();
		this.clear(this.undos);
		this.clear(this.redos);
	}

	private revert(stack: Entry[], verdict: Verdict): Verdict {
		if (!verdict.ok) return verdict;
		const entry = stack.pop();
		if (!entry) return EMPTY;
		this.reverting = entry.command;
		try {
			entry.revertible.revert();
		} finally {
			this.reverting = undefined;
		}
		this.notify(true);
		return OK;
	}

	/** The gates read the process: a step change or the vote closing may change them. */
	private watch(process: Process): void {
		if (this.watched === process) return;
		this.offProcess?.();
		this.watched = process;
		this.offProcess = Tree.on(process, "treeChanged", () => this.notify(false));
	}

	private notify(always: boolean): void {
		const state = `${this.canUndo}|${this.canRedo}`;
		if (!always && state === this.last) return;
		this.last = state;
		for (const l of this.listeners) l();
	}

	private push(stack: Entry[], entry: Entry): void {
		stack.push(entry);
		if (stack.length > DEPTH) stack.shift()?.revertible.dispose();
	}

	private clear(stack: Entry[]): void {
		for (const e of stack.splice(0)) e.revertible.dispose();
	}
}
