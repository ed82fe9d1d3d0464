import { describe, expect, it } from "vitest";
import { NNBSP, canvasWords } from "../../src/board/words";
import { de } from "../../src/domain/french";
import { questionText, rebondParts } from "../../src/domain/ideaText";

describe("the canvas's words", () => {
	it("counts gommettes in French and dots in English, with plural rules", () => {
		const fr = canvasWords("fr");
		const en = canvasWords("en");
		expect([0, 1, 2, 5].map(fr.dots)).toEqual(["0 gommette", "1 gommette", "2 gommettes", "5 gommettes"]);
		expect([0, 1, 2].map(en.dots)).toEqual(["0 dots", "1 dot", "2 dots"]);
		expect(fr.dotsLeft(1)).toBe(`Gommettes restantes${NNBSP}: 1`);
		expect(en.dotsLeft(1)).toBe("Dots left: 1");
	});

	it("never says gommettes, votes or French spacing in English", () => {
		const en = canvasWords("en");
		const texts = [
			en.dots(3),
			en.dotsLeft(2),
			en.tied("A, B"),
			en.when("soon"),
			en.chosen,
			en.source("rebond", "Alice"),
			...Object.values(en.zones),
		];
		for (const t of texts) {
			expect(t).not.toMatch(/gommette/i);
			expect(t).not.toContain(NNBSP);
			expect(t).not.toMatch(/ [:;?!]/);
		}
	});

	it("uses a narrow no-break space before French high punctuation", () => {
		const fr = canvasWords("fr");
		for (const t of [fr.tied("A, B"), fr.when("lundi"), fr.dotsLeft(3)]) expect(t).toMatch(new RegExp(`${NNBSP}:`));
	});

	it("elides de before a vowel or an h", () => {
		expect(["Alice", "Émile", "Hélène", "Yves", "Bob", "Zoé", "Yann"].map(de)).toEqual([
			"d'Alice",
			"d'Émile",
			"d'Hélène",
			"d'Yves",
			"de Bob",
			"de Zoé",
			"de Yann",
		]);
		expect(de("")).toBe("de ");
	});
});

describe("what a rebond and a question card say", () => {
	it("a rebond's filled fields, and a question with its answer", () => {
		expect(rebondParts({ confronted: "Oui", howMet: "", whatWorked: "Ça a marché" })).toEqual(["Oui", "Ça a marché"]);
		expect(questionText({ text: "Depuis quand ?", answer: "Six mois." })).toBe("Depuis quand ? → Six mois.");
		expect(questionText({ text: "Qui ?", answer: "" })).toBe("Qui ?");
	});
});
