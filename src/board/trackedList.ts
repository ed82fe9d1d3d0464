/**
 * Following a long list of the tree (the problématiques, the dots) by id, incrementally:
 * an item appended at the end is found without reading the list; any other structural
 * change re-reads the ids only (never the items' fields).
 */
export interface TrackedListEvents<T> {
	/** A new item at `index`; `appended` when it came at the end with nothing else changed. */
	added(node: T, index: number, appended: boolean): void;
	removed(id: string): void;
	/** An item already known now sits at another index. */
	moved(id: string, index: number): void;
	/** After a structural change (not a plain append): the ids in their new order. */
	reordered?(ids: readonly string[]): void;
}

export interface ListLike<T> {
	readonly length: number;
	readonly [index: number]: T | undefined;
	map<U>(fn: (item: T) => U): U[];
}

export class TrackedList<T extends { readonly id: string }> {
	private order: string[] = [];
	private readonly index = new Map<string, number>();

	constructor(
		private readonly list: () => ListLike<T>,
		private readonly events: TrackedListEvents<T>,
	) {}

	get ids(): readonly string[] {
		return this.order;
	}

	indexOf(id: string): number | undefined {
		return this.index.get(id);
	}

	sync(): void {
		const list = this.list();
		const known = this.order.length;
		if (list.length === known + 1) {
			const last = list[known];
			const prev = known > 0 ? list[known - 1] : undefined;
			if (last && !this.index.has(last.id) && (known === 0 || prev?.id === this.order[known - 1])) {
				this.order.push(last.id);
				this.index.set(last.id, known);
				this.events.added(last, known, true);
				return;
			}
		}
		const ids = list.map((n) => n.id);
		const present = new Set(ids);
		for (const id of this.order) {
			if (!present.has(id)) {
				this.index.delete(id);
				this.events.removed(id);
			}
		}
		this.order = ids;
		ids.forEach((id, i) => {
			const was = this.index.get(id);
			this.index.set(id, i);
			if (was === undefined) this.events.added(list[i] as T, i, false);
			else if (was !== i) this.events.moved(id, i);
		});
		this.events.reordered?.(ids);
	}
}
