/**
 * Other people's dots, drawn as ONE fabric object. fabric draws each object with its own
 * transform, state save and restore, and on-screen test: with 630 dots that was most of a
 * frame (measured: `npm run bench`, remote dot change with 630 dots). Here a frame draws
 * every other person's dot in one pass, one path per colour. They are not picked up (a dot
 * is only ever moved by its voter): a press on one reaches the note under it. My own dots
 * and my tray stay objects of their own, to be dragged.
 */
import { FabricObject } from "fabric";
import type { Box, DamageSource } from "./damage";
import { DOT_R } from "./layout";

interface FieldDot {
	readonly x: number;
	readonly y: number;
	readonly color: string;
}

/** Room around the dots for their outline. */
const MARGIN = 2;
/** Past this many changed dots in a frame, the whole field is drawn again. */
const MAX_DAMAGE = 48;

export class DotField extends FabricObject implements DamageSource {
	private readonly field = new Map<string, FieldDot>();
	/** Where dots came, went or moved since the last frame (world boxes), or all of it. */
	private damage: Box[] | "all" = "all";
	/** The box is fitted again before the next frame (a note redrawn puts all its dots at once). */
	private stale = false;

	constructor() {
		super({
			left: 0,
			top: 0,
			width: 0,
			height: 0,
			originX: "left",
			originY: "top",
			strokeWidth: 0,
			evented: false,
			selectable: false,
			hasControls: false,
			hasBorders: false,
			objectCaching: false,
		});
	}

	get count(): number {
		return this.field.size;
	}

	has(id: string): boolean {
		return this.field.has(id);
	}

	/** Puts a dot at (x, y) in its colour; whether anything changed (a frame is then needed). */
	put(id: string, x: number, y: number, color: string): boolean {
		const was = this.field.get(id);
		if (was && was.x === x && was.y === y && was.color === color) return false;
		if (was) this.damaged(was);
		this.damaged({ x, y });
		this.field.set(id, { x, y, color });
		this.stale = true;
		return true;
	}

	/** Moves a dot (someone dragging theirs); whether it is here. */
	move(id: string, x: number, y: number): boolean {
		const was = this.field.get(id);
		return was ? this.put(id, x, y, was.color) : false;
	}

	remove(id: string): boolean {
		const was = this.field.get(id);
		if (!was) return false;
		this.field.delete(id);
		this.damaged(was);
		this.stale = true;
		return true;
	}

	private damaged(d: { readonly x: number; readonly y: number }): void {
		if (this.damage === "all") return;
		if (this.damage.length >= MAX_DAMAGE) {
			this.damage = "all";
			return;
		}
		const r = DOT_R + MARGIN;
		this.damage.push({ x0: d.x - r, y0: d.y - r, x1: d.x + r, y1: d.y + r });
	}

	/** What changed since the last frame (the board's partial redraw asks once per frame). */
	takeDamage(): readonly Box[] | "all" {
		// Its box fitted first: the whole field's box, when all of it is drawn again, is the new one.
		this.refit();
		const damage = this.damage;
		this.damage = [];
		return damage;
	}

	/** Fits the object's box around every dot, if dots came, went or moved since (what fabric's on-screen test reads). */
	refit(): void {
		if (!this.stale) return;
		this.stale = false;
		let minX = Number.POSITIVE_INFINITY;
		let minY = Number.POSITIVE_INFINITY;
		let maxX = Number.NEGATIVE_INFINITY;
		let maxY = Number.NEGATIVE_INFINITY;
		for (const d of this.field.values()) {
			minX = Math.min(minX, d.x);
			minY = Math.min(minY, d.y);
			maxX = Math.max(maxX, d.x);
			maxY = Math.max(maxY, d.y);
		}
		const r = DOT_R + MARGIN;
		if (this.field.size === 0) this.set({ left: 0, top: 0, width: 0, height: 0 });
		else this.set({ left: minX - r, top: minY - r, width: maxX - minX + 2 * r, height: maxY - minY + 2 * r });
		this.setCoords();
	}

	override render(ctx: CanvasRenderingContext2D): void {
		this.refit();
		super.render(ctx);
	}

	/** fabric calls this with the origin at the object's centre. */
	override _render(ctx: CanvasRenderingContext2D): void {
		const dx = -(this.left + this.width / 2);
		const dy = -(this.top + this.height / 2);
		const byColor = new Map<string, FieldDot[]>();
		for (const d of this.field.values()) {
			const same = byColor.get(d.color);
			if (same) same.push(d);
			else byColor.set(d.color, [d]);
		}
		const path = (dots: readonly FieldDot[]) => {
			ctx.beginPath();
			for (const d of dots) {
				ctx.moveTo(d.x + dx + DOT_R, d.y + dy);
				ctx.arc(d.x + dx, d.y + dy, DOT_R, 0, 2 * Math.PI);
			}
		};
		for (const [color, dots] of byColor) {
			path(dots);
			ctx.fillStyle = color;
			ctx.fill();
		}
		// A white outline on each, as on every dot (a dot stays readable on a note of its colour).
		path([...this.field.values()]);
		ctx.strokeStyle = "#fff";
		ctx.lineWidth = 1;
		ctx.stroke();
	}
}
