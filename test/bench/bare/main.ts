/**
 * The bench's bare SharedTree page: no app, no React, no fabric. It opens the workshop's
 * two documents as the app's page does (the identity this browser stored, the app's
 * token route through `createClient`, the app's schema) and draws every problématique as
 * a plain div with its dot count and the step, in requestAnimationFrame, updating only
 * what changed. Its edits are the app's own commands' tree edits (their `run`, in one
 * transaction with the same constraints), without the app's checks. `window.__bench` is
 * what the bench drives, as in the app with `?bench=1`.
 */
import { Tree } from "fluid-framework";
import { ApiClient } from "../../../src/api/client";
import type { Identity } from "../../../src/api/types";
import { epochNow, FrameProbe, type BenchHook } from "../../../src/board/stats";
import type { CommandContext } from "../../../src/fluid/commands/command";
import { commandNamed } from "../../../src/fluid/commands/registry";
import { boardConfig, containerSchema, createClient, MIN_VERSION_FOR_COLLAB, processConfig } from "../../../src/fluid/containers";
import { newItemId } from "../../../src/fluid/ids";
import type { Board, Dot, Problematique, Process } from "../../../src/fluid/schema";
import "../support/window";

interface NoteEl {
	readonly node: Problematique;
	readonly el: HTMLDivElement;
	readonly off: () => void;
}

interface DotEntry {
	readonly node: Dot;
	target: string;
	readonly off: () => void;
}

/**
 * Keeps `shown` keyed as `list`: one appended at the end is found without reading the
 * list; anything else re-reads the ids, adding the new and removing the gone.
 */
function syncKeyed<N extends { readonly id: string }, V>(
	list: readonly N[],
	shown: Map<string, V>,
	add: (node: N) => void,
	remove: (value: V) => void,
): void {
	const last = list[list.length - 1];
	if (list.length === shown.size + 1 && last && !shown.has(last.id)) {
		add(last);
		return;
	}
	const present = new Set<string>();
	for (const node of list) {
		present.add(node.id);
		if (!shown.has(node.id)) add(node);
	}
	for (const [id, value] of shown) {
		if (present.has(id)) continue;
		remove(value);
		shown.delete(id);
	}
}

class BareView {
	private readonly notes = new Map<string, NoteEl>();
	private readonly dots = new Map<string, DotEntry>();
	private readonly counts = new Map<string, number>();
	private readonly dirty = new Set<string>();
	private notesChanged = true;
	private dotsChanged = true;
	private processChanged = true;
	private scheduled = false;

	constructor(
		private readonly process: Process,
		private readonly board: Board,
		private readonly host: HTMLElement,
		private readonly status: HTMLElement,
		private readonly probe: FrameProbe,
	) {
		Tree.on(board.problematiques, "nodeChanged", () => this.mark(() => (this.notesChanged = true)));
		Tree.on(board.dots, "nodeChanged", () => this.mark(() => (this.dotsChanged = true)));
		Tree.on(process, "treeChanged", () => this.mark(() => (this.processChanged = true)));
		this.schedule();
	}

	get notesDrawn(): number {
		return this.notes.size;
	}

	private mark(what: () => void): void {
		this.probe.changeSeen();
		what();
		this.schedule();
	}

	private schedule(): void {
		if (this.scheduled) return;
		this.scheduled = true;
		requestAnimationFrame(() => this.draw());
	}

	private draw(): void {
		this.probe.frameStarting();
		this.scheduled = false;
		if (this.notesChanged) this.syncNotes();
		if (this.dotsChanged) this.syncDots();
		for (const id of this.dirty) this.drawNote(id);
		this.dirty.clear();
		if (this.processChanged) {
			const { step, vote } = this.process;
			this.status.textContent = `${step}${vote.open ? " · vote" : ""}${vote.revealed ? " · revealed" : ""}`;
		}
		this.notesChanged = this.dotsChanged = this.processChanged = false;
		// Style and layout now, as a frame would: the time recorded includes them.
		void this.host.offsetHeight;
		this.probe.frameDrawn();
	}

	private syncNotes(): void {
		syncKeyed(
			this.board.problematiques,
			this.notes,
			(node) => this.addNote(node),
			(note) => {
				note.off();
				note.el.remove();
			},
		);
	}

	private addNote(node: Problematique): void {
		const id = node.id;
		const el = document.createElement("div");
		el.className = "note";
		this.host.append(el);
		const off = Tree.on(node, "nodeChanged", () => this.mark(() => this.dirty.add(id)));
		this.notes.set(id, { node, el, off });
		this.dirty.add(id);
	}

	private drawNote(id: string): void {
		const note = this.notes.get(id);
		if (!note) return;
		const { node, el } = note;
		el.style.transform = `translate(${node.x / 4}px, ${node.y / 4}px)`;
		el.textContent = `${node.text} (${this.counts.get(id) ?? 0})`;
	}

	private syncDots(): void {
		syncKeyed(
			this.board.dots,
			this.dots,
			(node) => this.addDot(node),
			(dot) => {
				dot.off();
				this.count(dot.target, -1);
			},
		);
	}

	private addDot(node: Dot): void {
		const id = node.id;
		const entry: DotEntry = {
			node,
			target: node.problematiqueId,
			off: Tree.on(node, "nodeChanged", () => this.mark(() => this.dotMoved(id))),
		};
		this.dots.set(id, entry);
		this.count(entry.target, 1);
	}

	private dotMoved(id: string): void {
		const entry = this.dots.get(id);
		if (!entry) return;
		this.count(entry.target, -1);
		entry.target = entry.node.problematiqueId;
		this.count(entry.target, 1);
	}

	private count(noteId: string, by: number): void {
		this.counts.set(noteId, (this.counts.get(noteId) ?? 0) + by);
		this.dirty.add(noteId);
	}
}

async function start(): Promise<void> {
	const status = document.getElementById("status") as HTMLElement;
	const host = document.getElementById("board") as HTMLElement;
	const workshopId = new URLSearchParams(window.location.search).get("w") ?? "";
	// The identity the app's page keeps for this workshop (the bench stores it, as a join would).
	const stored = window.localStorage.getItem(`atelier-entraide:${workshopId}:identity`);
	if (!stored) throw new Error("no identity stored for this workshop");
	const me = JSON.parse(stored) as Identity;
	const api = new ApiClient();
	const [info, { fluid }] = await Promise.all([api.workshop(workshopId), api.config()]);
	if (!info.containers) throw new Error("the workshop has no documents yet");
	const client = createClient(api, fluid, me.ticket);
	const [processLoad, boardLoad] = await Promise.all([
		client.getContainer(info.containers.process, containerSchema, MIN_VERSION_FOR_COLLAB),
		client.getContainer(info.containers.board, containerSchema, MIN_VERSION_FOR_COLLAB),
	]);
	const process = processLoad.container.initialObjects.tree.viewWith(processConfig).root;
	const board = boardLoad.container.initialObjects.tree.viewWith(boardConfig).root;
	const probe = new FrameProbe();
	const view = new BareView(process, board, host, status, probe);
	const context = (): CommandContext => ({
		me: { id: me.userId, name: me.name, observer: me.role === "observer" },
		process,
		board,
		now: () => Date.now(),
		newId: newItemId,
	});
	const hook: BenchHook = {
		kind: "bare",
		probe,
		roots: () => ({ process, board }),
		notesDrawn: () => view.notesDrawn,
		run: (name, args) => {
			const command = commandNamed(name);
			const at = epochNow();
			if (!command) return { ok: false, at, end: at };
			const ctx = context();
			const root = command.writes === "process" ? process : board;
			// The command's own edit and constraints, without its checks (a bare client writes what it is told).
			Tree.runTransaction(root, () => command.run(ctx, args as never), command.requires?.(ctx, args as never) ?? []);
			return { ok: true, at, end: epochNow() };
		},
		work: () => ({ changes: 0, workMs: 0 }),
		resetWork: () => undefined,
	};
	window.__bench = hook;
}

start().catch((error: unknown) => {
	const status = document.getElementById("status");
	if (status) status.textContent = `failed: ${error instanceof Error ? error.message : String(error)}`;
	window.__benchError = error instanceof Error ? error.message : String(error);
});
