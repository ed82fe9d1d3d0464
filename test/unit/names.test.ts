import { describe, expect, it } from "vitest";
import { cleanName, distinctNames, shownName } from "../../src/domain/names";

describe("names as everyone reads them", () => {
	it("drops control characters, bidi overrides and isolates, zero-width characters", () => {
		expect(cleanName("\u0000Al\u0007ice")).toBe("Alice");
		expect(cleanName("\u202Eecila")).toBe("ecila");
		expect(cleanName("Bob\u2066\u2069\u200B\u200D\uFEFF")).toBe("Bob");
		expect(cleanName("  Jean\t\n  Dupont  ")).toBe("Jean Dupont");
	});

	it("keeps letters of every script, accents composed", () => {
		expect(cleanName("Chloe\u0301")).toBe("Chloé");
		expect(cleanName("محمد")).toBe("محمد");
		expect(cleanName("李小龍")).toBe("李小龍");
	});

	it("bounds a name read from the board to its limit (the server refuses a longer one)", () => {
		expect(Array.from(shownName("a".repeat(500))).length).toBe(60);
		expect(Array.from(distinctNames([{ id: "x", name: "b".repeat(500) }]).get("x") ?? "").length).toBe(60);
		expect(cleanName("a".repeat(500)).length).toBe(500);
	});

	it("tells two people with one name apart, in join order, ignoring case", () => {
		const names = distinctNames([
			{ id: "a", name: "Alice" },
			{ id: "b", name: "Bob" },
			{ id: "c", name: "alice" },
			{ id: "d", name: "Al\u202Eice" },
		]);
		expect([...names.values()]).toEqual(["Alice", "Bob", "alice (2)", "Alice (3)"]);
	});

	it("gives a name that cleans to nothing a placeholder", () => {
		expect(distinctNames([{ id: "x", name: "\u202E\u0000" }], "Quelqu'un").get("x")).toBe("Quelqu'un");
	});
});
