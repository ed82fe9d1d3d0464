import { describe, expect, it } from "vitest";
import { refuse } from "../../src/domain/actions";
import {
	IDEA_SOURCES,
	MAX_IDEAS,
	MIN_IDEAS,
	REBOND_KINDS,
	checkHarvest,
	documentationAnswers,
	questionIdeaText,
	rebondIdeaText,
	everyoneAgrees,
	harvestComplete,
	isIdeaSource,
	isRebondKind,
} from "../../src/domain/recolte";

const kept = (...keptSourceIds: string[]) => ({ keptSourceIds });

describe("keeping ideas (the offreur's récolte)", () => {
	it("keeps 2 or 3 ideas, as the kit says", () => {
		expect([MIN_IDEAS, MAX_IDEAS]).toEqual([2, 3]);
	});

	it("accepts the first, second and third idea", () => {
		expect(checkHarvest(kept(), "r1")).toEqual({ ok: true });
		expect(checkHarvest(kept("r1"), "n1")).toEqual({ ok: true });
		expect(checkHarvest(kept("r1", "n1"), "q1")).toEqual({ ok: true });
	});

	it("refuses a fourth idea with tooManyIdeas", () => {
		expect(checkHarvest(kept("r1", "n1", "q1"), "r2")).toEqual(refuse("tooManyIdeas"));
	});

	it("refuses the same source twice with alreadyHarvested", () => {
		expect(checkHarvest(kept("r1"), "r1")).toEqual(refuse("alreadyHarvested"));
		expect(checkHarvest(kept("r1", "n1"), "n1")).toEqual(refuse("alreadyHarvested"));
	});

	it("says alreadyHarvested (not tooManyIdeas) for a kept source when the récolte is full", () => {
		expect(checkHarvest(kept("r1", "n1", "q1"), "q1")).toEqual(refuse("alreadyHarvested"));
	});

	it("accepts again once an idea is released", () => {
		const full = ["r1", "n1", "q1"];
		const released = full.filter((id) => id !== "n1");
		expect(checkHarvest(kept(...released), "r2")).toEqual({ ok: true });
		expect(checkHarvest(kept(...released), "n1")).toEqual({ ok: true });
	});

	it("does not change the state it is given", () => {
		const state = kept("r1", "n1");
		checkHarvest(state, "q1");
		expect(state).toEqual(kept("r1", "n1"));
	});
});

describe("is the récolte complete?", () => {
	it.each([
		[0, false],
		[1, false],
		[2, true],
		[3, true],
		[4, false],
	])("with %i ideas: %s", (count, complete) => {
		const ids = Array.from({ length: count }, (_, i) => `s${i}`);
		expect(harvestComplete(kept(...ids))).toBe(complete);
	});
});

describe("idea sources and rebond kinds", () => {
	it("an idea comes from a rebond, a note or a question", () => {
		expect([...IDEA_SOURCES].sort()).toEqual(["note", "question", "rebond"]);
		for (const s of ["rebond", "note", "question"]) expect(isIdeaSource(s)).toBe(true);
	});

	it("nothing else is an idea source", () => {
		for (const s of ["", "Rebond", "rule", "problematique", "learning", "idea", " note"]) {
			expect(isIdeaSource(s), JSON.stringify(s)).toBe(false);
		}
	});

	it("a rebond is a témoignage or a référence", () => {
		expect([...REBOND_KINDS].sort()).toEqual(["reference", "temoignage"]);
		expect(isRebondKind("temoignage")).toBe(true);
		expect(isRebondKind("reference")).toBe(true);
	});

	it("never advice, judgement or anything else", () => {
		for (const k of ["conseil", "jugement", "", "Temoignage", "témoignage", "référence", "question"]) {
			expect(isRebondKind(k), JSON.stringify(k)).toBe(false);
		}
	});
});

describe("documentation needs everyone's agreement", () => {
	const people = ["fanny", "alice", "bob"];

	it("holds when every person said yes", () => {
		const agreements = new Map([
			["fanny", true],
			["alice", true],
			["bob", true],
		]);
		expect(everyoneAgrees(people, agreements)).toBe(true);
	});

	it("is false for an empty list of people (nobody agreed)", () => {
		expect(everyoneAgrees([], new Map())).toBe(false);
		expect(everyoneAgrees([], new Map([["alice", true]]))).toBe(false);
	});

	it("is false when one person said no", () => {
		const agreements = new Map([
			["fanny", true],
			["alice", false],
			["bob", true],
		]);
		expect(everyoneAgrees(people, agreements)).toBe(false);
	});

	it("is false when one person has not answered", () => {
		const agreements = new Map([
			["fanny", true],
			["bob", true],
		]);
		expect(everyoneAgrees(people, agreements)).toBe(false);
	});

	it("ignores agreements of people who are not listed", () => {
		const agreements = new Map([
			["fanny", true],
			["alice", true],
			["bob", true],
			["someone-else", false],
		]);
		expect(everyoneAgrees(people, agreements)).toBe(true);
	});
});

describe("documentation: each person answers yes or no", () => {
	it("lists who agreed, who refused and who has not answered; one no blocks", () => {
		const answers = new Map([
			["ana", true],
			["ben", false],
		]);
		expect(documentationAnswers(["ana", "ben", "cyd"], answers)).toEqual({ agreed: ["ana"], refused: ["ben"], notYet: ["cyd"] });
		expect(everyoneAgrees(["ana", "ben"], answers)).toBe(false);
		expect(everyoneAgrees(["ana"], answers)).toBe(true);
	});
});

describe("the text of an idea kept from its source: one home", () => {
	it("joins a rebond's answered prompts, and a question with its answer", () => {
		expect(rebondIdeaText({ confronted: "Oui", howMet: "", whatWorked: "Déléguer" })).toBe("Oui — Déléguer");
		expect(questionIdeaText({ text: "Depuis quand ?", answer: "Six mois." })).toBe("Depuis quand ? → Six mois.");
		expect(questionIdeaText({ text: "Avec qui ?", answer: "" })).toBe("Avec qui ?");
	});
});
