import { describe, expect, it } from "vitest";
import {
	FACILITATION_ACTIONS,
	WORKSHOP_ACTIONS,
	allowedActions,
	isFacilitationAction,
	mayAct,
	mayActNow,
	refuse,
	type WorkshopAction,
} from "../../src/domain/actions";
import { STEP_IDS, type Role, type StepId } from "../../src/domain/steps";

const ROLES: readonly Role[] = ["facilitator", "participant", "offreur", "contributor", "observer"];
const ACTING = ["facilitator", "participant", "offreur", "contributor"] as const;
type Acting = (typeof ACTING)[number];

/** Every (step, role) pair where `action` is accepted. */
function whereAllowed(action: WorkshopAction): string[] {
	const out: string[] = [];
	for (const step of STEP_IDS) {
		for (const role of ROLES) {
			if (mayAct(step, role, action).ok) out.push(`${step}/${role}`);
		}
	}
	return out;
}

describe("the facilitator", () => {
	it("never votes, at any step", () => {
		for (const step of STEP_IDS) expect(mayAct(step, "facilitator", "vote").ok).toBe(false);
	});

	it("never writes a problématique, at any step", () => {
		for (const step of STEP_IDS) expect(mayAct(step, "facilitator", "writeProblematique").ok).toBe(false);
	});

	it("is told the facilitator does not vote, and that problématiques are not for their role", () => {
		expect(mayAct("choix", "facilitator", "vote")).toEqual(refuse("facilitatorDoesNotVote"));
		expect(mayAct("expose", "facilitator", "vote")).toEqual(refuse("facilitatorDoesNotVote"));
		expect(mayAct("recherche", "facilitator", "writeProblematique")).toEqual(refuse("notForYourRole"));
	});

	it.each(STEP_IDS)("may take every facilitation action at step %s", (step) => {
		for (const action of FACILITATION_ACTIONS) expect(mayAct(step, "facilitator", action)).toEqual({ ok: true });
	});

	it("writes the rules sheet with the group", () => {
		expect(mayAct("regles", "facilitator", "writeRule").ok).toBe(true);
	});
});

describe("facilitation actions belong to the facilitator", () => {
	it.each(["participant", "offreur", "contributor"] as const)("refuses them to a %s with facilitatorOnly", (role) => {
		for (const step of STEP_IDS) {
			for (const action of FACILITATION_ACTIONS) {
				expect(mayAct(step, role, action)).toEqual(refuse("facilitatorOnly"));
			}
		}
	});

	it("tells facilitation actions from workshop actions", () => {
		for (const a of FACILITATION_ACTIONS) expect(isFacilitationAction(a)).toBe(true);
		for (const a of WORKSHOP_ACTIONS) expect(isFacilitationAction(a)).toBe(false);
	});

	it("never lists a facilitation action among a role's workshop actions", () => {
		for (const step of STEP_IDS) {
			for (const role of ROLES) {
				for (const a of allowedActions(step, role)) expect(isFacilitationAction(a)).toBe(false);
			}
		}
	});
});

describe("observers only watch", () => {
	it("refuses every action at every step with observerReadOnly", () => {
		for (const step of STEP_IDS) {
			for (const action of [...WORKSHOP_ACTIONS, ...FACILITATION_ACTIONS]) {
				expect(mayAct(step, "observer", action)).toEqual(refuse("observerReadOnly"));
			}
		}
	});

	it("has no allowed action anywhere", () => {
		for (const step of STEP_IDS) expect(allowedActions(step, "observer")).toEqual([]);
	});
});

describe("where each workshop action is possible", () => {
	it("writing a problématique: participants, in recherche only", () => {
		expect(whereAllowed("writeProblematique")).toEqual(["recherche/participant"]);
	});

	it("putting it on the table: participants, in partage only", () => {
		expect(whereAllowed("putOnTable")).toEqual(["partage/participant"]);
	});

	it("voting: participants, in choix only", () => {
		expect(whereAllowed("vote")).toEqual(["choix/participant"]);
	});

	it("consenting: the asked participant, in consentement only", () => {
		expect(whereAllowed("consent")).toEqual(["consentement/participant"]);
	});

	it("asking a clarification question: contributors, in clarification only", () => {
		expect(whereAllowed("askQuestion")).toEqual(["clarification/contributor"]);
	});

	it("answering: the offreur, in clarification only", () => {
		expect(whereAllowed("answerQuestion")).toEqual(["clarification/offreur"]);
	});

	it("writing the request for help: the offreur, in reformulation only", () => {
		expect(whereAllowed("writeFormulation")).toEqual(["reformulation/offreur"]);
	});

	it("writing rebonds: contributors, in réflexion and échanges", () => {
		expect(whereAllowed("writeRebond")).toEqual(["reflexion/contributor", "echanges/contributor"]);
	});

	it("raising a hand and sharing a rebond: contributors in échanges only (the offreur does not speak)", () => {
		expect(whereAllowed("raiseHand")).toEqual(["echanges/contributor"]);
		expect(whereAllowed("shareRebond")).toEqual(["echanges/contributor"]);
	});

	it("harvesting ideas: the offreur alone, in récolte and plan", () => {
		expect(whereAllowed("harvest")).toEqual(["recolte/offreur", "plan/offreur"]);
	});

	it("writing the action plan: the offreur alone, in plan", () => {
		expect(whereAllowed("writePlan")).toEqual(["plan/offreur"]);
	});

	it("learnings: the offreur in partage-offreur, the contributors in partage-contributeurs", () => {
		expect(whereAllowed("writeLearning")).toEqual(["partage-offreur/offreur", "partage-contributeurs/contributor"]);
	});

	it("documentation: everyone agrees, only the offreur writes it, after the session", () => {
		expect(whereAllowed("agreeDocumentation")).toEqual([
			"documentation/facilitator",
			"documentation/offreur",
			"documentation/contributor",
		]);
		expect(whereAllowed("writeDocumentation")).toEqual(["documentation/offreur"]);
	});

	it("the offreur takes notes in échanges, but the facilitator does not write notes for the group", () => {
		expect(mayAct("echanges", "offreur", "writeNote").ok).toBe(true);
		expect(mayAct("expose", "contributor", "writeNote").ok).toBe(true);
		expect(mayAct("echanges", "facilitator", "writeNote").ok).toBe(false);
	});

	it("nobody acts on the board during accueil and présentation, beyond moving their own cards", () => {
		for (const step of ["invitation", "accueil", "presentation"] as const satisfies readonly StepId[]) {
			for (const role of ACTING) expect(allowedActions(step, role)).toEqual(["arrangeBoard"]);
		}
	});

	it("lets every acting role, never an observer, arrange their own cards at any step", () => {
		for (const step of STEP_IDS) {
			for (const role of ACTING) expect(mayAct(step, role, "arrangeBoard")).toEqual({ ok: true });
			expect(mayAct(step, "observer", "arrangeBoard")).toEqual(refuse("observerReadOnly"));
		}
	});
});

describe("the reason for a refusal", () => {
	it("is notInThisStep when nobody may do it at this step", () => {
		expect(mayAct("partage", "participant", "vote")).toEqual(refuse("notInThisStep"));
		expect(mayAct("echanges", "contributor", "askQuestion")).toEqual(refuse("notInThisStep"));
		expect(mayAct("choix", "participant", "writeProblematique")).toEqual(refuse("notInThisStep"));
		expect(mayAct("recolte", "offreur", "writePlan")).toEqual(refuse("notInThisStep"));
	});

	it("is notForYourRole when someone else may do it at this step", () => {
		expect(mayAct("clarification", "offreur", "askQuestion")).toEqual(refuse("notForYourRole"));
		expect(mayAct("clarification", "contributor", "answerQuestion")).toEqual(refuse("notForYourRole"));
		expect(mayAct("echanges", "offreur", "raiseHand")).toEqual(refuse("notForYourRole"));
		expect(mayAct("reflexion", "offreur", "writeRebond")).toEqual(refuse("notForYourRole"));
		expect(mayAct("plan", "contributor", "writePlan")).toEqual(refuse("notForYourRole"));
		expect(mayAct("recolte", "facilitator", "harvest")).toEqual(refuse("notForYourRole"));
	});

	it("is one of the two for an acting role refused a workshop action (the facilitator's vote has its own)", () => {
		for (const step of STEP_IDS) {
			for (const role of ACTING) {
				for (const action of WORKSHOP_ACTIONS) {
					const v = mayAct(step, role, action);
					if (v.ok) continue;
					const someoneMay = ACTING.some((r: Acting) => allowedActions(step, r).includes(action));
					const expected =
						role === "facilitator" && action === "vote"
							? "facilitatorDoesNotVote"
							: someoneMay
								? "notForYourRole"
								: "notInThisStep";
					expect(v.reason).toBe(expected);
				}
			}
		}
	});

	it("agrees with allowedActions: what is listed is accepted, what is not is refused", () => {
		for (const step of STEP_IDS) {
			for (const role of ACTING) {
				const listed = allowedActions(step, role);
				for (const action of WORKSHOP_ACTIONS) {
					expect(mayAct(step, role, action).ok).toBe(listed.includes(action));
				}
			}
		}
	});
});

describe("once the workshop has ended", () => {
	it("every action of every role is refused at every step: the board is read only", () => {
		for (const step of STEP_IDS)
			for (const role of ["facilitator", "participant", "offreur", "contributor", "observer"] as const)
				for (const action of [...WORKSHOP_ACTIONS, ...FACILITATION_ACTIONS])
					expect(mayActNow({ step, ended: true }, role, action)).toEqual({ ok: false, reason: "workshopEnded" });
	});
	it("before, the gate is the step/role table's", () => {
		expect(mayActNow({ step: "documentation", ended: false }, "offreur", "writeDocumentation")).toEqual({ ok: true });
		expect(mayActNow({ step: "documentation", ended: false }, "facilitator", "endWorkshop")).toEqual({ ok: true });
		expect(mayActNow({ step: "choix", ended: false }, "contributor", "endWorkshop")).toEqual({
			ok: false,
			reason: "facilitatorOnly",
		});
	});
});

describe("refusals", () => {
	it("are the same object while they say the same (rows of buttons compare them by identity)", () => {
		expect(refuse("notInThisStep")).toBe(refuse("notInThisStep"));
		expect(refuse("totalLimit", 3)).toBe(refuse("totalLimit", 3));
		expect(refuse("totalLimit", 3)).not.toBe(refuse("totalLimit", 4));
		expect(refuse("totalLimit", 3)).toEqual({ ok: false, reason: "totalLimit", max: 3 });
		expect(refuse("observerReadOnly")).toEqual({ ok: false, reason: "observerReadOnly" });
	});
});
