/**
 * Other people's dots drawn as one object (`src/board/dotField.ts`): its box holds every dot
 * (fabric skips an object whose box is off screen), it is never picked up, and one frame
 * draws every dot where it is, in its colour, outlined, in one path per colour.
 */
import { describe, expect, it } from "vitest";
import { DotField } from "../../src/board/dotField";
import { DOT_R } from "../../src/board/layout";

/** A 2D context that records the circles filled and stroked. */
function recordingContext() {
	const filled: { color: string; centres: [number, number][] }[] = [];
	let stroked: [number, number][] = [];
	let path: [number, number][] = [];
	const ctx = {
		fillStyle: "",
		strokeStyle: "",
		lineWidth: 0,
		beginPath: () => {
			path = [];
		},
		moveTo: () => {},
		arc: (x: number, y: number, r: number) => {
			expect(r).toBe(DOT_R);
			path.push([x, y]);
		},
		fill: () => filled.push({ color: ctx.fillStyle, centres: path }),
		stroke: () => {
			stroked = path;
		},
	};
	return { ctx, filled, stroked: () => stroked };
}

describe("other people's dots, one object", () => {
	it("holds every dot in its box, follows moves and removals, and says when nothing changed", () => {
		const field = new DotField();
		expect(field.put("a", 100, 50, "#f00")).toBe(true);
		expect(field.put("b", 300, 250, "#00f")).toBe(true);
		expect(field.put("b", 300, 250, "#00f")).toBe(false);
		expect(field.count).toBe(2);
		field.refit();
		const box = { left: field.left, top: field.top, right: field.left + field.width, bottom: field.top + field.height };
		expect(box.left).toBeLessThanOrEqual(100 - DOT_R);
		expect(box.top).toBeLessThanOrEqual(50 - DOT_R);
		expect(box.right).toBeGreaterThanOrEqual(300 + DOT_R);
		expect(box.bottom).toBeGreaterThanOrEqual(250 + DOT_R);
		expect(field.evented).toBe(false);
		expect(field.selectable).toBe(false);

		expect(field.move("b", 120, 60)).toBe(true);
		expect(field.move("nobody", 0, 0)).toBe(false);
		field.refit();
		expect(field.left + field.width).toBeLessThan(300);
		expect(field.remove("a")).toBe(true);
		expect(field.remove("a")).toBe(false);
		expect(field.has("b")).toBe(true);
		expect(field.count).toBe(1);
	});

	it("draws each dot at its world place, one fill per colour and one outline for all", () => {
		const field = new DotField();
		field.put("a", 100, 50, "#f00");
		field.put("b", 300, 250, "#00f");
		field.put("c", 140, 50, "#f00");
		field.refit();
		const { ctx, filled, stroked } = recordingContext();
		field._render(ctx as unknown as CanvasRenderingContext2D);
		// fabric draws the object with the origin at its box's centre: back to world coordinates.
		const cx = field.left + field.width / 2;
		const cy = field.top + field.height / 2;
		const world = (ps: [number, number][]) => ps.map(([x, y]) => [x + cx, y + cy]);
		expect(filled.map((f) => ({ color: f.color, centres: world(f.centres) }))).toEqual([
			{
				color: "#f00",
				centres: [
					[100, 50],
					[140, 50],
				],
			},
			{ color: "#00f", centres: [[300, 250]] },
		]);
		expect(world(stroked())).toHaveLength(3);
		expect(ctx.strokeStyle).toBe("#fff");
	});
});
