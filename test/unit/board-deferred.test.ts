/**
 * The cards a board keeps as specs at its start (src/board/deferred.ts): only new cards off
 * the view it opens on, until it stops deferring; an update of a kept card keeps it kept
 * (its latest spec); they are made in the order they came.
 */
import { describe, expect, it } from "vitest";
import { aroundView, DeferredCards } from "../../src/board/deferred";
import type { CardSpec } from "../../src/board/spec";

const card = (id: string, x: number, y: number): CardSpec => ({
	id,
	kind: "rule",
	x,
	y,
	w: 100,
	h: 60,
	fill: "#fff",
	title: "",
	titleSize: 12,
	lines: [id],
	bodySize: 12,
	bodyTop: 8,
});

describe("the cards kept for later", () => {
	it("keeps only what lies off the view, while deferring", () => {
		const later = new DeferredCards();
		expect(later.keep(card("far", 5000, 0))).toBe(false);
		later.start({ x: 0, y: 0, w: 1000, h: 800 });
		expect(later.keep(card("on", 10, 10))).toBe(false);
		expect(later.keep(card("edge", 950, 790))).toBe(false);
		expect(later.keep(card("far", 5000, 0))).toBe(true);
		later.stop();
		expect(later.keep(card("far2", 6000, 0))).toBe(false);
		// Kept already: its newer spec replaces the older, still kept.
		expect(later.keep(card("far", 5100, 0))).toBe(true);
		expect(later.get("far")?.x).toBe(5100);
		expect(later.size).toBe(1);
	});

	it("gives them back a few at a time, in the order they came", () => {
		const later = new DeferredCards();
		later.start({ x: 0, y: 0, w: 10, h: 10 });
		for (const id of ["a", "b", "c", "d", "e"]) later.keep(card(id, 500, 500));
		expect(later.take(2).map((c) => c.id)).toEqual(["a", "b"]);
		expect(later.delete("d")).toBe(true);
		expect(later.take(10).map((c) => c.id)).toEqual(["c", "e"]);
		expect(later.size).toBe(0);
	});

	it("looks as far again around the view as the view itself", () => {
		// Zoom 2, the world's (100, 50) at the canvas's top-left: the view is 400×300 world units.
		expect(aroundView([2, 0, 0, 2, -200, -100], 800, 600)).toEqual({ x: -100, y: -100, w: 800, h: 600 });
	});
});
