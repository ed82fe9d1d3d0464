import { describe, expect, it } from "vitest";
import {
	checkAgreement,
	documentationStanding,
	hiddenNames,
	namesAnyOf,
	normalizedAgreement,
	type AgreementAnswer,
} from "../../src/domain/agreement";
import { LIMITS } from "../../src/domain/limits";

const people = ["fanny", "alice", "bob", "chloe"];
const answers = (entries: [string, AgreementAnswer][]) => new Map(entries);

describe("the documentation agreement", () => {
	it("is open only once everyone said yes, with their name or anonymously", () => {
		const s = documentationStanding(
			people,
			answers([
				["fanny", { agree: true }],
				["alice", { agree: true, anonymous: false }],
				["bob", { agree: true, anonymous: true }],
				["chloe", { agree: true }],
			]),
		);
		expect(s.status).toBe("open");
		expect(s.named).toEqual(["fanny", "alice", "chloe"]);
		expect(s.anonymous).toEqual(["bob"]);
	});

	it("waits while someone has not answered (not answered is not agreed)", () => {
		const s = documentationStanding(people, answers([["fanny", { agree: true }]]));
		expect(s.status).toBe("waiting");
		expect(s.notYet).toEqual(["alice", "bob", "chloe"]);
		expect(documentationStanding([], new Map()).status).toBe("waiting");
	});

	it("one no blocks it, with its reason (or none: nobody must justify)", () => {
		const s = documentationStanding(
			people,
			answers([
				["fanny", { agree: true }],
				["alice", { agree: false, reason: "  C'est trop personnel " }],
				["bob", { agree: false }],
				["chloe", { agree: true }],
			]),
		);
		expect(s.status).toBe("blocked");
		expect(s.refused).toEqual([
			{ userId: "alice", reason: "C'est trop personnel" },
			{ userId: "bob", reason: undefined },
		]);
	});

	it("hides everyone but those who said yes with their name", () => {
		const s = documentationStanding(
			people,
			answers([
				["fanny", { agree: true }],
				["alice", { agree: true, anonymous: true }],
			]),
		);
		expect([...hiddenNames(s, [...people, "observer"])].sort()).toEqual(["alice", "bob", "chloe", "observer"]);
	});

	it("checks what a person sends: a reason goes with a no, anonymity with a yes, the reason within its limit", () => {
		expect(checkAgreement({ agree: true, anonymous: true })).toEqual({ ok: true });
		expect(checkAgreement({ agree: false, reason: "Pas à l'aise" })).toEqual({ ok: true });
		expect(checkAgreement({ agree: false })).toEqual({ ok: true });
		expect(checkAgreement({ agree: true, reason: "x" })).toEqual({ ok: false, reason: "reasonOnlyForNo" });
		expect(checkAgreement({ agree: false, anonymous: true })).toEqual({ ok: false, reason: "anonymousOnlyForYes" });
		expect(checkAgreement({ agree: false, reason: "x".repeat(LIMITS.reason) })).toEqual({ ok: true });
		expect(checkAgreement({ agree: false, reason: "x".repeat(LIMITS.reason + 1) })).toEqual({ ok: false, reason: "textTooLong" });
	});

	it("stores a yes with its anonymity and a no with its trimmed reason", () => {
		expect(normalizedAgreement({ agree: true })).toEqual({ agree: true, anonymous: false, reason: undefined });
		expect(normalizedAgreement({ agree: false, reason: "  " })).toEqual({
			agree: false,
			anonymous: undefined,
			reason: undefined,
		});
		expect(normalizedAgreement({ agree: false, reason: " non " })).toEqual({ agree: false, anonymous: undefined, reason: "non" });
	});

	it("finds a name in a text as a whole word, any case", () => {
		expect(namesAnyOf("Merci à bob pour son rebond", ["Bob"])).toBe("Bob");
		expect(namesAnyOf("Un bobsleigh", ["Bob"])).toBeUndefined();
		expect(namesAnyOf("Chloé a dit", ["Alice", "Chloé"])).toBe("Chloé");
		expect(namesAnyOf("Rien", ["", " "])).toBeUndefined();
	});
});
