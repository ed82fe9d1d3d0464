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
