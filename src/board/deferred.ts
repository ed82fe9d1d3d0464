/**
 * Cards the board keeps as specs only, for a moment: at its start, a new card away from the
 * view it opens on (another zone than the step's) waits until the first frame has been drawn,
 * then is made a few at a time (`BoardScene.makeDeferred`). A cold join with the step's zone on
 * screen drew every zone's cards before its first frame (fabric measures each text character
 * by character). Anything that asks for a card's object, or a move of the view, makes it at once.
 */
import type { Rect } from "./layout";
import type { CardSpec } from "./spec";
import { visibleWorld, type Transform } from "./viewport";

export class DeferredCards {
	private readonly specs = new Map<string, CardSpec>();
	private near: Rect | undefined;

	/** Until `stop`, new cards outside `near` (world coordinates) are kept for later. */
	start(near: Rect): void {
		this.near = near;
	}

	/** No more cards kept for later (those kept are still to be made). */
	stop(): void {
		this.near = undefined;
	}

	/** Keeps a card not made yet for later if it is kept already or, while deferring, off the view: says whether it did. */
	keep(spec: CardSpec): boolean {
		if (this.specs.has(spec.id) || (this.near && !overlaps(spec, this.near))) {
			this.specs.set(spec.id, spec);
			return true;
		}
		return false;
	}

	get(id: string): CardSpec | undefined {
		return this.specs.get(id);
	}

	has(id: string): boolean {
		return this.specs.has(id);
	}

	delete(id: string): boolean {
		return this.specs.delete(id);
	}

	get size(): number {
		return this.specs.size;
	}

	values(): IterableIterator<CardSpec> {
		return this.specs.values();
	}

	/** Up to `count` kept specs, in the order they came, no longer kept. */
	take(count: number): CardSpec[] {
		const out: CardSpec[] = [];
		for (const spec of this.specs.values()) {
			if (out.length >= count) break;
			out.push(spec);
		}
		for (const spec of out) this.specs.delete(spec.id);
		return out;
	}
}

/** What `t` shows on a width×height canvas, and as much again around it (world coordinates). */
export function aroundView(t: Transform, width: number, height: number): Rect {
	const v = visibleWorld(t, width, height);
	return { x: v.x - v.w / 2, y: v.y - v.h / 2, w: v.w * 2, h: v.h * 2 };
}

function overlaps(a: Rect, b: Rect): boolean {
	return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
