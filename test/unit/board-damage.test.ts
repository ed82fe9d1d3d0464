/**
 * What a board's frame draws again (`src/board/damage.ts`): only where something changed
 * since the last frame — a card moved (where it was and where it is), came, went, or was
 * drawn anew, a dot of the field moved — with the objects that reach there; everything
 * after a change of view, size or stacking, with an active object, or when most of the
 * canvas changed. Whether the pixels then match a whole frame is checked in the browser
 * (`test/e2e/board-canvas.test.ts`).
 */
import { Rect, type FabricObject } from "fabric";
import { describe, expect, it } from "vitest";
import { aligned, Damage, intersects, type Box, type FrameView, type Plan } from "../../src/board/damage";
import { DotField } from "../../src/board/dotField";

const VIEW: FrameView = {
	transform: [1, 0, 0, 1, 0, 0],
	width: 1000,
	height: 800,
	background: "",
	pixelRatio: 1,
	active: undefined,
	drawsOutside: false,
};

function card(left: number, top: number): Rect {
	return new Rect({ left, top, width: 100, height: 60, originX: "left", originY: "top", strokeWidth: 0 });
}

function partial(plan: Plan): { boxes: readonly Box[]; objects: FabricObject[] } {
	if (plan.all) throw new Error("expected a frame drawn in part");
	return plan;
}

const covers = (boxes: readonly Box[], x: number, y: number) =>
	boxes.some((b) => b.x0 <= x && x <= b.x1 && b.y0 <= y && y <= b.y1);

/** A damage that has drawn one frame of `objects`. */
function drawnOnce(objects: FabricObject[], view: FrameView = VIEW): Damage {
	const d = new Damage();
	expect(d.plan(view, objects).all).toBe(true);
	// fabric clears `dirty` once it has drawn an object.
	for (const o of objects) o.dirty = false;
	return d;
}

describe("a board frame drawn only where something changed", () => {
	it("draws the first frame whole, then nothing when nothing changed", () => {
		const objects = [card(0, 0), card(300, 0)];
		const d = drawnOnce(objects);
		const plan = partial(d.plan(VIEW, objects));
		expect(plan.boxes).toEqual([]);
		expect(plan.objects).toEqual([]);
	});

	it("draws a moved card where it was and where it is, with the cards that reach there only", () => {
		const moved = card(0, 0);
		const under = card(150, 20);
		const far = card(700, 600);
		const objects = [under, moved, far];
		const d = drawnOnce(objects);
		moved.set({ left: 120, top: 0 });
		const plan = partial(d.plan(VIEW, objects));
		expect(covers(plan.boxes, 10, 10), "where it was").toBe(true);
		expect(covers(plan.boxes, 210, 50), "where it is").toBe(true);
		expect(covers(plan.boxes, 750, 650), "far away").toBe(false);
		expect(plan.objects).toEqual([under, moved]);
	});

	it("draws a card drawn anew (fabric's dirty flag), a card that came and one that went", () => {
		const changed = card(0, 0);
		const gone = card(400, 0);
		const objects: FabricObject[] = [changed, gone];
		const d = drawnOnce(objects);
		changed.set({ fill: "#f00" });
		const came = card(0, 400);
		const plan = partial(d.plan(VIEW, [changed, came]));
		expect(covers(plan.boxes, 50, 30)).toBe(true);
		expect(covers(plan.boxes, 450, 30), "where the gone card was").toBe(true);
		expect(covers(plan.boxes, 50, 430)).toBe(true);
		expect(plan.objects).toEqual([changed, came]);
	});

	it("draws a hidden card's place, and a card shown again", () => {
		const c = card(0, 0);
		const d = drawnOnce([c]);
		c.set({ visible: false });
		expect(covers(partial(d.plan(VIEW, [c])).boxes, 50, 30)).toBe(true);
		c.set({ visible: true });
		expect(covers(partial(d.plan(VIEW, [c])).boxes, 50, 30)).toBe(true);
	});

	it("draws everything after a change of view, of size, of background, of stacking, or while an object is dragged", () => {
		const a = card(0, 0);
		const b = card(300, 0);
		const d = drawnOnce([a, b]);
		expect(d.plan({ ...VIEW, transform: [2, 0, 0, 2, -100, 0] }, [a, b]).all).toBe(true);
		expect(d.plan({ ...VIEW, transform: [2, 0, 0, 2, -100, 0], width: 900 }, [a, b]).all).toBe(true);
		expect(d.plan({ ...VIEW, transform: [2, 0, 0, 2, -100, 0], width: 900, background: "#fff" }, [a, b]).all).toBe(true);
		const view = { ...VIEW, transform: [2, 0, 0, 2, -100, 0], width: 900, background: "#fff" };
		expect(d.plan(view, [a, b]).all).toBe(false);
		expect(d.plan(view, [b, a]).all, "stacking changed").toBe(true);
		expect(d.plan({ ...view, drawsOutside: true }, [b, a]).all, "an object being dragged").toBe(true);
	});

	it("draws a card selected, with the borders fabric draws around it, and again once it is not", () => {
		const a = card(100, 100);
		const b = card(400, 100);
		a.set({ hasBorders: true, padding: 3, borderScaleFactor: 1 });
		const d = drawnOnce([a, b]);
		const selected = partial(d.plan({ ...VIEW, active: a }, [a, b]));
		// Its border reaches 3 + 1 px outside its box, on every side.
		expect(covers(selected.boxes, 96.5, 96.5)).toBe(true);
		expect(covers(selected.boxes, 203.5, 163.5)).toBe(true);
		expect(selected.objects).toEqual([a]);
		// Moved while selected (a remote move): where its borders were and are.
		a.set({ left: 120 });
		const moved = partial(d.plan({ ...VIEW, active: a }, [a, b]));
		expect(covers(moved.boxes, 96.5, 96.5)).toBe(true);
		expect(covers(moved.boxes, 223.5, 163.5)).toBe(true);
		const released = partial(d.plan({ ...VIEW, active: b }, [a, b]));
		expect(covers(released.boxes, 116.5, 96.5), "the old selection's border").toBe(true);
		expect(released.objects).toEqual([a, b]);
	});

	it("draws everything when most of the canvas changed", () => {
		const big = new Rect({ left: 0, top: 0, width: 900, height: 700, originX: "left", originY: "top" });
		const d = drawnOnce([big]);
		big.set({ left: 10 });
		expect(d.plan(VIEW, [big]).all).toBe(true);
	});

	it("places the boxes in the canvas through the view's zoom and pan", () => {
		const c = card(100, 100);
		const view = { ...VIEW, transform: [2, 0, 0, 2, -150, -50] };
		const d = drawnOnce([c], view);
		c.set({ top: 110 });
		// The world's (100, 100)–(200, 170) is the canvas's (50, 150)–(250, 290).
		const plan = partial(d.plan(view, [c]));
		expect(covers(plan.boxes, 52, 152)).toBe(true);
		expect(covers(plan.boxes, 248, 288)).toBe(true);
		expect(covers(plan.boxes, 30, 152)).toBe(false);
	});

	it("draws only the dots of the field that came, went or moved", () => {
		const field = new DotField();
		field.put("a", 100, 100, "#e33");
		field.put("b", 600, 500, "#33e");
		const note = card(80, 80);
		const d = drawnOnce([note, field]);
		field.move("a", 140, 100);
		const plan = partial(d.plan(VIEW, [note, field]));
		expect(covers(plan.boxes, 100, 100), "where the dot was").toBe(true);
		expect(covers(plan.boxes, 140, 100), "where it is").toBe(true);
		expect(covers(plan.boxes, 600, 500), "the dot that stayed").toBe(false);
		expect(plan.objects).toEqual([note, field]);
		// Nothing since: nothing to draw.
		expect(partial(d.plan(VIEW, [note, field])).objects).toEqual([]);
	});

	it("puts the clip's edges on whole device pixels, inside the canvas", () => {
		const canvas = { x0: 0, y0: 0, x1: 1000, y1: 800 };
		const b = aligned({ x0: 10.3, y0: -5, x1: 20.1, y1: 900 }, canvas, 1.5);
		expect(b.x0 * 1.5).toBe(Math.floor(10.3 * 1.5));
		expect(b.x1 * 1.5).toBe(Math.ceil(20.1 * 1.5));
		expect(b.y0).toBe(0);
		expect(b.y1).toBe(800);
		expect(intersects(b, { x0: 15, y0: 15, x1: 16, y1: 16 })).toBe(true);
	});
});
