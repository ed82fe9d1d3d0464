/**
 * The fabric side of the board: one canvas, one fabric object per card or dot, looked
 * up by id; updates touch only their objects and one frame draws them all. Cards arrive
 * as specs whose text is already fitted (see `cardSpecs.ts`), so nothing here measures
 * or wraps, and no text can be wider than its card.
 *
 * Stacking, from the bottom: the sheets' underlays, the cards, other people's dots (one
 * object: `dotField.ts`), my own dots and tray (a new card goes under the dots, a new dot
 * of mine on top).
 *
 * Caching: fabric's default (a cache canvas of at least 256×256 per object) is 3–7×
 * slower here and costs gigabytes at scale; small cards are cached with a 32 px minimum
 * instead (measured: see `npm run bench` and README).
 */
import { Circle, Group, Point, Rect, config, type FabricObject } from "fabric";
import { CardText } from "./cardText";
import { DeferredCards } from "./deferred";
import { DotField } from "./dotField";
import { DOT_R, PAD, type Rect as WorldRect } from "./layout";
import { PartialCanvas } from "./partialCanvas";
import { sameLook, type CardKind, type CardSpec, type DotSpec } from "./spec";

export type { CardKind, CardSpec, DotSpec } from "./spec";

export type CachingMode = "tuned" | "default" | "off";

/** Tuned (32 px minimum cache side) unless a benchmark asks for fabric's default or none. */
export function setCaching(mode: CachingMode): void {
	cachingMode = mode;
	config.configure({ minCacheSideLimit: mode === "default" ? 256 : 32 });
}
let cachingMode: CachingMode = "tuned";
setCaching("tuned");

/** What the board attaches to its fabric objects to find them again. */
export interface Tag {
	readonly id: string;
	readonly kind: CardKind | "dot" | "tray-dot";
}

const tags = new WeakMap<FabricObject, Tag>();
export function tagOf(object: FabricObject | undefined): Tag | undefined {
	return object ? tags.get(object) : undefined;
}

interface CardObjects {
	readonly group: Group;
	/** The body and the badge, patched in place when only their text changes (a tally, the ranking). */
	readonly body: CardText | undefined;
	readonly badge: CardText | undefined;
	/** The group's top-left minus the card's (a flag or a thick border reach outside). */
	readonly dx: number;
	readonly dy: number;
	spec: CardSpec;
}

/** Cards a gesture can move (whether this person may is asked when the gesture starts). */
const MOVABLE: ReadonlySet<CardKind> = new Set<CardKind>(["problematique", "rebond", "note", "question", "plan"]);

export class BoardScene {
	readonly canvas: PartialCanvas;
	private readonly cards = new Map<string, CardObjects>();
	/** My dots and my tray's: objects of their own, to be dragged. */
	private readonly dots = new Map<string, Circle>();
	/** Everyone else's dots, drawn in one pass. */
	private readonly field = new DotField();
	private underlays = 0;
	/** Cards off the view at the board's start, made once its first frame is drawn. */
	private readonly later = new DeferredCards();
	/** Counter for the benchmark: objects touched. */
	touched = 0;

	get size(): { cards: number; dots: number } {
		return { cards: this.cards.size + this.later.size, dots: this.dots.size + this.field.count };
	}

	constructor(element: HTMLCanvasElement, width: number, height: number) {
		this.canvas = new PartialCanvas(element, {
			width,
			height,
			selection: false,
			renderOnAddRemove: false,
			skipOffscreen: true,
			preserveObjectStacking: true,
			fireRightClick: false,
		});
		this.canvas.add(this.field);
	}

	has(id: string): boolean {
		return this.cards.has(id) || this.later.has(id) || this.dots.has(id) || this.field.has(id);
	}

	card(id: string): CardSpec | undefined {
		return this.cards.get(id)?.spec ?? this.later.get(id);
	}

	/** Every card drawn now (or about to be: see `deferOffView`). */
	*allCards(): IterableIterator<CardSpec> {
		for (const c of this.cards.values()) yield c.spec;
		yield* this.later.values();
	}

	cardObject(id: string): Group | undefined {
		return this.made(id)?.group;
	}

	/** Until `makeDeferred`, a new card outside `near` (world coordinates) is kept as its spec only. */
	deferOffView(near: WorldRect): void {
		this.later.start(near);
	}

	/**
	 * Makes up to `count` of the cards kept for later (all by default) and stops keeping new
	 * ones; says how many are still to be made.
	 */
	makeDeferred(count = Number.POSITIVE_INFINITY): number {
		this.later.stop();
		// Called on every move of the view: nothing to do once they are all made.
		if (this.later.size === 0) return 0;
		const specs = this.later.take(count);
		for (const spec of specs) this.cards.set(spec.id, this.createCard(spec));
		if (specs.length > 0) this.requestRender();
		return this.later.size;
	}

	/** A card's objects, made now if it was kept for later. */
	private made(id: string): CardObjects | undefined {
		const spec = this.later.get(id);
		if (spec) {
			this.later.delete(id);
			this.cards.set(id, this.createCard(spec));
		}
		return this.cards.get(id);
	}

	/** One of my dots (or my tray's); everyone else's are drawn by the field. */
	dotObject(id: string): Circle | undefined {
		return this.dots.get(id);
	}

	/** Puts a dot at (x, y) without changing its spec (someone dragging theirs). */
	moveDot(id: string, x: number, y: number): void {
		const dot = this.dots.get(id);
		if (dot) {
			dot.set({ left: x, top: y });
			dot.setCoords();
		} else if (!this.field.move(id, x, y)) return;
		this.requestRender();
	}

	/** Where a card's top-left is now (it may be being dragged away from its spec). */
	positionOf(id: string): { x: number; y: number } | undefined {
		const kept = this.later.get(id);
		if (kept) return { x: kept.x, y: kept.y };
		const c = this.cards.get(id);
		return c ? { x: (c.group.left ?? 0) - c.dx, y: (c.group.top ?? 0) - c.dy } : undefined;
	}

	/** Puts a card's top-left at (x, y) without changing its spec (a remote drag). */
	moveCard(id: string, x: number, y: number): void {
		const c = this.made(id);
		if (!c) return;
		c.group.set({ left: x + c.dx, top: y + c.dy });
		c.group.setCoords();
		this.requestRender();
	}

	/** Creates or updates one card; a moved card is moved, a changed one redrawn. */
	upsertCard(spec: CardSpec): void {
		this.touched++;
		const existing = this.cards.get(spec.id);
		if (!existing && this.later.keep(spec)) return;
		if (!existing) {
			this.cards.set(spec.id, this.createCard(spec));
			this.requestRender();
			return;
		}
		const prev = existing.spec;
		if (prev !== spec && this.patchable(existing, spec)) {
			if (spec.badge !== prev.badge) existing.badge?.setText(spec.badge ?? "");
			if (spec.lines !== prev.lines) existing.body?.setText(spec.lines.join("\n"));
			existing.group.set({ dirty: true });
			this.requestRender();
		} else if (prev !== spec && !sameLook(prev, spec)) {
			this.removeCard(spec.id);
			this.cards.set(spec.id, this.createCard(spec));
			this.requestRender();
			return;
		}
		existing.spec = spec;
		const g = existing.group;
		// Compared with the object itself: a drag may have moved it away from the last spec.
		if (g.left !== spec.x + existing.dx || g.top !== spec.y + existing.dy) {
			g.set({ left: spec.x + existing.dx, top: spec.y + existing.dy });
			g.setCoords();
			this.requestRender();
		}
	}

	removeCard(id: string): void {
		if (this.later.delete(id)) return;
		const card = this.cards.get(id);
		if (!card) return;
		this.touched++;
		if (this.canvas.getActiveObject() === card.group) this.canvas.discardActiveObject();
		this.canvas.remove(card.group);
		if (card.spec.underlay) this.underlays--;
		this.cards.delete(id);
		this.requestRender();
	}

	upsertDot(spec: DotSpec): void {
		this.touched++;
		const tray = spec.id.startsWith("tray:");
		if (!spec.mine && !tray) {
			if (this.dots.has(spec.id)) this.removeDot(spec.id);
			if (this.field.put(spec.id, spec.x, spec.y, spec.color)) this.requestRender();
			return;
		}
		if (this.field.remove(spec.id)) this.requestRender();
		const existing = this.dots.get(spec.id);
		if (!existing) {
			const dot = new Circle({
				left: spec.x,
				top: spec.y,
				radius: DOT_R,
				originX: "center",
				originY: "center",
				fill: spec.color,
				stroke: spec.mine ? "#222" : "#fff",
				strokeWidth: spec.mine ? 2 : 1,
				hasControls: false,
				hasBorders: false,
				objectCaching: false,
			});
			this.setMovable(dot, spec.mine);
			tags.set(dot, { id: spec.id, kind: tray ? "tray-dot" : "dot" });
			this.dots.set(spec.id, dot);
			this.canvas.add(dot);
		} else {
			// Redrawing a note draws its dots again: one that has not moved costs nothing.
			if (existing.left === spec.x && existing.top === spec.y && existing.fill === spec.color) return;
			existing.set({ left: spec.x, top: spec.y, fill: spec.color });
			existing.setCoords();
		}
		this.requestRender();
	}

	removeDot(id: string): void {
		if (this.field.remove(id)) {
			this.touched++;
			this.requestRender();
			return;
		}
		const dot = this.dots.get(id);
		if (!dot) return;
		this.touched++;
		if (this.canvas.getActiveObject() === dot) this.canvas.discardActiveObject();
		this.canvas.remove(dot);
		this.dots.delete(id);
		this.requestRender();
	}

	/** Ids of every card of a kind. */
	idsOf(kind: CardKind): string[] {
		const out: string[] = [];
		for (const [id, card] of this.cards) if (card.spec.kind === kind) out.push(id);
		for (const spec of this.later.values()) if (spec.kind === kind) out.push(spec.id);
		return out;
	}

	/** Coalesces every update of a frame into one redraw (fabric redraws the whole canvas). */
	requestRender(): void {
		this.onRequestRender?.();
		this.canvas.requestRenderAll();
	}

	/** Told when a frame is requested (the benchmark's change-to-frame timing). */
	onRequestRender: (() => void) | undefined;

	resize(width: number, height: number): void {
		this.canvas.setDimensions({ width, height });
		this.requestRender();
	}

	/** World point under a viewport (screen) point. */
	toWorld(x: number, y: number): Point {
		const [a, b, c, d, e, f] = this.canvas.viewportTransform;
		const det = a * d - b * c;
		return new Point(x, y).transform([d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det]);
	}

	dispose(): void {
		void this.canvas.dispose();
	}

	/** Only the body's or the badge's text changed, both drawn before and after: set them, do not rebuild. */
	private patchable(c: CardObjects, spec: CardSpec): boolean {
		const prev = c.spec;
		const badgeOk = spec.badge === prev.badge || (c.badge !== undefined && Boolean(spec.badge));
		const bodyOk = spec.lines.join("\n") === prev.lines.join("\n") || (c.body !== undefined && spec.lines.length > 0);
		return badgeOk && bodyOk && sameLook(prev, { ...spec, badge: prev.badge, lines: prev.lines, full: prev.full });
	}

	/** Lets fabric move the object under the pointer, or holds it in place. */
	setMovable(object: FabricObject, movable: boolean): void {
		object.set({
			selectable: true,
			evented: true,
			lockMovementX: !movable,
			lockMovementY: !movable,
			hoverCursor: movable ? "grab" : "pointer",
		});
	}

	private createCard(spec: CardSpec): CardObjects {
		// Children are placed in world coordinates; the group takes their bounds.
		const { x, y, w, h } = spec;
		const zone = spec.kind === "zone";
		const parts: FabricObject[] = [
			new Rect({
				left: x,
				top: y,
				width: w,
				height: h,
				originX: "left",
				originY: "top",
				fill: spec.fill,
				rx: zone ? 12 : 4,
				ry: zone ? 12 : 4,
				stroke: spec.stroke ?? "#8a8886",
				strokeWidth: spec.strokeWidth ?? 1,
				strokeDashArray: spec.dashed ? [6, 4] : null,
				strokeUniform: true,
			}),
		];
		const text = (value: string, left: number, top: number, size: number, bold: boolean, fill = "#201f1e") =>
			new CardText(value, { fontSize: size, bold, fill }, { left, top, originX: "left", originY: "top" });
		if (spec.title) parts.push(text(spec.title, x + PAD, y + PAD, spec.titleSize, true, "#323130"));
		let body: CardText | undefined;
		if (spec.lines.length > 0) {
			body = text(spec.lines.join("\n"), x + PAD, y + spec.bodyTop, spec.bodySize, false);
			parts.push(body);
		}
		let badge: CardText | undefined;
		if (spec.badge) {
			badge = text(spec.badge, x + w - PAD, y + PAD, spec.bodySize, true, "#4f52b2");
			badge.set({ originX: "right" });
			parts.push(badge);
		}
		if (spec.flag) {
			const label = text(spec.flag, x + PAD + 8, y - 11, spec.bodySize, true, "#ffffff");
			const width = (label.width ?? 0) + 16;
			parts.push(
				new Rect({
					left: x + PAD,
					top: y - 13,
					width,
					height: 24,
					rx: 12,
					ry: 12,
					fill: spec.stroke ?? "#107c10",
					originX: "left",
					originY: "top",
				}),
				label,
			);
		}
		const group = new Group(parts, {
			originX: "left",
			originY: "top",
			subTargetCheck: false,
			interactive: false,
			hasControls: false,
			hasBorders: !zone,
			objectCaching: !zone && cachingMode !== "off",
		});
		this.setMovable(group, MOVABLE.has(spec.kind));
		if (zone) group.set({ evented: false, selectable: false });
		tags.set(group, { id: spec.id, kind: spec.kind });
		if (spec.underlay) {
			// Behind every card, in the order the sheets were drawn.
			this.canvas.insertAt(this.underlays, group);
			this.underlays++;
		}
		// Under the dots (the field and mine), which stay above every card (a card drawn again never covers them).
		else this.canvas.insertAt(this.canvas.size() - this.dots.size - 1, group);
		return { group, body, badge, dx: (group.left ?? 0) - x, dy: (group.top ?? 0) - y, spec };
	}
}
