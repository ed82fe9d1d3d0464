import { describe, expect, it } from "vitest";
import { labelled, NARROW_NBSP, punctuate } from "../../src/domain/typography";

describe("each language's punctuation", () => {
	it("writes a label and its value: French with a narrow no-break space before the colon, English none", () => {
		expect(labelled("When", "end of the month", "en")).toBe("When: end of the month");
		expect(labelled("Quand", "fin du mois", "fr")).toBe(`Quand${NARROW_NBSP}: fin du mois`);
	});

	it("spaces : ; ! ? as each language does", () => {
		expect(punctuate("When : soon ! Really ?", "en")).toBe("When: soon! Really?");
		expect(punctuate("Quand: bientôt ! Vraiment?", "fr")).toBe(
			`Quand${NARROW_NBSP}: bientôt${NARROW_NBSP}! Vraiment${NARROW_NBSP}?`,
		);
		// Not inside a URL or a time.
		expect(punctuate("https://example.org à 08:02", "fr")).toBe("https://example.org à 08:02");
	});
});
