import { describe, expect, it } from "vitest";
import { catalogue } from "../../src/domain/catalogue";

describe("the word catalogue", () => {
	const words = catalogue({
		fr: { left: { one: "{n} gommette restante", other: "{n} gommettes restantes" }, hello: "Bonjour {name}" },
		en: { left: { one: "{n} dot left", other: "{n} dots left" }, hello: "Hello {name}" },
	});
	it("chooses each language's plural form", () => {
		expect(words("fr")("left", { n: 0 })).toBe("0 gommette restante");
		expect(words("fr")("left", { n: 1 })).toBe("1 gommette restante");
		expect(words("fr")("left", { n: 2 })).toBe("2 gommettes restantes");
		expect(words("en")("left", { n: 0 })).toBe("0 dots left");
		expect(words("en")("left", { n: 1 })).toBe("1 dot left");
	});
	it("fills the names", () => {
		expect(words("en")("hello", { name: "Alice" })).toBe("Hello Alice");
	});
});

describe("the interface's word tables", () => {
	it("never give one key two different texts (the same word says the same thing everywhere)", async () => {
		const { MESSAGES } = await import("../../src/ui/i18n");
		const { FACILITATION_TABLES } = await import("../../src/ui/facilitation/words");
		const { BOARD_WORD_TABLES } = await import("../../src/ui/board-list/words");
		const { WORKSPACE_TABLES } = await import("../../src/ui/workspace/words");
		const { MY_WORKSHOPS_TABLES } = await import("../../src/ui/pages/myWorkshopsWords");
		const { GROUP_TABLES } = await import("../../src/ui/group/words");
		const { OFFER_TABLES } = await import("../../src/ui/group/offerWords");
		const tables = {
			i18n: MESSAGES,
			facilitation: FACILITATION_TABLES,
			board: BOARD_WORD_TABLES,
			workspace: WORKSPACE_TABLES,
			myWorkshops: MY_WORKSHOPS_TABLES,
			group: GROUP_TABLES,
			offers: OFFER_TABLES,
		};
		const clashes: string[] = [];
		for (const locale of ["fr", "en"] as const) {
			const seen = new Map<string, { where: string; text: string }>();
			for (const [where, table] of Object.entries(tables)) {
				for (const [key, entry] of Object.entries(table[locale])) {
					const text = JSON.stringify(entry);
					const before = seen.get(key);
					if (before && before.text !== text) clashes.push(`${locale} ${key}: ${before.where} ${before.text} ≠ ${where} ${text}`);
					else seen.set(key, { where, text });
				}
			}
		}
		expect(clashes).toEqual([]);
	});
});
