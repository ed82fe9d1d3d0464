/**
 * What a frame has to draw again: the boxes where something changed since the last frame
 * (an object moved, came, went, was drawn anew), so that the canvas is cleared and drawn
 * only there, clipped. Chromium then copies and composites only that part of the canvas:
 * on a machine without a GPU (these test machines, a VM, a thin client) a whole board's
 * frame costs a few ms of CPU in the page and in the compositor however small the change
 * (measured: README, *The board*). A change of view, of size, of background or of stacking,
 * or an object being dragged, draws everything, as before; a selected object's box includes
 * the borders fabric draws around it.
 *
 * An object's look is known to have changed when fabric says so (`dirty`, set by a change
 * of a cached property or of a child), or its box, visibility or opacity changed; an
 * object that draws many things (other people's dots) reports its own changed boxes.
 */
import type { FabricObject } from "fabric";

/** A box in the canvas's CSS pixels (or in the world, for a `DamageSource`). */
export interface Box {
	readonly x0: number;
	readonly y0: number;
	readonly x1: number;
	readonly y1: number;
}

/** An object drawing many things, which says itself where it changed (world boxes), or that all of it did. */
export interface DamageSource {
	takeDamage(): readonly Box[] | "all";
}

function isSource(object: FabricObject): object is FabricObject & DamageSource {
	return typeof (object as Partial<DamageSource>).takeDamage === "function";
}

/** What an object's box and look are made of, besides what fabric marks `dirty`. */
const GEOMETRY = ["left", "top", "width", "height", "scaleX", "scaleY", "angle", "opacity", "visible"] as const;
type Geometry = { readonly [K in (typeof GEOMETRY)[number]]: FabricObject[K] };

interface Drawn {
	/** Its geometry when it was drawn. */
	readonly geometry: Geometry;
	/** Where it was drawn (canvas px), or undefined when not drawn. */
	readonly box: Box | undefined;
	/** Its place in the stacking order at the last frame. */
	order: number;
}

/** What the next frame draws: everything, or only `objects` clipped to `boxes`. */
export type Plan =
	| { readonly all: true }
	| { readonly all: false; readonly boxes: readonly Box[]; readonly objects: FabricObject[] };

/** The view a frame is drawn with: its transform, size, background and device pixel ratio. */
export interface FrameView {
	readonly transform: readonly number[];
	readonly width: number;
	readonly height: number;
	readonly background: unknown;
	readonly pixelRatio: number;
	/** The selected object, whose borders fabric draws around it (its box then includes them). */
	readonly active: FabricObject | undefined;
	/** Something fabric draws outside the objects' boxes (an object being dragged): draw everything. */
	readonly drawsOutside: boolean;
}

/** Past this many boxes they are drawn as one; past this share of the canvas, everything is. */
const MAX_BOXES = 12;
const MAX_SHARE = 0.6;
/** Room around an object's box for antialiasing and its stroke's outer half. */
const PAD = 2;

export function union(a: Box, b: Box): Box {
	return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

export function intersects(a: Box, b: Box): boolean {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** The object's box in the world: its four corners, as fabric places them now, and its shadow. */
function worldBox(o: FabricObject): Box {
	const { tl, tr, br, bl } = o.calcACoords();
	const xs = [tl.x, tr.x, br.x, bl.x];
	const ys = [tl.y, tr.y, br.y, bl.y];
	const s = o.shadow;
	const reach = s ? s.blur + Math.max(Math.abs(s.offsetX), Math.abs(s.offsetY)) : 0;
	return {
		x0: Math.min(...xs) - reach,
		y0: Math.min(...ys) - reach,
		x1: Math.max(...xs) + reach,
		y1: Math.max(...ys) + reach,
	};
}

export class Damage {
	private readonly drawn = new Map<FabricObject, Drawn>();
	private view: FrameView | undefined;

	/** Forgets what was drawn: the next frame draws everything. */
	reset(): void {
		this.drawn.clear();
		this.view = undefined;
	}

	/** Decides what the frame about to be drawn with `view` draws, and notes it as drawn. */
	plan(view: FrameView, objects: readonly FabricObject[]): Plan {
		const all = this.view === undefined || view.drawsOutside || !sameView(this.view, view);
		// Selected or no longer: drawn again with or without its borders.
		const wasActive = this.view?.active;
		const reselected = (o: FabricObject) => wasActive !== view.active && (o === wasActive || o === view.active);
		this.view = view;
		const canvas: Box = { x0: 0, y0: 0, x1: view.width, y1: view.height };
		const boxes: Box[] = [];
		const seen = new Set<FabricObject>();
		let lastOrder = -1;
		let reordered = false;
		for (let i = 0; i < objects.length; i++) {
			const o = objects[i];
			if (!o) continue;
			seen.add(o);
			const was = this.drawn.get(o);
			if (was) {
				if (was.order < lastOrder) reordered = true;
				lastOrder = was.order;
			}
			const source = isSource(o) ? o.takeDamage() : undefined;
			if (!all && was && !o.dirty && source === undefined && unmoved(was, o) && !reselected(o)) {
				was.order = i;
				continue;
			}
			const now = this.note(o, i, view);
			if (all) continue;
			if (source !== undefined && source !== "all" && was) {
				for (const b of source) boxes.push(padded(toCanvas(b, view)));
				continue;
			}
			if (was?.box) boxes.push(was.box);
			if (now.box) boxes.push(now.box);
		}
		for (const [o, was] of this.drawn) {
			if (seen.has(o)) continue;
			this.drawn.delete(o);
			if (was.box) boxes.push(was.box);
		}
		if (all || reordered) return { all: true };
		return this.clipped(boxes, canvas, view, objects);
	}

	private clipped(raw: readonly Box[], canvas: Box, view: FrameView, objects: readonly FabricObject[]): Plan {
		let boxes = raw.filter((b) => intersects(b, canvas)).map((b) => aligned(b, canvas, view.pixelRatio));
		if (boxes.length > MAX_BOXES) boxes = [boxes.reduce(union)];
		const area = boxes.reduce((sum, b) => sum + (b.x1 - b.x0) * (b.y1 - b.y0), 0);
		if (area > MAX_SHARE * view.width * view.height) return { all: true };
		const touched = objects.filter((o) => {
			if (isSource(o)) return boxes.length > 0;
			const box = this.drawn.get(o)?.box;
			return box !== undefined && boxes.some((b) => intersects(b, box));
		});
		return { all: false, boxes, objects: touched };
	}

	/** Notes `o` as drawn now, at `order`, and returns what was noted. */
	private note(o: FabricObject, order: number, view: FrameView): Drawn {
		const shown = !o.isNotVisible();
		// fabric strokes a selected object's borders `padding` outside its box, `borderScaleFactor` wide.
		const border = o === view.active && o.hasBorders ? o.padding + o.borderScaleFactor : 0;
		const controls = o === view.active && o.hasControls ? o.cornerSize : 0;
		const drawn: Drawn = {
			geometry: Object.fromEntries(GEOMETRY.map((k) => [k, o[k]])) as Geometry,
			box: shown ? padded(toCanvas(worldBox(o), view), border + controls) : undefined,
			order,
		};
		this.drawn.set(o, drawn);
		return drawn;
	}
}

/** Neither moved, resized, turned, faded nor hidden since it was drawn. */
function unmoved(was: Drawn, o: FabricObject): boolean {
	return GEOMETRY.every((k) => was.geometry[k] === o[k]);
}

function sameView(a: FrameView, b: FrameView): boolean {
	return (
		a.width === b.width &&
		a.height === b.height &&
		a.background === b.background &&
		a.pixelRatio === b.pixelRatio &&
		a.transform.length === b.transform.length &&
		a.transform.every((v, i) => v === b.transform[i])
	);
}

/** A world box in canvas px through the view's transform (a zoom and a pan: the board never rotates its view). */
export function toCanvas(b: Box, view: FrameView): Box {
	const [a = 1, , , d = 1, e = 0, f = 0] = view.transform;
	const xs = [b.x0 * a + e, b.x1 * a + e];
	const ys = [b.y0 * d + f, b.y1 * d + f];
	return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

function padded(b: Box, more = 0): Box {
	const p = PAD + more;
	return { x0: b.x0 - p, y0: b.y0 - p, x1: b.x1 + p, y1: b.y1 + p };
}

/** Inside the canvas, its edges on whole device pixels (a clip's edge never half covers a pixel). */
export function aligned(b: Box, canvas: Box, ratio: number): Box {
	const r = ratio > 0 ? ratio : 1;
	return {
		x0: Math.floor(Math.max(b.x0, canvas.x0) * r) / r,
		y0: Math.floor(Math.max(b.y0, canvas.y0) * r) / r,
		x1: Math.ceil(Math.min(b.x1, canvas.x1) * r) / r,
		y1: Math.ceil(Math.min(b.y1, canvas.y1) * r) / r,
	};
}
