/**
 * The fabric side of the board: one canvas, one fabric object per card or dot, looked
 * up by id; updates touch only their objects and one frame draws them all.
 *
 * Caching: fabric's default (a cache canvas of at least 256×256 per object) is 3–7×
 * slower here and costs gigabytes at scale; small cards are cached with a 32 px minimum
 * instead (measured: see `npm run bench` and README).
 */
import { Canvas, Circle, FabricText, Group, Point, Rect, Textbox, config, type FabricObject } from "fabric";
import { DOT_R } from "./layout";

export type CachingMode = "tuned" | "default" | "off";

/** Tuned (32 px minimum cache side) unless a benchmark asks for fabric's default or none. */
export function setCaching(mode: CachingMode): void {
	cachingMode = mode;
	config.configure({ minCacheSideLimit: mode === "default" ? 256 : 32 });
}
let cachingMode: CachingMode = "tuned";
setCaching("tuned");

export type CardKind = "problematique" | "draft" | "rule" | "question" | "formulation" | "rebond" | "note" | "idea" | "plan" | "zone";

export interface CardSpec {
	readonly id: string;
	readonly kind: CardKind;
	readonly x: number;
	readonly y: number;
	readonly w: number;
	readonly h: number;
	readonly fill: string;
	readonly title: string;
	readonly body: string;
	readonly dashed?: boolean;
	readonly draggable?: boolean;
	/** A badge at the top right (a tally), or empty. */
	readonly badge?: string;
	/** Drawn under everything else (the sheets' backgrounds). */
	readonly underlay?: boolean;
}

export interface DotSpec {
	readonly id: string;
	readonly x: number;
	readonly y: number;
	readonly color: string;
	readonly mine: boolean;
	readonly draggable: boolean;
}

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
	readonly frame: Rect;
	readonly title: FabricText;
	readonly body: Textbox;
	readonly badge: FabricText;
	spec: CardSpec;
}

const FONT = "Segoe UI, system-ui, sans-serif";

export class BoardScene {
	readonly canvas: Canvas;
	private readonly cards = new Map<string, CardObjects>();
	private readonly dots = new Map<string, Circle>();
	/** Counter for the benchmark: objects touched. */
	touched = 0;

	get size(): { cards: number; dots: number } {
		return { cards: this.cards.size, dots: this.dots.size };
	}

	constructor(element: HTMLCanvasElement, width: number, height: number) {
		this.canvas = new Canvas(element, {
			width,
			height,
			selection: false,
			renderOnAddRemove: false,
			skipOffscreen: true,
			preserveObjectStacking: true,
			fireRightClick: false,
		});
	}

	has(id: string): boolean {
		return this.cards.has(id) || this.dots.has(id);
	}

	card(id: string): CardSpec | undefined {
		return this.cards.get(id)?.spec;
	}

	cardObject(id: string): Group | undefined {
		return this.cards.get(id)?.group;
	}

	dotObject(id: string): Circle | undefined {
		return this.dots.get(id);
	}

	/** Creates or updates one card; only what changed is set. */
	upsertCard(spec: CardSpec): void {
		this.touched++;
		const existing = this.cards.get(spec.id);
		if (!existing) {
			this.cards.set(spec.id, this.createCard(spec));
			this.requestRender();
			return;
		}
		const prev = existing.spec;
		existing.spec = spec;
		const g = existing.group;
		// Compared with the object itself: a drag may have moved it away from the last spec.
		if (g.left !== spec.x || g.top !== spec.y) g.set({ left: spec.x, top: spec.y });
		if (prev.title !== spec.title) existing.title.set({ text: spec.title });
		if (prev.body !== spec.body) existing.body.set({ text: spec.body });
		if (prev.badge !== spec.badge) existing.badge.set({ text: spec.badge ?? "", visible: Boolean(spec.badge) });
		if (prev.title !== spec.title || prev.body !== spec.body) g.triggerLayout();
		if (prev.fill !== spec.fill || prev.dashed !== spec.dashed) {
			existing.frame.set({ fill: spec.fill, strokeDashArray: spec.dashed ? [6, 4] : null });
		}
		if (prev.draggable !== spec.draggable) this.setDraggable(g, spec.draggable ?? false);
		g.set({ dirty: true });
		g.setCoords();
		this.requestRender();
	}

	removeCard(id: string): void {
		const card = this.cards.get(id);
		if (!card) return;
		this.touched++;
		if (this.canvas.getActiveObject() === card.group) this.canvas.discardActiveObject();
		this.canvas.remove(card.group);
		this.cards.delete(id);
		this.requestRender();
	}

	upsertDot(spec: DotSpec): void {
		this.touched++;
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
				hoverCursor: spec.draggable ? "grab" : "default",
			});
			this.setDraggable(dot, spec.draggable);
			tags.set(dot, { id: spec.id, kind: spec.id.startsWith("tray:") ? "tray-dot" : "dot" });
			this.dots.set(spec.id, dot);
			this.canvas.add(dot);
		} else {
			existing.set({ left: spec.x, top: spec.y, fill: spec.color });
			this.setDraggable(existing, spec.draggable);
			existing.setCoords();
		}
		this.canvas.bringObjectToFront(this.dots.get(spec.id) as Circle);
		this.requestRender();
	}

	removeDot(id: string): void {
		const dot = this.dots.get(id);
		if (!dot) return;
		this.touched++;
		if (this.canvas.getActiveObject() === dot) this.canvas.discardActiveObject();
		this.canvas.remove(dot);
		this.dots.delete(id);
		this.requestRender();
	}

	/** Ids of every card of a kind (for small lists re-synced as a whole). */
	idsOf(kind: CardKind): string[] {
		const out: string[] = [];
		for (const [id, card] of this.cards) if (card.spec.kind === kind) out.push(id);
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
		return new Point(x, y).transform(this.invertedViewport());
	}

	private invertedViewport() {
		const [a, b, c, d, e, f] = this.canvas.viewportTransform;
		const det = a * d - b * c;
		return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det] as [
			number,
			number,
			number,
			number,
			number,
			number,
		];
	}

	dispose(): void {
		void this.canvas.dispose();
	}

	private setDraggable(object: FabricObject, draggable: boolean): void {
		object.set({
			selectable: draggable,
			evented: true,
			lockMovementX: !draggable,
			lockMovementY: !draggable,
			hoverCursor: draggable ? "grab" : "default",
		});
	}

	private createCard(spec: CardSpec): CardObjects {
		// Children are placed in world coordinates; the group takes the frame's bounds.
		const { x, y } = spec;
		const frame = new Rect({
			left: x,
			top: y,
			width: spec.w,
			height: spec.h,
			originX: "left",
			originY: "top",
			fill: spec.fill,
			rx: spec.kind === "zone" ? 12 : 4,
			ry: spec.kind === "zone" ? 12 : 4,
			stroke: spec.kind === "zone" ? "#c8c6c4" : "#8a8886",
			strokeWidth: 1,
			strokeDashArray: spec.dashed ? [6, 4] : null,
			shadow: null,
		});
		const title = new FabricText(spec.title, {
			left: x + 10,
			top: y + 8,
			originX: "left",
			originY: "top",
			fontFamily: FONT,
			fontSize: spec.kind === "zone" ? 22 : 12,
			fontWeight: spec.kind === "zone" ? "bold" : "600",
			fill: "#323130",
		});
		const body = new Textbox(spec.body, {
			left: x + 10,
			top: y + (spec.kind === "zone" ? 40 : 28),
			width: spec.w - 20,
			originX: "left",
			originY: "top",
			fontFamily: FONT,
			fontSize: 14,
			fill: "#201f1e",
			splitByGrapheme: false,
		});
		const badge = new FabricText(spec.badge ?? "", {
			left: x + spec.w - 10,
			top: y + 6,
			originX: "right",
			originY: "top",
			fontFamily: FONT,
			fontSize: 16,
			fontWeight: "bold",
			fill: "#5b5fc7",
			visible: Boolean(spec.badge),
		});
		const group = new Group([frame, title, body, badge], {
			originX: "left",
			originY: "top",
			subTargetCheck: false,
			interactive: false,
			hasControls: false,
			hasBorders: spec.kind !== "zone",
			objectCaching: spec.kind !== "zone" && cachingMode !== "off",
		});
		this.setDraggable(group, spec.draggable ?? false);
		if (spec.kind === "zone") group.set({ evented: false, selectable: false });
		tags.set(group, { id: spec.id, kind: spec.kind });
		this.canvas.add(group);
		if (spec.underlay) this.canvas.sendObjectToBack(group);
		return { group, frame, title, body, badge, spec };
	}
}
