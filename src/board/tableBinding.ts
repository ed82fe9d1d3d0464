/**
 * The table of problématiques and the gommettes, kept in step with the tree
 * incrementally: a change to one note or one dot updates that note or dot (and the few
 * dots drawn on it); an appended note or dot is found without reading the whole list.
 * The dots, their validity and the tallies are kept in `dotBook.ts` (per voter).
 * Once the facilitator has closed the vote, the tallies, the ranking and the dots drawn
 * are the sealed vote's (`fluid/sealed.ts`): a later edit of the board's dots changes none.
 */
import { Tree, type TreeNode } from "fluid-framework";
import { DOTS_PER_VOTER } from "../domain/vote";
import { problematiqueNodesOf, problematiqueView } from "../fluid/bounded";
import { placeDot } from "../fluid/commands/board";
import { gateOf, oncePerCommand } from "../fluid/commands/command";
import { consentOf, membersInOrder } from "../fluid/read";
import { voteResultOf, type CountedDot, type VoteResult } from "../fluid/sealed";
import type { Dot, Problematique } from "../fluid/schema";
import type { WorkshopSession } from "../fluid/session";
import { noteSpec } from "./cardSpecs";
import { DotBook } from "./dotBook";
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

export class TableBinding {
	private readonly notes = new Map<string, NoteEntry>();
	private readonly dots = new DotBook();
	private readonly offs: (() => void)[] = [];
	private readonly noteList: TrackedList<Problematique>;
	private readonly dotList: TrackedList<Dot>;
	private readonly layer: CardLayer;
	private chosenId: string | undefined;
	/** Beside a note whose author offered before in this codev group: "Déjà offreur·se le 1 déc. 2026", by author. */
	private priorOffers: ReadonlyMap<string, string> = new Map();
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
		this.nameOf = nameOf ?? ((id) => this.memberNames().get(id) || this.words().someone);
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
					this.dots.setOrder(voter, ids);
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
		// My own command's edits reach the listeners one by one: each listener runs once per command.
		const on = (node: TreeNode, react: () => void) =>
			this.offs.push(Tree.on(node, "nodeChanged", oncePerCommand(this.stats.wrap(react))));
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
		this.offs.push(Tree.on(this.board.members, "treeChanged", oncePerCommand(this.stats.wrap(membersChanged))));
	}

	private memberNames(): Map<string, string> {
		this.names ??= new Map(membersInOrder(this.board).map((m) => [m.id, m.name]));
		return this.names;
	}

	stop(): void {
		for (const off of this.offs) off();
		for (const n of this.notes.values()) n.off();
		for (const d of this.dots.entries()) d.off();
	}

	/** Number of problématiques on the table. */
	get noteCount(): number {
		return this.noteList.ids.length;
	}

	/** Valid dots of a voter (for the tray). */
	validDotsOf(voterId: string): string[] {
		return this.dots.validDotsOf(voterId);
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
		const off = Tree.on(node, "nodeChanged", oncePerCommand(this.stats.wrap(() => this.drawNote(id))));
		this.notes.set(id, { node, off });
		this.drawNote(id);
		// Dots that arrived before their note now count.
		for (const voter of this.dots.votersOn(id)) this.evaluateVoter(voter);
	}

	private removeNote(id: string): void {
		const entry = this.notes.get(id);
		if (!entry) return;
		entry.off();
		this.notes.delete(id);
		this.layer.remove(id);
		for (const voter of this.dots.votersOn(id)) this.evaluateVoter(voter);
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
					priorOffer: this.priorOffers.get(node.authorId),
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

	/** The group's earlier offers changed (they come from the server, not the tree): the notes they concern are drawn again. */
	setPriorOffers(offers: ReadonlyMap<string, string>): void {
		const before = this.priorOffers;
		this.priorOffers = offers;
		for (const [id, { node }] of this.notes) {
			if (before.get(node.authorId) !== offers.get(node.authorId)) this.drawNote(id);
		}
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
		return this.sealed ? this.sealed.tally.get(noteId) : (this.dots.tally.get(noteId) ?? 0);
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
				: rankingCard(this.dots.tally, this.noteList.ids, authorName, this.words(), this.measure),
		);
	}

	// ------------------------------------------------------------ dots

	private addDot(node: Dot, appended: boolean): void {
		const id = node.id;
		const off = Tree.on(node, "nodeChanged", oncePerCommand(this.stats.wrap(() => this.dotMoved(id))));
		this.dots.add(node, appended, off);
	}

	private removeDot(id: string): void {
		const entry = this.dots.remove(id);
		if (!entry) return;
		this.scene.removeDot(id);
		// Its sealed copy stays drawn.
		if (this.sealed) this.drawDotsOn(entry.target);
	}

	private dotMoved(id: string): void {
		const before = this.dots.retarget(id);
		const entry = this.dots.get(id);
		if (before === undefined || !entry) return;
		// The note it left loses a dot (its count, its dots' places), the note it reached gains one.
		this.evaluateVoter(entry.voterId, [before, entry.target]);
		if (!this.notes.has(before)) this.drawDotsOn(before);
	}

	/** One voter's dots evaluated again (see `DotBook.evaluate`), and what that changed redrawn. */
	private evaluateVoter(voterId: string, touched?: readonly string[]): void {
		const { notes, invalid, evaluated } = this.dots.evaluate(
			voterId,
			this.process.facilitatorId,
			(id) => this.notes.has(id),
			touched,
		);
		this.work += evaluated;
		for (const id of invalid) this.scene.removeDot(id);
		for (const noteId of notes) this.drawNote(noteId);
		if (notes.size > 0) this.drawRanking();
		if (voterId === this.me) this.drawTray();
	}

	/** The dots that count on a note: the sealed ones once the vote closed, else the board's valid ones. */
	private countedOn(noteId: string): CountedDot[] {
		const live = this.dots.validOn(noteId);
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
