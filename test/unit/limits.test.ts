import { describe, expect, it } from "vitest";
import { LIMITS, checkText, textLength, type LimitedField } from "../../src/domain/limits";

const FIELDS = Object.keys(LIMITS) as LimitedField[];

describe("text limits", () => {
	it("trims the text it accepts", () => {
		expect(checkText("rule", "  Bienveillance \n\t")).toEqual({ ok: true, text: "Bienveillance" });
	});

	it("keeps the inner text exactly as written", () => {
		const text = "J'aimerais que le groupe m'aide à  mieux\ndéléguer 🙂";
		expect(checkText("formulation", text)).toEqual({ ok: true, text });
	});

	it("refuses an empty text", () => {
		expect(checkText("problematique", "")).toEqual({ ok: false, reason: "textEmpty", max: 400, length: 0 });
	});

	it("refuses a text of spaces only as empty", () => {
		const r = checkText("question", "   \n\t  ");
		expect(r.ok).toBe(false);
		expect(!r.ok && r.reason).toBe("textEmpty");
	});

	it("accepts an empty text where the field allows it", () => {
		expect(checkText("when", "  ", true)).toEqual({ ok: true, text: "" });
	});

	it.each(FIELDS)("accepts exactly the limit and refuses one more character for %s", (field) => {
		const max = LIMITS[field];
		expect(checkText(field, "x".repeat(max))).toEqual({ ok: true, text: "x".repeat(max) });
		expect(checkText(field, "x".repeat(max + 1))).toEqual({
			ok: false,
			reason: "textTooLong",
			max,
			length: max + 1,
		});
	});

	it("measures the length after trimming", () => {
		const max = LIMITS.title;
		expect(checkText("title", `   ${"t".repeat(max)}   `).ok).toBe(true);
	});

	it("counts an emoji as one character", () => {
		expect(textLength("😀")).toBe(1);
		expect(textLength("é🎉a")).toBe(3);
		const max = LIMITS.name;
		expect(checkText("name", "😀".repeat(max))).toEqual({ ok: true, text: "😀".repeat(max) });
		const r = checkText("name", "😀".repeat(max + 1));
		expect(r).toEqual({ ok: false, reason: "textTooLong", max, length: max + 1 });
	});

	it("never truncates: a too-long text gives no text back", () => {
		const r = checkText("rule", "r".repeat(LIMITS.rule + 50));
		expect(r.ok).toBe(false);
		expect("text" in r).toBe(false);
	});

	it("has sensible limits for the sheets (a problématique fits 400 characters, a note 2000)", () => {
		expect(LIMITS.problematique).toBe(400);
		expect(LIMITS.note).toBe(2000);
		for (const field of FIELDS) expect(LIMITS[field]).toBeGreaterThan(0);
	});
});
