import { describe, expect, it } from "vitest";
import {
	CONSENT_STEP_INDEX,
	FIRST_STEP,
	STEPS,
	STEP_IDS,
	isStepId,
	nextStep,
	previousStep,
	stepById,
	type StepId,
} from "../../src/domain/steps";

/** The déroulé of the spec, in order: id and indicative minutes ("before"/"after" are 0). */
const SPEC_DEROULE: ReadonlyArray<readonly [StepId, number]> = [
	["invitation", 0],
	["accueil", 30],
	["presentation", 2],
	["regles", 3],
	["recherche", 10],
	["partage", 20],
	["choix", 2],
	["consentement", 3],
	["expose", 5],
	["clarification", 10],
	["reformulation", 5],
	["reflexion", 5],
	["echanges", 20],
	["recolte", 5],
	["plan", 2],
	["partage-offreur", 2],
	["partage-contributeurs", 1],
	["documentation", 0],
];

describe("the déroulé", () => {
	it("has exactly 18 steps", () => {
		expect(STEP_IDS).toHaveLength(18);
		expect(STEPS).toHaveLength(18);
	});

	it("lists the spec's step ids in the spec's order", () => {
		expect([...STEP_IDS]).toEqual(SPEC_DEROULE.map(([id]) => id));
		expect(STEPS.map((s) => s.id)).toEqual(SPEC_DEROULE.map(([id]) => id));
	});

	it("numbers each step by its position (0 = invitation … 17 = documentation)", () => {
		for (const [i, s] of STEPS.entries()) expect(s.index).toBe(i);
		expect(stepById("invitation").index).toBe(0);
		expect(stepById("echanges").index).toBe(12);
		expect(stepById("documentation").index).toBe(17);
	});

	it.each(SPEC_DEROULE)("gives %s its indicative %i minutes", (id, minutes) => {
		expect(stepById(id).duration.minutes).toBe(minutes);
	});

	it("lets échanges stretch from 20 up to 45 minutes, and no other step", () => {
		expect(stepById("echanges").duration.maxMinutes).toBe(45);
		const stretchable = STEPS.filter((s) => s.duration.maxMinutes !== undefined).map((s) => s.id);
		expect(stretchable).toEqual(["echanges"]);
	});

	it("counts partage des contributeurs per contributor (1 min each), and only that step", () => {
		expect(stepById("partage-contributeurs").duration.perContributor).toBe(true);
		const perContributor = STEPS.filter((s) => s.duration.perContributor).map((s) => s.id);
		expect(perContributor).toEqual(["partage-contributeurs"]);
	});

	it("gives each participant 2 minutes at most in partage de problématiques", () => {
		expect(stepById("partage").duration.perPersonTurnMinutes).toBe(2);
	});

	it("keeps invitation (before) and documentation (after) out of the session, all others in", () => {
		const outside = STEPS.filter((s) => !s.inSession).map((s) => s.id);
		expect(outside).toEqual(["invitation", "documentation"]);
	});

	it("points each step at the kit's support sheet", () => {
		expect(stepById("presentation").sheet).toBe("infographie");
		expect(stepById("regles").sheet).toBe("regles");
		expect(stepById("recherche").sheet).toBe("problematiques");
		expect(stepById("choix").sheet).toBe("votes");
		expect(stepById("consentement").sheet).toBe("roles");
		expect(stepById("clarification").sheet).toBe("questions");
		expect(stepById("reformulation").sheet).toBe("formulation");
		expect(stepById("reflexion").sheet).toBe("rebonds");
		expect(stepById("echanges").sheet).toBe("rebonds");
		expect(stepById("recolte").sheet).toBe("recolte");
		expect(stepById("plan").sheet).toBe("recolte");
		expect(stepById("expose").sheet).toBeUndefined();
	});

	it("starts at invitation and deals the role cards at consentement (step 7)", () => {
		expect(FIRST_STEP).toBe("invitation");
		expect(CONSENT_STEP_INDEX).toBe(7);
		expect(STEP_IDS[CONSENT_STEP_INDEX]).toBe("consentement");
	});
});

describe("moving through the steps", () => {
	it("goes forward one step at a time", () => {
		expect(nextStep("invitation")).toBe("accueil");
		expect(nextStep("choix")).toBe("consentement");
		expect(nextStep("echanges")).toBe("recolte");
		expect(nextStep("partage-contributeurs")).toBe("documentation");
	});

	it("has no step after documentation", () => {
		expect(nextStep("documentation")).toBeUndefined();
	});

	it("goes back one step at a time", () => {
		expect(previousStep("accueil")).toBe("invitation");
		expect(previousStep("consentement")).toBe("choix");
		expect(previousStep("documentation")).toBe("partage-contributeurs");
	});

	it("has no step before invitation", () => {
		expect(previousStep("invitation")).toBeUndefined();
	});

	it("walks the whole déroulé forward and back without skipping", () => {
		const forward: StepId[] = [];
		for (let s: StepId | undefined = FIRST_STEP; s !== undefined; s = nextStep(s)) forward.push(s);
		expect(forward).toEqual([...STEP_IDS]);
		const back: StepId[] = [];
		for (let s: StepId | undefined = "documentation"; s !== undefined; s = previousStep(s)) back.push(s);
		expect(back).toEqual([...STEP_IDS].reverse());
	});
});

describe("step ids from outside (URLs, stored state)", () => {
	it("recognises every step id", () => {
		for (const id of STEP_IDS) expect(isStepId(id)).toBe(true);
	});

	it("rejects anything else", () => {
		for (const v of ["", "Accueil", "vote", "partage_offreur", "echanges ", "documentation2"]) {
			expect(isStepId(v)).toBe(false);
		}
	});

	it("stepById returns the definition of that very step", () => {
		for (const id of STEP_IDS) expect(stepById(id).id).toBe(id);
	});
});
