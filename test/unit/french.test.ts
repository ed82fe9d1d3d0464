import { describe, expect, it } from "vitest";
import { de } from "../../src/domain/french";
import { refusalMessage } from "../../src/domain/messages";

describe("French elision: de + a name", () => {
	it("elides before a vowel, accented or not, and a mute h", () => {
		expect(de("Alice")).toBe("d'Alice");
		expect(de("Émile")).toBe("d'Émile");
		expect(de("Océane")).toBe("d'Océane");
		expect(de("Ibrahim")).toBe("d'Ibrahim");
		expect(de("Hélène")).toBe("d'Hélène");
		expect(de("Yves")).toBe("d'Yves");
		expect(de("  Ugo")).toBe("d'Ugo");
	});

	it("keeps de before a consonant, a y sounding as a consonant, or nothing", () => {
		expect(de("Bruno")).toBe("de Bruno");
		expect(de("Yann")).toBe("de Yann");
		expect(de("Zoé")).toBe("de Zoé");
		expect(de("")).toBe("de ");
		expect(de("42")).toBe("de 42");
	});
});

describe("refusals worded for the person who acts", () => {
	it("names the person the facilitator acts on, in both languages", () => {
		const fr = refusalMessage("notEligibleYet", "fr", { name: "Alice" });
		const en = refusalMessage("notEligibleYet", "en", { name: "Alice" });
		expect(fr).toContain("Alice s'est déjà exprimé·e");
		expect(fr).not.toMatch(/Vous/);
		expect(en).toContain("Alice has already spoken");
		expect(en).not.toMatch(/\bYou\b/);
		expect(refusalMessage("notYourTurn", "fr", { name: "Alice" })).toContain("tour d'Alice");
		expect(refusalMessage("notForYourRole", "fr", { name: "Bruno" })).toContain("Bruno");
	});

	it("keeps the person's own wording when they act for themselves", () => {
		expect(refusalMessage("notEligibleYet", "fr")).toMatch(/^Vous vous êtes déjà exprimé·e/);
		expect(refusalMessage("notEligibleYet", "fr", undefined)).toMatch(/^Vous/);
	});
});

describe("the board list's words elide de before a name", () => {
	it("reads d'Alice and de Bruno for rebonds, notes and questions", async () => {
		const { boardWords } = await import("../../src/ui/board-list/words");
		const fr = boardWords("fr");
		expect(fr("sourceRebond", { name: "Alice" })).toBe("Rebond d'Alice");
		expect(fr("sourceNote", { name: "Émile" })).toBe("Note d'Émile");
		expect(fr("sourceQuestion", { name: "Bruno" })).toBe("Question de Bruno");
		expect(fr("columnOf", { name: "Alice" })).toBe("Rebonds d'Alice");
		expect(boardWords("en")("sourceRebond", { name: "Alice" })).toBe("Rebond by Alice");
	});
});
