import { describe, expect, it } from "vitest";
import { Framing, minTextPx } from "../../src/board/framing";
import {
	DOT_R,
	MIN_SCREEN_DOT,
	MIN_SCREEN_TEXT,
	READABLE_ZOOM,
	ZONES,
	fitRect,
	hit,
	inIdeas,
	intersects,
	planIndexAt,
	planSlot,
	trayDotPosition,
	DOT_TRAY,
	contains,
	zoneOfStep,
	type ZoneId,
} from "../../src/board/layout";
import { frameTransform, visibleWorld } from "../../src/board/viewport";
import { ruleSpec, zoneSpecs } from "../../src/board/cardSpecs";
import { estimateMeasure } from "../../src/board/textFit";
import { canvasWords } from "../../src/board/words";
import { STEP_IDS, type StepId } from "../../src/domain/steps";

describe("the zone each step frames", () => {
	it("is the sheet the step works on", () => {
		const expected: Record<StepId, ZoneId> = {
			invitation: "deroule",
			accueil: "deroule",
			presentation: "deroule",
			regles: "rules",
			recherche: "problematiques",
			partage: "problematiques",
			choix: "problematiques",
			consentement: "votes",
			expose: "formulation",
			clarification: "questions",
			reformulation: "formulation",
			reflexion: "rebonds",
			echanges: "rebonds",
			recolte: "recolte",
			plan: "recolte",
			"partage-offreur": "recolte",
			"partage-contributeurs": "rebonds",
			documentation: "recolte",
		};
		for (const step of STEP_IDS) {
			expect(zoneOfStep(step), step).toBe(expected[step]);
			expect(fitRect(step)).toEqual(ZONES[expected[step]]);
		}
	});

	it("zones never overlap", () => {
		const zones = Object.values(ZONES);
		for (const [i, a] of zones.entries()) for (const b of zones.slice(i + 1)) expect(intersects(a, b)).toBe(false);
	});
});

describe("framing for reading", () => {
	const sizes = [
		{ name: "1280×800 browser", width: 900, height: 600 },
		{ name: "1920×1080 stage", width: 1880, height: 900 },
		{ name: "320 px side panel", width: 300, height: 560 },
	];
	for (const { name, width, height } of sizes) {
		it(`keeps card text ≥ ${MIN_SCREEN_TEXT} px and dots ≥ ${MIN_SCREEN_DOT} px on a ${name}`, () => {
			for (const step of STEP_IDS) {
				const { transform } = frameTransform(fitRect(step), width, height, READABLE_ZOOM);
				expect(transform[0] * 14).toBeGreaterThanOrEqual(MIN_SCREEN_TEXT);
				expect(transform[0] * 2 * DOT_R).toBeGreaterThanOrEqual(MIN_SCREEN_DOT);
				// The zone's top-left is in view.
				const seen = visibleWorld(transform, width, height);
				expect(contains(seen, fitRect(step).x + 1, fitRect(step).y + 1)).toBe(true);
			}
		});
	}

	it("shows every zone whole on a ~900×600 canvas", () => {
		for (const step of STEP_IDS) expect(frameTransform(fitRect(step), 900, 600, READABLE_ZOOM).whole, step).toBe(true);
	});

	it("frames the top-left of a zone too large, at the readable zoom", () => {
		const { transform, whole } = frameTransform(ZONES.rebonds, 300, 560, READABLE_ZOOM);
		expect(whole).toBe(false);
		expect(transform[0]).toBeCloseTo(READABLE_ZOOM, 5);
		expect(transform[4] + ZONES.rebonds.x * transform[0]).toBeCloseTo(12, 5);
	});

	it("stops framing by itself once the person moves the view, until asked again", () => {
		const f = new Framing();
		expect(f.auto).toBe(true);
		f.frame("regles", 900, 600);
		expect(f.zone).toBe("rules");
		f.moved();
		expect(f.auto).toBe(false);
		expect(f.zone).toBe("");
		f.resume();
		expect(f.auto).toBe(true);
		// Moved during a step: the next step frames by itself again.
		f.moved();
		f.stepChanged();
		expect(f.auto).toBe(true);
	});

	it("measures the smallest text on screen among the framed zone's visible cards", () => {
		const m = estimateMeasure;
		const cards = [...zoneSpecs(canvasWords("fr"), m), ruleSpec({ id: "r", authorName: "A", text: "x" }, 0, m)];
		const t = frameTransform(ZONES.rules, 900, 600, READABLE_ZOOM).transform;
		expect(minTextPx(cards, ZONES.rules, visibleWorld(t, 900, 600), t[0])).toBeCloseTo(14 * t[0], 5);
		expect(minTextPx([], ZONES.rules, visibleWorld(t, 900, 600), t[0])).toBeUndefined();
	});
});

describe("hit-testing", () => {
	it("finds the card under a point, the kept-ideas column and a plan position", () => {
		const rects = [
			["a", { x: 0, y: 0, w: 10, h: 10 }],
			["b", { x: 20, y: 0, w: 10, h: 10 }],
		] as const;
		expect(hit(rects, 25, 5)).toBe("b");
		expect(hit(rects, 15, 5)).toBeUndefined();
		expect(inIdeas({ x: ZONES.recolte.x + 100, y: ZONES.recolte.y + 200 })).toBe(true);
		expect(inIdeas({ x: ZONES.rebonds.x + 100, y: ZONES.rebonds.y + 200 })).toBe(false);
		expect(planIndexAt(planSlot(1).y + 5, 3)).toBe(1);
		expect(planIndexAt(planSlot(0).y - 100, 3)).toBe(0);
		expect(planIndexAt(planSlot(7).y, 3)).toBe(2);
	});

	it("keeps the tray's dots inside the tray, in the table's title band", () => {
		for (let i = 0; i < 3; i++) expect(contains(DOT_TRAY, trayDotPosition(i).x, trayDotPosition(i).y)).toBe(true);
		expect(contains(ZONES.problematiques, DOT_TRAY.x, DOT_TRAY.y)).toBe(true);
	});
});
