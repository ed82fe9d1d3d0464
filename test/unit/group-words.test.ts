import { describe, expect, it } from "vitest";
import { entryTexts } from "../../src/domain/catalogue";
import { groupIdFromPath, groupKeyFromHash, groupLink } from "../../src/ui/group/groupStore";
import { actionLine, returnLine } from "../../src/ui/group/returns";
import { OFFER_TABLES, offerWords } from "../../src/ui/group/offerWords";
import { GROUP_TABLES, groupWords, sessionDate, sessionDates } from "../../src/ui/group/words";

describe("a codev group's words", () => {
	it("French sets a narrow no-break space before : ; ! ? and no-break spaces inside « », English none", () => {
		for (const [key, entry] of [...Object.entries(GROUP_TABLES.fr), ...Object.entries(OFFER_TABLES.fr)]) {
			for (const text of entryTexts(entry)) {
				expect(text, key).not.toMatch(/[ \u00A0]?[^\u202F][:;!?](\s|$)/u);
				expect(text, key).not.toMatch(/«(?!\u00A0)|(?<!\u00A0)»/);
			}
		}
		for (const [key, entry] of [...Object.entries(GROUP_TABLES.en), ...Object.entries(OFFER_TABLES.en)]) {
			for (const text of entryTexts(entry)) expect(text, key).not.toMatch(/\s[:;!?](\s|$)|gommette/);
		}
	});

	it("keeps the kit's inclusive offreur·se in French and the word offreur in English", () => {
		expect(offerWords("fr")("priorOffer", { dates: "3 novembre 2026" })).toBe("déjà offreur·se le 3 novembre 2026");
		expect(offerWords("en")("priorOffer", { dates: "3 November 2026" })).toBe("already offreur on 3 November 2026");
	});

	it("writes the sessions' days in each language, in order", () => {
		const nov = Date.UTC(2026, 10, 3, 12);
		const dec = Date.UTC(2026, 11, 1, 12);
		expect(sessionDate(nov, "fr")).toBe("3 novembre 2026");
		expect(sessionDate(nov, "en")).toBe("3 November 2026");
		expect(sessionDates([dec, nov], "fr")).toBe("3 novembre 2026 et 1 décembre 2026");
		expect(sessionDates([dec, nov], "en")).toBe("3 November 2026 and 1 December 2026");
	});

	it("reads a return and an action as each language writes them", () => {
		const g = groupWords("fr");
		expect(returnLine({ status: "done", comment: "Trois binômes" }, g, "fr")).toBe("faite\u202F: Trois binômes");
		expect(returnLine({ status: "dropped", comment: "" }, g, "fr")).toBe("abandonnée");
		expect(returnLine({ status: "underway", comment: "half" }, groupWords("en"), "en")).toBe("under way: half");
		expect(actionLine({ text: "Appeler", when: "lundi" }, "fr")).toBe("Appeler — lundi");
		expect(actionLine({ text: "Appeler", when: "" }, "fr")).toBe("Appeler");
	});
});

describe("a group's address", () => {
	it("reads the id from /g/<id> and the key from the fragment only", () => {
		expect(groupIdFromPath("/g/abc123XYZ")).toBe("abc123XYZ");
		expect(groupIdFromPath("/g/new")).toBe("new");
		expect(groupIdFromPath("/w/abc")).toBeUndefined();
		expect(groupIdFromPath("/g/a/b")).toBeUndefined();
		expect(groupKeyFromHash("#g=k3y")).toBe("k3y");
		expect(groupKeyFromHash("")).toBeUndefined();
		expect(groupLink("https://x.example", "abc", "k3y")).toBe("https://x.example/g/abc#g=k3y");
	});
});

describe("a note whose author offered before in the group", () => {
	it("carries the flag on the board; the chosen one's flag wins", async () => {
		const { noteSpec } = await import("../../src/board/cardSpecs");
		const { canvasWords } = await import("../../src/board/words");
		const measure = (text: string) => text.length * 7;
		const note = {
			id: "n1",
			authorId: "u-a",
			authorName: "Alice",
			text: "Garder le cap",
			position: { x: 0, y: 0 },
			tally: undefined,
		};
		const words = canvasWords("fr");
		expect(noteSpec({ ...note, chosen: false, priorOffer: "Déjà offreur·se le 1 déc. 2026" }, words, measure).flag).toBe(
			"Déjà offreur·se le 1 déc. 2026",
		);
		expect(noteSpec({ ...note, chosen: false }, words, measure).flag).toBeUndefined();
		expect(noteSpec({ ...note, chosen: true, priorOffer: "Déjà offreur·se le 1 déc. 2026" }, words, measure).flag).toBe(
			words.chosen,
		);
	});
});
