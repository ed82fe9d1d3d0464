/**
 * The pointer on the board: pan on the background or with the wheel, zoom with Ctrl+wheel, pick up a card or
 * a dot (asking first whether this person may: if not, it stays put, the view does not
 * pan, and the reason is said), drop it (one command), double-click to edit one's own
 * sheet in place, click a cut card to read it in full.
 */
import type { TPointerEventInfo } from "fabric";
import type { RefusalReason } from "../domain/actions";
import { planNodesOf } from "../fluid/bounded";
import type { PresenceChannel } from "../fluid/presence";
import type { WorkshopSession } from "../fluid/session";
import { FIXED, mayPickUp, runDrop, type Drop } from "./gestures";
import type { Hold } from "./hold";
import { droppedCentre, inIdeas, planIndexAt, type Point } from "./layout";
import { tagOf, type BoardScene, type Tag } from "./scene";
import type { TableBinding } from "./tableBinding";

/** A refusal to show: the command layer's reason, or a card that never moves. */
export interface BoardRefusal {
	readonly reason?: RefusalReason | undefined;
	/** The limit the refusal is about (how many per person, on the board), when there is one. */
	readonly max?: number | undefined;
	/** Said before the reason: this was about moving a card. */
	readonly moving: boolean;
	readonly fixed?: boolean;
}

export interface PointerHandlers {
	pan(dx: number, dy: number): void;
	zoomAt(factor: number, x: number, y: number): void;
	refuse(refusal: BoardRefusal): void;
	/** Double-click at a screen point of the canvas, on a card or not. */
	edit(tag: Tag | undefined, screen: Point): void;
	/** Click on a card whose text is cut. */
	open(id: string): void;
	/** After a drop: everything back to what the tree says. */
	dropped(tag: Tag): void;
}

interface Gesture {
	readonly tag: Tag;
	readonly start: Point;
	readonly allowed: boolean;
	refusal: BoardRefusal | undefined;
	moved: boolean;
	/** The object's lock before the gesture held it (given back on release). */
	locked?: boolean;
}

/** A drag shorter than this (screen px) is a click. */
const CLICK_SLOP = 5;
/** A click waits this long for a second one (a double-click edits instead). */
const CLICK_DELAY_MS = 260;

export class BoardPointer {
	private panning: Point | undefined;
	private gesture: Gesture | undefined;
	private pendingClick: ReturnType<typeof setTimeout> | undefined;

	constructor(
		private readonly scene: BoardScene,
		private readonly session: WorkshopSession,
		private readonly presence: PresenceChannel,
		private readonly table: TableBinding,
		private readonly hold: Hold,
		private readonly on: PointerHandlers,
	) {}

	wire(): void {
		const canvas = this.scene.canvas;
		// The wheel scrolls the board (a zone larger than the view scrolls, its text never shrinks);
		// Ctrl or ⌘ with the wheel, and a trackpad pinch, zoom.
		canvas.on("mouse:wheel", (e: TPointerEventInfo<WheelEvent>) => {
			const event = e.e;
			event.preventDefault();
			if (event.ctrlKey || event.metaKey) {
				const rect = canvas.upperCanvasEl.getBoundingClientRect();
				this.on.zoomAt(event.deltaY > 0 ? 0.9 : 1.1, event.clientX - rect.left, event.clientY - rect.top);
			} else if (event.shiftKey && event.deltaX === 0) this.on.pan(-event.deltaY, 0);
			else this.on.pan(-event.deltaX, -event.deltaY);
		});
		canvas.on("mouse:down", (e) => {
			const tag = tagOf(e.target);
			const p = e.viewportPoint;
			if (!tag || !e.target) {
				this.panning = { x: p.x, y: p.y };
				return;
			}
			this.gesture = this.pickUp(tag, p);
			if (!this.gesture.allowed) {
				this.gesture.locked = e.target.lockMovementX;
				this.scene.setMovable(e.target, false);
			}
		});
		canvas.on("mouse:move", (e) => {
			const p = e.viewportPoint;
			if (this.panning) {
				this.on.pan(p.x - this.panning.x, p.y - this.panning.y);
				this.panning = { x: p.x, y: p.y };
				return;
			}
			const g = this.gesture;
			if (!g || Math.hypot(p.x - g.start.x, p.y - g.start.y) < CLICK_SLOP) return;
			g.moved = true;
			if (g.refusal) {
				this.on.refuse(g.refusal);
				g.refusal = undefined;
			}
		});
		canvas.on("mouse:up", () => {
			this.panning = undefined;
			const g = this.gesture;
			this.gesture = undefined;
			if (!g) return;
			// Movable again for the next gesture, which asks again.
			const object =
				g.tag.kind === "dot" || g.tag.kind === "tray-dot" ? this.scene.dotObject(g.tag.id) : this.scene.cardObject(g.tag.id);
			if (!g.allowed && object && g.locked !== undefined) this.scene.setMovable(object, !g.locked);
			if (!g.moved && this.scene.card(g.tag.id)?.full) {
				const id = g.tag.id;
				this.pendingClick = setTimeout(() => this.on.open(id), CLICK_DELAY_MS);
			}
		});
		canvas.on("mouse:dblclick", (e) => {
			if (this.pendingClick) clearTimeout(this.pendingClick);
			this.pendingClick = undefined;
			this.on.edit(tagOf(e.target), e.viewportPoint);
		});
		canvas.on("object:moving", (e) => {
			const tag = tagOf(e.target);
			if (!tag) return;
			if (!this.hold.is(tag.id)) this.hold.take(tag);
			const o = e.target;
			const kind =
				tag.kind === "problematique" ? "problematique" : tag.kind === "dot" || tag.kind === "tray-dot" ? "dot" : "card";
			this.presence.set({ drag: { kind, id: tag.id, x: o.left, y: o.top } });
		});
		canvas.on("object:modified", (e) => {
			const tag = tagOf(e.target);
			if (!tag) return;
			const dot = tag.kind === "dot" || tag.kind === "tray-dot";
			const at = dot
				? { x: e.target.left, y: e.target.top }
				: (this.scene.positionOf(tag.id) ?? { x: e.target.left, y: e.target.top });
			// Let fabric finish its own mouse-up handling before objects are replaced.
			setTimeout(() => this.drop(tag, at), 0);
		});
	}

	dispose(): void {
		if (this.pendingClick) clearTimeout(this.pendingClick);
	}

	private pickUp(tag: Tag, start: Point): Gesture {
		const ctx = this.session.context();
		const at = this.scene.positionOf(tag.id) ?? { x: 0, y: 0 };
		const verdict = mayPickUp(tag, ctx, at, (id) =>
			Math.max(
				0,
				ctx.board.plan.findIndex((a) => a.id === id),
			),
		);
		if (verdict === FIXED) return { tag, start, allowed: false, refusal: { moving: true, fixed: true }, moved: false };
		if (verdict.ok) return { tag, start, allowed: true, refusal: undefined, moved: false };
		return { tag, start, allowed: false, refusal: { moving: true, reason: verdict.reason }, moved: false };
	}

	/** A drop becomes one command; whatever it refuses goes back where it was. */
	private drop(tag: Tag, at: Point): void {
		this.hold.release();
		this.presence.set({ drag: null });
		const spec = this.scene.card(tag.id);
		const centre = spec ? droppedCentre(at.x, at.y, spec.w, spec.h) : at;
		const drop: Drop = {
			tag,
			at,
			note: tag.kind === "dot" || tag.kind === "tray-dot" ? this.table.noteAt(at) : undefined,
			from: tag.kind === "dot" ? this.table.dotTarget(tag.id) : undefined,
			inIdeas: inIdeas(centre),
			planIndex: tag.kind === "plan" ? planIndexAt(centre.y, planNodesOf(this.session.boardView.root).length) : undefined,
		};
		const verdict = runDrop(this.session, drop);
		if (verdict && !verdict.ok) this.on.refuse({ reason: verdict.reason, moving: false });
		this.on.dropped(tag);
	}
}
