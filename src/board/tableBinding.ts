/**
 * The table of problématiques and the gommettes, kept in step with the tree
 * incrementally: a change to one note or one dot updates that note or dot (and the few
 * dots drawn on it); an appended note or dot is found without reading the whole list.
 * The vote rule is evaluated per voter (it only ever depends on that voter's own dots
 * in list order), so a new dot costs the same with 10 or 1000 notes.
 * Once the facilitator has closed the vote, the tallies, the ranking and the dots drawn
 * are the sealed vote's (`fluid/sealed.ts`): a later edit of the board's dots changes none.
 */
import { Tree, type TreeNode } from "fluid-framework";
import { DOTS_PER_VOTER, evaluateVotes } from "../domain/vote";
import { problematiqueNodesOf, problematiqueView } from "../fluid/bounded";
import { placeDot } from "../fluid/commands/board";
import { gateOf } from "../fluid/commands/command";
import { consentOf, membersInOrder } from "../fluid/read";
import { voteResultOf, type CountedDot, type VoteResult } from "../fluid/sealed";
import type { Dot, Problematique } from "../fluid/schema";
import type { WorkshopSession } from "../fluid/session";
import { noteSpec } from "./cardSpecs";
import type { Hold } from "./hold";
import { NOTE_H, NOTE_W, hit, notePosition, voterColor, type Point, type Rect } from "./layout";
import { CardLayer } from "./reconcile";
import type { BoardScene } from "./scene";
import type { BoardStats } from "./stats";
import type { Measure } from "./textFit";
import { TrackedList } from "./trackedList";
import { noteDot, rankingCard, sealedRankingCard, trayDot, trayLabel } from "./voteViews";
import type { CanvasWords } from "./words";

/** What the table draws into: the board's scene (a recording one in the unit tests). */
export type TableScene = Pick<BoardScene, "has" | "positionOf" | "upsertCard" | "removeCard" | "upsertDot" | "removeDot">;

interface NoteEntry {
	readonly node: Problematique;
	readonly off: () => void;
}

interface DotEntry {
	readonly node: Dot;
	readonly voterId: string;
	target: string;
	readonly off: () => void;
}

export class TableBinding {
	private readonly notes = new Map<string, NoteEntry>();
	private readonly dots = new Map<string, DotEntry>();
	private readonly voterDots = new Map<string, string[]>();
	private readonly targetDots = new Map<string, Set<string>>();
	private readonly valid = new Set<string>();
	private readonly tally = new Map<string, number>();
	private readonly offs: (() => void)[] = [];
	private readonly noteList: TrackedList<Problematique>;
	private readonly dotList: TrackedList<Dot>;
	private readonly layer: CardLayer;
	private chosenId: string | undefined;
	/** The sealed vote, once closed (and the node it was read from). */
	private sealed: VoteResult | undefined;
	private sealedNode: unknown;
	/** Counter for the benchmark: dots and notes re-evaluated since the last read. */
	work = 0;
	private readonly nameOf: (userId: string) => string;
	/** Members' names as every reader shows them (`memberName`), read once per change of the members. */
	private names: Map<string, string> | undefined;

	constructor(
		private readonly scene: TableScene,
		private readonly session: WorkshopSession,
		private readonly words: () => CanvasWords,
		private readonly stats: BoardStats,
		private readonly hold: Hold,
		private readonly measure: Measure,
		/** A person's name on the cards (the board photo leaves anonymous people's out); by default the member's. */
		nameOf?: (userId: string) => string,
	) {
		this.nameOf = nameOf ?? ((id) => this.memberNames().get(id) ?? "");
		this.layer = new CardLayer(scene, hold);
		// The problématiques that count (each author's first, the board's first): the others are never drawn.
		this.noteList = new TrackedList(() => problematiqueNodesOf(this.board), {
			added: (node) => this.addNote(node),
			removed: (id) => this.removeNote(id),
			moved: (id) => this.drawNote(id),
		});
		const touched = new Set<string>();
		this.dotList = new TrackedList(() => this.board.dots, {
			added: (node, _i, appended) => {
				this.addDot(node, appended);
				if (appended) this.evaluateVoter(node.voterId, [node.problematiqueId]);
				else touched.add(node.voterId);
			},
			removed: (id) => {
				const voter = this.dots.get(id)?.voterId;
				if (voter) touched.add(voter);
				this.removeDot(id);
			},
			moved: () => undefined,
			reordered: (ids) => {
				// Rebuild the touched voters' orders (their dots in list order).
				for (const voter of touched) {
					this.voterDots.set(
						voter,
						ids.filter((id) => this.dots.get(id)?.voterId === voter),
					);
					this.evaluateVoter(voter);
				}
				touched.clear();
			},
		});
	}

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
		this.chosenId = consentOf(this.process).acceptedId;
		this.readSealed();
		this.noteList.sync();
		this.dotList.sync();
		const on = (node: TreeNode, react: () => void) => this.offs.push(Tree.on(node, "nodeChanged", this.stats.wrap(react)));
		on(this.board.problematiques, () => this.noteList.sync());
		on(this.board.dots, () => this.dotList.sync());
		on(this.process.vote, () => this.refreshAll());
		// The process's own fields: the sealed vote among them.
		on(this.process, () => this.sealedChanged());
		on(this.process.consent, () => this.chosenChanged());
		// A member added, gone or renamed: the names are read again (once, not once per card).
		const membersChanged = () => {
			this.names = undefined;
			this.refreshNotes();
		};
		this.offs.push(Tree.on(this.board.members, "treeChanged", this.stats.wrap(membersChanged)));
	}

	private memberNames(): Map<string, string> {
		this.names ??= new Map(membersInOrder(this.board).map((m) => [m.id, m.name]));
		return this.names;
	}

	stop(): void {
		for (const off of this.offs) off();
		for (const n of this.notes.values()) n.off();
		for (const d of this.dots.values()) d.off();
	}

	/** Number of problématiques on the table. */
	get noteCount(): number {
		return this.noteList.ids.length;
	}

	/** Valid dots of a voter (for the tray). */
	validDotsOf(voterId: string): string[] {
		return (this.voterDots.get(voterId) ?? []).filter((id) => this.valid.has(id));
	}

	/** The note under a world point. */
	noteAt(p: Point): string | undefined {
		return hit(this.noteRects(), p.x, p.y);
	}

	private *noteRects(): IterableIterator<readonly [string, Rect]> {
		for (const id of this.notes.keys()) {
			const pos = this.scene.positionOf(id) ?? this.positionOf(id);
			yield [id, { ...pos, w: NOTE_W, h: NOTE_H }] as const;
		}
	}

	dotTarget(dotId: string): string | undefined {
		return this.dots.get(dotId)?.target;
	}

	// ------------------------------------------------------------ notes

	private addNote(node: Problematique): void {
		const id = node.id;
		const off = Tree.on(
			node,
			"nodeChanged",
			this.stats.wrap(() => this.drawNote(id)),
		);
		this.notes.set(id, { node, off });
		this.drawNote(id);
		// Dots that arrived before their note now count.
		for (const voter of this.votersOn(id)) this.evaluateVoter(voter);
	}

	private removeNote(id: string): void {
		const entry = this.notes.get(id);
		if (!entry) return;
		entry.off();
		this.notes.delete(id);
		this.layer.remove(id);
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

	private positionOf(id: string): Point {
		const node = this.notes.get(id)?.node;
		return node ? notePosition(node.x, node.y, this.noteList.indexOf(id) ?? 0) : { x: 0, y: 0 };
	}

	private drawNote(id: string): void {
		this.work++;
		const entry = this.notes.get(id);
		if (!entry) return;
		const { node } = entry;
		this.layer.put(
			noteSpec(
				{
					id,
					authorId: node.authorId,
					authorName: this.nameOf(node.authorId),
					text: problematiqueView(node).text,
					position: this.positionOf(id),
					tally: this.process.vote.revealed ? this.tallyOf(id) : undefined,
					chosen: id === this.chosenId,
				},
				this.words(),
				this.measure,
			),
		);
		this.drawDotsOn(id);
	}

	/** Back to what the tree says (after a local drop). */
	redrawNote(id: string): void {
		this.drawNote(id);
	}

	private refreshNotes(): void {
		for (const id of this.notes.keys()) this.drawNote(id);
	}

	/** Language change: every note and the vote's cards. */
	refreshAll(): void {
		this.refreshNotes();
		this.drawTray();
		this.drawRanking();
	}

	private readSealed(): void {
		this.sealedNode = this.process.sealedVote;
		this.sealed = this.sealedNode ? voteResultOf(this.process, this.board) : undefined;
	}

	/** The vote sealed (or opened again): every note, dot and the ranking from the new source. */
	private sealedChanged(): void {
		if (this.process.sealedVote === this.sealedNode) return;
		this.readSealed();
		this.refreshAll();
	}

	/** A note's valid dots: the sealed count once closed (none for a note the seal does not rank). */
	private tallyOf(noteId: string): number | undefined {
		return this.sealed ? this.sealed.tally.get(noteId) : (this.tally.get(noteId) ?? 0);
	}

	private chosenChanged(): void {
		const before = this.chosenId;
		this.chosenId = consentOf(this.process).acceptedId;
		if (before === this.chosenId) return;
		if (before) this.drawNote(before);
		if (this.chosenId) this.drawNote(this.chosenId);
	}

	/** Once the results are revealed: the ranking (ties marked, never broken); not computed while voting. */
	private drawRanking(): void {
		if (!this.process.vote.revealed) {
			this.scene.removeCard("ranking");
			return;
		}
		const sealed = this.sealed;
		const authorName = (noteId: string) => this.nameOf(this.notes.get(noteId)?.node.authorId ?? "");
		this.scene.upsertCard(
			sealed
				? sealedRankingCard(sealed, this.nameOf, this.words(), this.measure)
				: rankingCard(this.tally, this.noteList.ids, authorName, this.words(), this.measure),
		);
	}

	// ------------------------------------------------------------ dots

	private addDot(node: Dot, appended: boolean): void {
		const id = node.id;
		const entry: DotEntry = {
			node,
			voterId: node.voterId,
			target: node.problematiqueId,
			off: Tree.on(
				node,
				"nodeChanged",
				this.stats.wrap(() => this.dotMoved(id)),
			),
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
		this.targetDots.get(entry.target)?.delete(id);
		this.valid.delete(id);
		this.scene.removeDot(id);
		// Its sealed copy stays drawn.
		if (this.sealed) this.drawDotsOn(entry.target);
	}

	private dotMoved(id: string): void {
		const entry = this.dots.get(id);
		if (!entry) return;
		const before = entry.target;
		this.targetDots.get(before)?.delete(id);
		entry.target = entry.node.problematiqueId;
		this.link(entry.target, id);
		// The note it left loses a dot (its count, its dots' places), the note it reached gains one.
		this.evaluateVoter(entry.voterId, [before, entry.target]);
		if (!this.notes.has(before)) this.drawDotsOn(before);
	}

	private link(noteId: string, dotId: string): void {
		const set = this.targetDots.get(noteId) ?? new Set<string>();
		set.add(dotId);
		this.targetDots.set(noteId, set);
	}

	/**
	 * The vote rule for one voter, over their dots in list order: O(their dots). The notes
	 * redrawn: those where one of the voter's dots changed validity, plus `touched` (the
	 * notes a dot was added to or moved between); without `touched`, every note holding one
	 * of the voter's valid dots.
	 */
	private evaluateVoter(voterId: string, touched?: readonly string[]): void {
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
			if (was !== is || (is && touched === undefined)) changedNotes.add(d.target);
			if (is) this.valid.add(d.node.id);
			else {
				this.valid.delete(d.node.id);
				this.scene.removeDot(d.node.id);
			}
		}
		for (const noteId of touched ?? []) changedNotes.add(noteId);
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

	/** The dots that count on a note: the sealed ones once the vote closed, else the board's valid ones. */
	private countedOn(noteId: string): CountedDot[] {
		const live = [...(this.targetDots.get(noteId) ?? [])].filter((id) => this.valid.has(id));
		if (!this.sealed) {
			return live.flatMap((id) => {
				const d = this.dots.get(id);
				return d ? [{ id, voterId: d.voterId, problematiqueId: noteId }] : [];
			});
		}
		const counted = this.sealed.valid.filter((d) => d.problematiqueId === noteId);
		const sealedIds = new Set(counted.map((d) => d.id));
		for (const id of live) if (!sealedIds.has(id)) this.scene.removeDot(id);
		return counted;
	}

	/** Dots drawn on a note: mine always, everyone's once the results are revealed. */
	private drawDotsOn(noteId: string): void {
		const counted = this.countedOn(noteId);
		if (!this.notes.has(noteId)) {
			for (const d of counted) this.scene.removeDot(d.id);
			return;
		}
		const pos = this.scene.positionOf(noteId) ?? this.positionOf(noteId);
		const reveal = this.process.vote.revealed;
		let slot = 0;
		for (const d of counted) {
			const id = d.id;
			const mine = d.voterId === this.me;
			if (!mine && !reveal) {
				this.scene.removeDot(id);
				continue;
			}
			if (this.hold.is(id)) continue;
			this.scene.upsertDot(noteDot(id, pos, slot, voterColor(d.voterId), mine));
			slot++;
		}
	}

	/** My tray, while I may vote in this step: the dots I still hold, to drag onto a note. */
	drawTray(): void {
		const voter = gateOf(placeDot, this.session.context()).ok;
		const left = voter ? Math.max(0, DOTS_PER_VOTER - this.validDotsOf(this.me).length) : 0;
		if (voter) this.scene.upsertCard(trayLabel(left, this.words(), this.measure));
		else this.scene.removeCard("tray-label");
		for (let i = 0; i < DOTS_PER_VOTER; i++) {
			const id = `tray:${i}`;
			if (this.hold.is(id)) continue;
			if (i >= left) this.scene.removeDot(id);
			else this.scene.upsertDot(trayDot(i, voterColor(this.me)));
		}
	}
}
