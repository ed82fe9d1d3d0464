import { describe, expect, it } from "vitest";
import { ELLIPSIS, estimateMeasure, fitText } from "../../src/board/textFit";

const m = estimateMeasure;
const opts = { width: 120, maxLines: 3, fontSize: 10 }; // 0.6 em: 20 characters a line

describe("fitting text into a card", () => {
	it("wraps words at the card's width and keeps the text's own line breaks", () => {
		const fit = fitText("Un point hebdo avec toute l'équipe\nÇa a marché", opts, m);
		expect(fit.truncated).toBe(false);
		expect(fit.lines).toEqual(["Un point hebdo avec", "toute l'équipe", "Ça a marché"]);
		for (const line of fit.lines) expect(m(line, 10, false)).toBeLessThanOrEqual(120);
	});

	it("breaks a word longer than a line between its characters", () => {
		const fit = fitText("x".repeat(50), { ...opts, maxLines: 5 }, m);
		expect(fit.lines).toEqual(["x".repeat(20), "x".repeat(20), "x".repeat(10)]);
	});

	it("cuts past the last line with an ellipsis that fits", () => {
		const fit = fitText("un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze", opts, m);
		expect(fit.truncated).toBe(true);
		expect(fit.lines).toHaveLength(3);
		expect(fit.lines[2]?.endsWith(ELLIPSIS)).toBe(true);
		expect(m(fit.lines[2] ?? "", 10, false)).toBeLessThanOrEqual(120);
	});

	it("a 2,000-character unbroken word gives a few short lines, quickly", () => {
		const word = `https://example.org/${"a".repeat(1980)}`;
		const start = performance.now();
		const fit = fitText(word, opts, m);
		expect(performance.now() - start).toBeLessThan(50);
		expect(fit.lines).toHaveLength(3);
		expect(fit.truncated).toBe(true);
		for (const line of fit.lines) expect(m(line, 10, false)).toBeLessThanOrEqual(120);
	});

	it("an empty text is one empty line, not cut", () => {
		expect(fitText("", opts, m)).toEqual({ lines: [""], truncated: false });
	});
});
