/**
 * Undo and redo of this client's own edits on the board, never someone else's: only
 * local commits are recorded (remote changes produce no revertible here).
 */
import { CommitKind, type Revertible } from "fluid-framework";
import type { BoardView } from "./containers";

const DEPTH = 100;

export class UndoStack {
	private readonly undos: Revertible[] = [];
	private readonly redos: Revertible[] = [];
	private readonly listeners = new Set<() => void>();
	private readonly off: () => void;

	constructor(view: BoardView) {
		this.off = view.events.on("commitApplied", (meta, getRevertible) => {
			if (!meta.isLocal || getRevertible === undefined) return;
			const revertible = getRevertible();
			if (meta.kind === CommitKind.Undo) this.push(this.redos, revertible);
			else {
				if (meta.kind === CommitKind.Default) this.clear(this.redos);
				this.push(this.undos, revertible);
			}
			for (const l of this.listeners) l();
		});
	}

	get canUndo(): boolean {
		return this.undos.length > 0;
	}
	get canRedo(): boolean {
		return this.redos.length > 0;
	}

	undo(): void {
		this.undos.pop()?.revert();
	}

	redo(): void {
		this.redos.pop()?.revert();
	}

	onChange(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	dispose(): void {
		this.off();
		this.clear(this.undos);
		this.clear(this.redos);
	}

	private push(stack: Revertible[], r: Revertible): void {
		stack.push(r);
		if (stack.length > DEPTH) stack.shift()?.dispose();
	}

	private clear(stack: Revertible[]): void {
		for (const r of stack.splice(0)) r.dispose();
	}
}
