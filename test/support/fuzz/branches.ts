/**
 * A workshop without a network, for the many-seeds fuzz: SharedTree's own branches stand
 * in for the service. One main view per document (process, board) is "what the service
 * has sequenced"; each client edits its own fork of each. `send` merges the client's new
 * commits into main (they are rebased over whatever main received meanwhile, as the
 * service's sequencing does, transaction constraints included); `receive` rebases the
 * fork onto main (the client catches up, its unsent edits rebased on top). A disconnected
 * client does neither: it keeps editing its fork, and sends it all when it reconnects.
 */
import { Tree } from "fluid-framework";
import { independentView, TreeAlpha, type TreeViewAlpha } from "fluid-framework/alpha";
import { ensureMember } from "../../../src/fluid/commands/board";
import type { Actor, CommandContext } from "../../../src/fluid/commands/command";
import { boardConfig, processConfig } from "../../../src/fluid/containers";
import { initialBoard, initialProcess } from "../../../src/fluid/initial";
import type { Board, Process } from "../../../src/fluid/schema";

type ProcessBranch = TreeViewAlpha<typeof Process>;
type BoardBranch = TreeViewAlpha<typeof Board>;

export interface BranchClient {
	readonly index: number;
	readonly me: Actor;
	readonly process: ProcessBranch;
	readonly board: BoardBranch;
	/** Counts the changes its two views have seen (a `treeChanged` on either root): what changed since last looked at. */
	revision(): number;
	connected: boolean;
	/** Has edits main has not received yet. */
	dirty: boolean;
	/** Main's version when this client last caught up. */
	receivedAt: number;
	context(): CommandContext;
}

export interface BranchWorkshop {
	readonly process: ProcessBranch;
	readonly board: BoardBranch;
	/** Main's change count (see BranchClient.revision). */
	revision(): number;
	readonly clients: readonly BranchClient[];
	/** Bumped whenever main receives edits. */
	version(): number;
	send(client: BranchClient): void;
	receive(client: BranchClient): void;
	/** The clients that must equal main now: connected, nothing unsent, caught up since main last changed. */
	caughtUp(): BranchClient[];
	dispose(): void;
}

/** A document's content as comparable text: its verbose export with object keys sorted (their order follows edit history). */
/** A counter of every change to either view, from their roots' `treeChanged` events. */
function counter(process: ProcessBranch, board: BoardBranch): { read(): number; off(): void } {
	let n = 0;
	const bump = () => {
		n++;
	};
	const offs = [Tree.on(process.root, "treeChanged", bump), Tree.on(board.root, "treeChanged", bump)];
	return {
		read: () => n,
		off: () => {
			for (const off of offs) off();
		},
	};
}

export function exported(view: { readonly root: Process | Board }): string {
	return JSON.stringify(TreeAlpha.exportVerbose(view.root), (_key, value: unknown) =>
		value !== null && typeof value === "object" && !Array.isArray(value)
			? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: value,
	);
}

/** The documents as they start, per cast (building them is the slow part of a run): each run forks them. */
const templates = new Map<string, { process: ProcessBranch; board: BoardBranch }>();

/**
 * The facilitator (the first actor) creates both documents; everyone joins the board
 * before the workshop starts (the member list is what turns are counted over).
 */
function template(
	actors: readonly Actor[],
	prepare: { key: string; run: (ctxOf: (actor: Actor) => CommandContext) => void } | undefined,
): { process: ProcessBranch; board: BoardBranch } {
	const key = `${JSON.stringify(actors)}|${prepare?.key ?? ""}`;
	const known = templates.get(key);
	if (known) return known;
	const facilitator = actors[0];
	if (!facilitator) throw new Error("no facilitator");
	const process = independentView(processConfig);
	process.initialize(
		initialProcess({
			title: "Fuzz",
			announcedEnd: 3 * 3600_000,
			facilitatorId: facilitator.id,
			facilitatorName: facilitator.name,
			now: 0,
		}),
	);
	const board = independentView(boardConfig);
	board.initialize(initialBoard());
	let joined = 0;
	for (const me of actors) {
		const at = joined++;
		ensureMember({ me, process: process.root, board: board.root, now: () => at, newId: () => "" });
	}
	let n = 0;
	prepare?.run((me) => ({ me, process: process.root, board: board.root, now: () => 0, newId: () => `pre-${n++}` }));
	const made = { process, board };
	templates.set(key, made);
	return made;
}

/** A run's workshop: main ("the service") is a fork of the cast's template, each client forks main. */
export function branchWorkshop(
	actors: readonly Actor[],
	clock: () => number,
	seed: number,
	/**
	 * Edits made before the clients fork main (the run's starting chapter): they must
	 * depend only on `key` and the actors, as their result is kept for every run alike.
	 */
	prepare?: { key: string; run: (ctxOf: (actor: Actor) => CommandContext) => void },
): BranchWorkshop {
	const start = template(actors, prepare);
	const process: ProcessBranch = start.process.fork();
	const board: BoardBranch = start.board.fork();
	let version = 0;
	const counters = [counter(process, board)];
	const clients = actors.map((me, index): BranchClient => {
		const p = process.fork();
		const b = board.fork();
		let n = 0;
		const changes = counter(p, b);
		counters.push(changes);
		return {
			revision: changes.read,
			index,
			me,
			process: p,
			board: b,
			connected: true,
			dirty: false,
			receivedAt: 0,
			context: () => ({ me, process: p.root, board: b.root, now: clock, newId: () => `s${seed}-c${index}-${n++}` }),
		};
	});
	return {
		process,
		board,
		clients,
		version: () => version,
		revision: counters[0]?.read ?? (() => 0),
		send: (c) => {
			process.merge(c.process, false);
			board.merge(c.board, false);
			if (c.dirty) version++;
			c.dirty = false;
		},
		receive: (c) => {
			c.process.rebaseOnto(process);
			c.board.rebaseOnto(board);
			c.receivedAt = version;
		},
		caughtUp: () => clients.filter((c) => c.connected && !c.dirty && c.receivedAt === version),
		dispose: () => {
			for (const c of counters) c.off();
			for (const c of clients) {
				c.process.dispose();
				c.board.dispose();
			}
			process.dispose();
			board.dispose();
		},
	};
}
