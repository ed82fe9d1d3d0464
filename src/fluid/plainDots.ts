/**
 * The board's dots as plain values, kept up to date from the tree's own events: the vote is
 * evaluated on every change of the board, and reading each of 630 dots' fields through the
 * tree cost about 8 ms per change in a page (a tree node's field is not a plain read). A dot
 * changed in place is read again alone; the list is read again (its nodes, not their
 * fields) only when dots come or go.
 *
 * Read it once the board's change has been applied (`read.ts` does): the tree tells the
 * dots' list that its subtree changed before it tells the dot that changed in it, so a
 * listener of the list would find this copy one change behind. Inside a command's
 * transaction the dots are read afresh (its edits reach the listeners one by one).
 */
import { Tree } from "fluid-framework";
import type { Dot as PlainDot } from "../domain/vote";
// A cycle (the command layer reads the readers), used at call time only.
import { runningCommand } from "./commands/command";
import type { Board, Dot } from "./schema";

interface Entry {
	plain: PlainDot;
	readonly off: () => void;
}

interface Mirror {
	readonly dots: Board["dots"];
	readonly entries: Map<Dot, Entry>;
	/** The copy in the array's order; undefined when dots came or went (read the list again). */
	list: readonly PlainDot[] | undefined;
	readonly offList: () => void;
}

const mirrors = new WeakMap<Board, Mirror>();

export function plainDot(d: Dot): PlainDot {
	return { id: d.id, voterId: d.voterId, problematiqueId: d.problematiqueId };
}

/** The board's dots, in their order, as plain values (a new array whenever one of them changed). */
export function plainDotsOf(board: Board): readonly PlainDot[] {
	if (runningCommand() !== undefined) return board.dots.map(plainDot);
	let mirror = mirrors.get(board);
	const dots = board.dots;
	// The dots' list itself replaced (a forged edit): follow the new one.
	if (mirror && mirror.dots !== dots) {
		forget(mirror);
		mirror = undefined;
	}
	if (!mirror) {
		mirror = follow(dots);
		mirrors.set(board, mirror);
	}
	mirror.list ??= readList(mirror);
	return mirror.list;
}

function follow(dots: Board["dots"]): Mirror {
	const mirror: Mirror = {
		dots,
		entries: new Map(),
		list: undefined,
		offList: Tree.on(dots, "nodeChanged", () => {
			mirror.list = undefined;
		}),
	};
	return mirror;
}

function forget(mirror: Mirror): void {
	mirror.offList();
	for (const entry of mirror.entries.values()) entry.off();
	mirror.entries.clear();
}

/** The list read again: known dots keep their copy, new ones are read and followed, gone ones forgotten. */
function readList(mirror: Mirror): readonly PlainDot[] {
	const seen = new Set<Dot>();
	const list: PlainDot[] = [];
	for (const node of mirror.dots) {
		seen.add(node);
		let entry = mirror.entries.get(node);
		if (!entry) {
			const created: Entry = {
				plain: plainDot(node),
				off: Tree.on(node, "nodeChanged", () => {
					const before = created.plain;
					created.plain = plainDot(node);
					// The copy with this one dot replaced (earlier copies stay as they were: evaluations hold them).
					if (mirror.list) mirror.list = mirror.list.map((d) => (d === before ? created.plain : d));
				}),
			};
			entry = created;
			mirror.entries.set(node, entry);
		}
		list.push(entry.plain);
	}
	for (const [node, entry] of mirror.entries) {
		if (seen.has(node)) continue;
		entry.off();
		mirror.entries.delete(node);
	}
	return list;
}
