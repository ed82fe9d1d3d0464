/**
 * The board's dots as the table keeps them: each dot's voter and note, each voter's dots
 * in list order, each note's dots, which dots count and each note's tally. The vote rule
 * is evaluated per voter (it only ever depends on that voter's own dots in list order),
 * so a new dot costs the same with 10 or 1000 notes. Nothing here draws.
 */
import { evaluateVotes } from "../domain/vote";
import type { Dot } from "../fluid/schema";

export interface DotEntry {
	readonly node: Dot;
	readonly voterId: string;
	target: string;
	readonly off: () => void;
}

/** What one voter's evaluation changed. */
export interface VoterEvaluation {
	/** The notes to redraw, their tallies counted again. */
	readonly notes: ReadonlySet<string>;
	/** The voter's dots that do not count (no longer drawn). */
	readonly invalid: readonly string[];
	/** How many dots were evaluated (the benchmark's work counter). */
	readonly evaluated: number;
}

export class DotBook {
	private readonly dots = new Map<string, DotEntry>();
	private readonly voterDots = new Map<string, string[]>();
	private readonly targetDots = new Map<string, Set<string>>();
	private readonly valid = new Set<string>();
	/** Valid dots per note (live; the sealed vote's are in its result). */
	readonly tally = new Map<string, number>();

	get(id: string): DotEntry | undefined {
		return this.dots.get(id);
	}

	entries(): IterableIterator<DotEntry> {
		return this.dots.values();
	}

	/** A dot the list gained; an appended one goes last in its voter's order (else `setOrder` follows). */
	add(node: Dot, appended: boolean, off: () => void): void {
		const id = node.id;
		const entry: DotEntry = { node, voterId: node.voterId, target: node.problematiqueId, off };
		this.dots.set(id, entry);
		this.link(entry.target, id);
		if (appended) {
			const list = this.voterDots.get(entry.voterId) ?? [];
			list.push(id);
			this.voterDots.set(entry.voterId, list);
		}
	}

	/** A dot the list lost (its listener stopped); the entry it was. */
	remove(id: string): DotEntry | undefined {
		const entry = this.dots.get(id);
		if (!entry) return undefined;
		entry.off();
		this.dots.delete(id);
		this.targetDots.get(entry.target)?.delete(id);
		this.valid.delete(id);
		return entry;
	}

	/** A dot now on the note its node says; the note it was on. */
	retarget(id: string): string | undefined {
		const entry = this.dots.get(id);
		if (!entry) return undefined;
		const before = entry.target;
		this.targetDots.get(before)?.delete(id);
		entry.target = entry.node.problematiqueId;
		this.link(entry.target, id);
		return before;
	}

	/** A voter's dots in the list's order (after a structural change of the list). */
	setOrder(voterId: string, ids: readonly string[]): void {
		this.voterDots.set(
			voterId,
			ids.filter((id) => this.dots.get(id)?.voterId === voterId),
		);
	}

	private link(noteId: string, dotId: string): void {
		const set = this.targetDots.get(noteId) ?? new Set<string>();
		set.add(dotId);
		this.targetDots.set(noteId, set);
	}

	/** The voters with a dot on a note. */
	votersOn(noteId: string): Set<string> {
		const voters = new Set<string>();
		for (const dotId of this.targetDots.get(noteId) ?? []) {
			const d = this.dots.get(dotId);
			if (d) voters.add(d.voterId);
		}
		return voters;
	}

	/** Valid dots of a voter (for the tray). */
	validDotsOf(voterId: string): string[] {
		return (this.voterDots.get(voterId) ?? []).filter((id) => this.valid.has(id));
	}

	/** The valid dots on a note (live). */
	validOn(noteId: string): string[] {
		return [...(this.targetDots.get(noteId) ?? [])].filter((id) => this.valid.has(id));
	}

	/**
	 * The vote rule for one voter, over their dots in list order: O(their dots). The notes
	 * to redraw: those where one of the voter's dots changed validity, plus `touched` (the
	 * notes a dot was added to or moved between); without `touched`, every note holding one
	 * of the voter's valid dots. Their tallies are counted again.
	 */
	evaluate(
		voterId: string,
		facilitatorId: string,
		onTable: (noteId: string) => boolean,
		touched?: readonly string[],
	): VoterEvaluation {
		const ids = this.voterDots.get(voterId) ?? [];
		const entries = ids.map((id) => this.dots.get(id)).filter((d): d is DotEntry => d !== undefined);
		const targets = [...new Set(entries.map((d) => d.target))].filter(onTable);
		const result = evaluateVotes(
			entries.map((d) => ({ id: d.node.id, voterId, problematiqueId: d.target })),
			{ facilitatorId, problematiqueIds: targets },
		);
		const nowValid = new Set(result.valid.map((d) => d.id));
		const notes = new Set<string>();
		const invalid: string[] = [];
		for (const d of entries) {
			const was = this.valid.has(d.node.id);
			const is = nowValid.has(d.node.id);
			if (was !== is || (is && touched === undefined)) notes.add(d.target);
			if (is) this.valid.add(d.node.id);
			else {
				this.valid.delete(d.node.id);
				invalid.push(d.node.id);
			}
		}
		for (const noteId of touched ?? []) notes.add(noteId);
		for (const noteId of notes) this.recount(noteId);
		return { notes, invalid, evaluated: entries.length };
	}

	private recount(noteId: string): void {
		let n = 0;
		for (const id of this.targetDots.get(noteId) ?? []) if (this.valid.has(id)) n++;
		this.tally.set(noteId, n);
	}
}
