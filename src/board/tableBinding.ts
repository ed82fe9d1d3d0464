/**
 * The table of problématiques and the gommettes, kept in step with the tree
 * incrementally: a change to one note or one dot updates that note or dot (and the few
 * dots drawn on it); an appended note or dot is found without reading the whole list.
 * The vote rule is evaluated per voter (it only ever depends on that voter's own dots
 * in list order), so a new dot costs the same with 10 or 1000 notes.
 */
import { Tree } from "fluid-framework";
import { DOTS_PER_VOTER, evaluateVotes } from "../domain/vote";
import type { Dot, Problematique } from "../fluid/schema";
import type { WorkshopSession } from "../fluid/session";
import { DOT_R, NOTE_H, NOTE_W, authorColor, notePosition, voterColor } from "./layout";
import type { BoardScene } from "./scene";
import type { BoardStats } from "./stats";
import { rankingCard, trayDot, trayLabel } from "./voteViews";
import type { CanvasWords } from "./words";

interface NoteEntry {
	readonly node: Problematique;
	index: number;
	readonly off: () => void;
}

interface DotEntry {
	readonly node: Dot;
	readonly voterId: string;
	target: string;
	readonly off: () => void;
}

/** What the interaction layer holds locally (a drag in progress is never overwritten). */
export interface LocalHold {
	readonly kind: "problematique" | "dot";
	readonly id: string;
}

export class TableBinding {
	private readonly notes = new Map<string, NoteEntry>();
	private noteOrder: string[] = [];
	private readonly dots = new Map<string, DotEntry>();
	private dotOrder: string[] = [];
	private readonly voterDots = new Map<string, string[]>();
	private readonly targetDots = new Map<string, Set<string>>();
	private readonly valid = new Set<string>();
	private readonly tally = new Map<string, number>();
	private readonly offs: (() => void)[] = [];
	hold: LocalHold | undefined;
	/** Counter for the benchmark: dots and notes re-evaluated since the last read. */
	work = 0;

	constructor(
		private readonly scene: BoardScene,
		private readonly session: WorkshopSession,
		private readonly words: () => CanvasWords,
		private readonly stats: BoardStats,
	) {}

	private get board() {
		return this.session.boardView.root;
	}
	private get process() {
		return this.session.processView.root;
	}
	private get me() {
		return this.session.me.userId;
	}

	start(): void {
		this.syncNotes();
		this.syncDots();
		const w = this.stats.wrap.bind(this.stats);
		this.offs.push(Tree.on(this.board.problematiques, "nodeChanged", w(() => this.syncNotes())));
		this.offs.push(Tree.on(this.board.dots, "nodeChanged", w(() => this.syncDots())));
		this.offs.push(Tree.on(this.process.vote, "nodeChanged", w(() => this.refreshAll())));
		this.offs.push(Tree.on(this.board.members, "nodeChanged", w(() => this.refreshNotes())));
	}

	stop(): void {
		for (const off of this.offs) off();
		for (const n of this.notes.values()) n.off();
		for (const d of this.dots.values()) d.off();
	}

	/** Valid dots of a voter (for the tray and the accessible view). */
	validDotsOf(voterId: string): string[] {
		return (this.voterDots.get(voterId) ?? []).filter((id) => this.valid.has(id));
	}

	noteAt(x: number, y: number): string | undefined {
		for (const [id, entry] of this.notes) {
			const p = notePosition(entry.node.x, entry.node.y, entry.index);
			if (x >= p.x && x <= p.x + NOTE_W && y >= p.y && y <= p.y + NOTE_H) return id;
		}
		return undefined;
	}

	dotTarget(dotId: string): string | undefined {
		return this.dots.get(dotId)?.target;
	}

	// ------------------------------------------------------------ notes

	private syncNotes(): void {
		const list = this.board.problematiques;
		const known = this.noteOrder.length;
		// Fast path: one note appended, nothing else moved.
		if (list.length === known + 1) {
			const last = list[known];
			const prevLast = known > 0 ? list[known - 1] : undefined;
			if (last && !this.notes.has(last.id) && (known === 0 || (prevLast && prevLast.id === this.noteOrder[known - 1]))) {
				this.addNote(last, known);
				this.noteOrder.push(last.id);
				return;
			}
		}
		// Structural change (removal, insertion elsewhere): re-read the ids only.
		const ids = list.map((n) => n.id);
		const present = new Set(ids);
		for (const id of [...this.notes.keys()]) if (!present.has(id)) this.removeNote(id);
		ids.forEach((id, index) => {
			const entry = this.notes.get(id);
			const node = list[index] as Problematique;
			if (!entry) this.addNote(node, index);
			else if (entry.index !== index) {
				entry.index = index;
				this.drawNote(id);
			}
		});
		this.noteOrder = ids;
	}

	private addNote(node: Problematique, index: number): void {
		const id = node.id;
		const off = Tree.on(node, "nodeChanged", this.stats.wrap(() => this.drawNote(id)));
		this.notes.set(id, { node, index, off });
		this.drawNote(id);
		// Dots that arrived before their note now count.
		for (const voter of this.votersOn(id)) this.evaluateVoter(voter);
	}

	private removeNote(id: string): void {
		const entry = this.notes.get(id);
		if (!entry) return;
		entry.off();
		this.notes.delete(id);
		this.scene.removeCard(id);
		for (const voter of this.votersOn(id)) this.evaluateVoter(voter);
	}

	private votersOn(noteId: string): Set<string> {
		const voters = new Set<string>();
		for (const dotId of this.targetDots.get(noteId) ?? []) {
			const d = this.dots.get(dotId);
			if (d) voters.add(d.voterId);
		}
		return voters;
	}

	private revealed(): boolean {
		return this.process.vote.revealed;
	}

	private drawNote(id: string): void {
		this.work++;
		const entry = this.notes.get(id);
		if (!entry) return;
		const { node } = entry;
		const held = this.hold?.kind === "problematique" && this.hold.id === id;
		const pos = held ? (this.scene.card(id) ?? notePosition(node.x, node.y, entry.index)) : notePosition(node.x, node.y, entry.index);
		const author = this.board.members.get(node.authorId)?.name ?? "";
		const mayMove = node.authorId === this.me || this.process.facilitatorId === this.me;
		this.scene.upsertCard({
			id,
			kind: "problematique",
			x: pos.x,
			y: pos.y,
			w: NOTE_W,
			h: NOTE_H,
			fill: authorColor(node.authorId),
			title: author,
			body: node.text,
			badge: this.revealed() ? this.words().votes(this.tally.get(id) ?? 0) : "",
			draggable: mayMove && this.session.me.role !== "observer",
		});
		this.drawDotsOn(id);
	}

	/** Back to what the tree says (after a local drop). */
	redrawNote(id: string): void {
		this.drawNote(id);
	}

	private refreshNotes(): void {
		for (const id of this.notes.keys()) this.drawNote(id);
	}

	private refreshAll(): void {
		this.refreshNotes();
		this.drawTray();
		this.drawRanking();
	}

	/** Once the results are revealed: the ranking (ties marked, never broken); not computed while voting. */
	private drawRanking(): void {
		if (!this.revealed()) return this.scene.removeCard("ranking");
		const authorName = (noteId: string) =>
			this.board.members.get(this.notes.get(noteId)?.node.authorId ?? "")?.name ?? "";
		this.scene.upsertCard(rankingCard(this.tally, this.noteOrder, authorName, this.words()));
	}

	// ------------------------------------------------------------ dots

	private syncDots(): void {
		const list = this.board.dots;
		const known = this.dotOrder.length;
		if (list.length === known + 1) {
			const last = list[known];
			const prevLast = known > 0 ? list[known - 1] : undefined;
			if (last && !this.dots.has(last.id) && (known === 0 || (prevLast && prevLast.id === this.dotOrder[known - 1]))) {
				this.addDot(last, true);
				this.dotOrder.push(last.id);
				this.evaluateVoter(last.voterId);
				return;
			}
		}
		const ids = list.map((d) => d.id);
		const present = new Set(ids);
		const touched = new Set<string>();
		for (const [id, entry] of [...this.dots]) {
			if (!present.has(id)) {
				touched.add(entry.voterId);
				this.removeDot(id);
			}
		}
		ids.forEach((id, index) => {
			if (!this.dots.has(id)) {
				const node = list[index] as Dot;
				this.addDot(node, false);
				touched.add(node.voterId);
			}
		});
		this.dotOrder = ids;
		// Rebuild the voters' orders for the voters touched (their dots in list order).
		for (const voter of touched) {
			this.voterDots.set(
				voter,
				ids.filter((id) => this.dots.get(id)?.voterId === voter),
			);
			this.evaluateVoter(voter);
		}
	}

	private addDot(node: Dot, appended: boolean): void {
		const id = node.id;
		const entry: DotEntry = {
			node,
			voterId: node.voterId,
			target: node.problematiqueId,
			off: Tree.on(node, "nodeChanged", this.stats.wrap(() => this.dotMoved(id))),
		};
		this.dots.set(id, entry);
		this.link(entry.target, id);
		if (appended) {
			const list = this.voterDots.get(entry.voterId) ?? [];
			list.push(id);
			this.voterDots.set(entry.voterId, list);
		}
	}

	private removeDot(id: string): void {
		const entry = this.dots.get(id);
		if (!entry) return;
		entry.off();
		this.dots.delete(id);
		this.unlink(entry.target, id);
		this.valid.delete(id);
		this.scene.removeDot(id);
	}

	private dotMoved(id: string): void {
		const entry = this.dots.get(id);
		if (!entry) return;
		const before = entry.target;
		this.unlink(before, id);
		entry.target = entry.node.problematiqueId;
		this.link(entry.target, id);
		this.evaluateVoter(entry.voterId);
		this.drawDotsOn(before);
	}

	private link(noteId: string, dotId: string): void {
		const set = this.targetDots.get(noteId) ?? new Set<string>();
		set.add(dotId);
		this.targetDots.set(noteId, set);
	}

	private unlink(noteId: string, dotId: string): void {
		this.targetDots.get(noteId)?.delete(dotId);
	}

	/** The vote rule for one voter, over their dots in list order: O(their dots). */
	private evaluateVoter(voterId: string): void {
		const ids = this.voterDots.get(voterId) ?? [];
		const entries = ids.map((id) => this.dots.get(id)).filter((d): d is DotEntry => d !== undefined);
		this.work += entries.length;
		const targets = [...new Set(entries.map((d) => d.target))].filter((t) => this.notes.has(t));
		const result = evaluateVotes(
			entries.map((d) => ({ id: d.node.id, voterId, problematiqueId: d.target })),
			{ facilitatorId: this.process.facilitatorId, problematiqueIds: targets },
		);
		const nowValid = new Set(result.valid.map((d) => d.id));
		const changedNotes = new Set<string>();
		for (const d of entries) {
			const was = this.valid.has(d.node.id);
			const is = nowValid.has(d.node.id);
			if (was !== is || is) changedNotes.add(d.target);
			if (is) this.valid.add(d.node.id);
			else {
				this.valid.delete(d.node.id);
				this.scene.removeDot(d.node.id);
			}
		}
		for (const noteId of changedNotes) {
			this.recount(noteId);
			this.drawNote(noteId);
		}
		if (changedNotes.size > 0) this.drawRanking();
		if (voterId === this.me) this.drawTray();
	}

	private recount(noteId: string): void {
		let n = 0;
		for (const id of this.targetDots.get(noteId) ?? []) if (this.valid.has(id)) n++;
		this.tally.set(noteId, n);
	}

	/** Dots drawn on a note: mine always, everyone's once the results are revealed. */
	private drawDotsOn(noteId: string): void {
		const note = this.notes.get(noteId);
		const ids = [...(this.targetDots.get(noteId) ?? [])].filter((id) => this.valid.has(id));
		if (!note) {
			for (const id of ids) this.scene.removeDot(id);
			return;
		}
		const pos = this.scene.card(noteId) ?? notePosition(note.node.x, note.node.y, note.index);
		const reveal = this.revealed();
		const open = this.process.vote.open;
		let slot = 0;
		for (const id of ids) {
			const d = this.dots.get(id);
			if (!d) continue;
			const mine = d.voterId === this.me;
			if (!mine && !reveal) {
				this.scene.removeDot(id);
				continue;
			}
			if (this.hold?.kind === "dot" && this.hold.id === id) continue;
			this.scene.upsertDot({
				id,
				x: pos.x + 16 + slot * (2 * DOT_R + 4),
				y: pos.y + NOTE_H - 16,
				color: voterColor(d.voterId),
				mine,
				draggable: mine && open,
			});
			slot++;
		}
	}

	/** My tray: the dots I still hold, draggable onto a note while the vote is open. */
	drawTray(): void {
		const voter = this.session.me.role === "participant" && this.process.step === "choix";
		const left = voter ? Math.max(0, DOTS_PER_VOTER - this.validDotsOf(this.me).length) : 0;
		if (voter) this.scene.upsertCard(trayLabel(left, this.words()));
		else this.scene.removeCard("tray-label");
		for (let i = 0; i < DOTS_PER_VOTER; i++) {
			const id = `tray:${i}`;
			if (i >= left || (this.hold?.kind === "dot" && this.hold.id === id)) {
				if (this.hold?.id !== id) this.scene.removeDot(id);
				continue;
			}
			this.scene.upsertDot(trayDot(i, voterColor(this.me), this.process.vote.open));
		}
	}
}
