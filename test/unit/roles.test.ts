import { describe, expect, it } from "vitest";
import { contributorsOf, participantsOf, roleOf, rolesDealt, type Person, type RoleContext } from "../../src/domain/roles";
import { STEP_IDS, type StepId } from "../../src/domain/steps";

const FAC = "fac";
const ANNE: Person = { id: "anne" };
const BOB: Person = { id: "bob" };
const CHLOE: Person = { id: "chloe" };
const OBS: Person = { id: "obs", observer: true };
const FACILITATOR: Person = { id: FAC };
const PEOPLE: readonly Person[] = [ANNE, FACILITATOR, BOB, OBS, CHLOE];

const BEFORE_CONSENT = STEP_IDS.slice(0, STEP_IDS.indexOf("consentement"));
const FROM_CONSENT = STEP_IDS.slice(STEP_IDS.indexOf("consentement"));

function ctx(step: StepId, offreurId?: string): RoleContext {
	return { step, facilitatorId: FAC, offreurId };
}

describe("before the role cards are dealt", () => {
	it.each(BEFORE_CONSENT)("everyone but the facilitator is a participant at %s", (step) => {
		expect(roleOf(ANNE, ctx(step))).toBe("participant");
		expect(roleOf(BOB, ctx(step))).toBe("participant");
		expect(roleOf(FACILITATOR, ctx(step))).toBe("facilitator");
	});

	it("a participant stays participant at consentement while nobody has said yes", () => {
		expect(rolesDealt(ctx("consentement"))).toBe(false);
		expect(roleOf(ANNE, ctx("consentement"))).toBe("participant");
	});

	it("a participant stays participant after consentement if no offreur was set", () => {
		expect(roleOf(ANNE, ctx("echanges"))).toBe("participant");
	});

	it("an offreur set before consentement (facilitator moved back to choix) deals no cards yet", () => {
		expect(rolesDealt(ctx("choix", "anne"))).toBe(false);
		expect(roleOf(ANNE, ctx("choix", "anne"))).toBe("participant");
		expect(roleOf(BOB, ctx("choix", "anne"))).toBe("participant");
	});
});

describe("once the offreur has said yes", () => {
	it.each(FROM_CONSENT)("at %s the chosen person is the offreur and the others are contributors", (step) => {
		const c = ctx(step, "anne");
		expect(rolesDealt(c)).toBe(true);
		expect(roleOf(ANNE, c)).toBe("offreur");
		expect(roleOf(BOB, c)).toBe("contributor");
		expect(roleOf(CHLOE, c)).toBe("contributor");
	});

	it("the facilitator stays facilitator", () => {
		for (const step of STEP_IDS) {
			expect(roleOf(FACILITATOR, ctx(step, "anne"))).toBe("facilitator");
			expect(roleOf(FACILITATOR, ctx(step))).toBe("facilitator");
		}
	});

	it("a handed-over facilitation changes who is facilitator", () => {
		const c: RoleContext = { step: "echanges", facilitatorId: "bob", offreurId: "anne" };
		expect(roleOf(BOB, c)).toBe("facilitator");
		expect(roleOf(FACILITATOR, c)).toBe("contributor");
	});
});

describe("observers", () => {
	it("are observers at every step, whatever else is set", () => {
		for (const step of STEP_IDS) {
			expect(roleOf(OBS, ctx(step))).toBe("observer");
			expect(roleOf(OBS, ctx(step, "anne"))).toBe("observer");
		}
	});

	it("an observer who is also the chosen author is still an observer", () => {
		expect(roleOf({ id: "anne", observer: true }, ctx("echanges", "anne"))).toBe("observer");
	});
});

describe("who is in which group", () => {
	it("contributors: everyone but facilitator, offreur and observers, in the given order", () => {
		expect(contributorsOf(PEOPLE, ctx("clarification", "bob"))).toEqual(["anne", "chloe"]);
		expect(contributorsOf(PEOPLE, ctx("clarification", "anne"))).toEqual(["bob", "chloe"]);
	});

	it("there are no contributors before the cards are dealt", () => {
		expect(contributorsOf(PEOPLE, ctx("choix"))).toEqual([]);
		expect(contributorsOf(PEOPLE, ctx("choix", "anne"))).toEqual([]);
	});

	it("participants (voters, authors): everyone but the facilitator and observers, in the given order", () => {
		expect(participantsOf(PEOPLE, ctx("recherche"))).toEqual(["anne", "bob", "chloe"]);
		expect(participantsOf(PEOPLE, ctx("echanges", "anne"))).toEqual(["anne", "bob", "chloe"]);
	});

	it("a group of the kit's size (1 + 1 + 6) gives 6 contributors", () => {
		const group: Person[] = [{ id: FAC }, ...["o", "c1", "c2", "c3", "c4", "c5", "c6"].map((id) => ({ id }))];
		expect(contributorsOf(group, ctx("expose", "o"))).toHaveLength(6);
		expect(participantsOf(group, ctx("recherche"))).toHaveLength(7);
	});
});
