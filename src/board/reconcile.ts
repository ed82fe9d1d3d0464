/**
 * The one keyed-list reconciler: a layer of cards (one sheet's list) is made to show
 * exactly a list of specs, by id. A card gone is removed, a new one added, a changed one
 * redrawn, an unchanged one left alone; the card in my hand keeps its place until dropped.
 */
import type { Hold } from "./hold";
import type { CardSpec } from "./spec";

/** The part of the scene a layer draws with. */
export interface CardSink {
	has(id: string): boolean;
	upsertCard(spec: CardSpec): void;
	removeCard(id: string): void;
}

export class CardLayer {
	private readonly ids = new Set<string>();

	constructor(
		private readonly scene: CardSink,
		private readonly hold: Hold,
	) {}

	/** The layer shows these cards, and only these. */
	sync(specs: readonly CardSpec[]): void {
		const keep = new Set(specs.map((s) => s.id));
		for (const id of this.ids) if (!keep.has(id)) this.remove(id);
		for (const spec of specs) this.put(spec);
	}

	/** Adds or updates one card of the layer. */
	put(spec: CardSpec): void {
		this.ids.add(spec.id);
		if (this.hold.is(spec.id) && this.scene.has(spec.id)) return;
		this.scene.upsertCard(spec);
	}

	remove(id: string): void {
		this.ids.delete(id);
		this.scene.removeCard(id);
	}

	has(id: string): boolean {
		return this.ids.has(id);
	}

	get size(): number {
		return this.ids.size;
	}
}
