/**
 * The déroulé: the 18 steps of the kit, in order, with their indicative durations
 * and the actions each role may take during them. Texts live in `instructions.ts`.
 */
import type { Action } from "./actions";

export const STEP_IDS = [
	"invitation",
	"accueil",
	"presentation",
	"regles",
	"recherche",
	"partage",
	"choix",
	"consentement",
	"expose",
	"clarification",
	"reformulation",
	"reflexion",
	"echanges",
	"recolte",
	"plan",
	"partage-offreur",
	"partage-contributeurs",
	"documentation",
] as const;

export type StepId = (typeof STEP_IDS)[number];

/** The role a person holds in a given step. "participant" is everyone but the facilitator before consent. */
export type Role = "facilitator" | "participant" | "offreur" | "contributor" | "observer";

/** Roles whose instructions and rights the steps describe (observers only watch). */
export type ActingRole = Exclude<Role, "observer">;

export interface StepDuration {
	/** Indicative minutes; 0 for the steps outside the session (invitation, documentation). */
	readonly minutes: number;
	/** Upper bound the facilitator may stretch to (échanges: 20 to 45). */
	readonly maxMinutes?: number;
	/** The duration is per contributor (partage des contributeurs: 1 min per person). */
	readonly perContributor?: boolean;
	/** The duration is per participant presenting (partage: 2 min max each). */
	readonly perPersonTurnMinutes?: number;
}

export type SheetId =
	| "infographie"
	| "regles"
	| "problematiques"
	| "votes"
	| "roles"
	| "questions"
	| "formulation"
	| "rebonds"
	| "recolte";

export interface StepDefinition {
	readonly id: StepId;
	readonly index: number;
	readonly duration: StepDuration;
	/** True for the steps that happen during the session (the time plan counts them). */
	readonly inSession: boolean;
	readonly sheet?: SheetId;
	/** Workshop actions each role may take in this step (facilitation actions are apart). */
	readonly allowed: Readonly<Partial<Record<ActingRole, readonly Action[]>>>;
}

const NOTE: readonly Action[] = ["writeNote"];

function step(id: StepId, duration: StepDuration, allowed: StepDefinition["allowed"], sheet?: SheetId): StepDefinition {
	return {
		id,
		index: STEP_IDS.indexOf(id),
		duration,
		inSession: id !== "invitation" && id !== "documentation",
		allowed,
		...(sheet ? { sheet } : {}),
	};
}

export const STEPS: readonly StepDefinition[] = [
	step("invitation", { minutes: 0 }, {}),
	step("accueil", { minutes: 30 }, {}),
	step("presentation", { minutes: 2 }, {}, "infographie"),
	step("regles", { minutes: 3 }, { facilitator: ["writeRule"], participant: ["writeRule"] }, "regles"),
	step("recherche", { minutes: 10 }, { participant: ["writeProblematique"] }, "problematiques"),
	step("partage", { minutes: 20, perPersonTurnMinutes: 2 }, { participant: ["putOnTable"] }, "problematiques"),
	step("choix", { minutes: 2 }, { participant: ["vote"] }, "votes"),
	step("consentement", { minutes: 3 }, { participant: ["consent"] }, "roles"),
	step("expose", { minutes: 5 }, { offreur: NOTE, contributor: NOTE }),
	step(
		"clarification",
		{ minutes: 10 },
		{ offreur: ["answerQuestion", "writeNote"], contributor: ["askQuestion", "writeNote"] },
		"questions",
	),
	step("reformulation", { minutes: 5 }, { offreur: ["writeFormulation"], contributor: NOTE }, "formulation"),
	step("reflexion", { minutes: 5 }, { contributor: ["writeRebond"] }, "rebonds"),
	step(
		"echanges",
		{ minutes: 20, maxMinutes: 45 },
		{ offreur: ["writeNote"], contributor: ["writeRebond", "shareRebond", "raiseHand", "writeNote"] },
		"rebonds",
	),
	step("recolte", { minutes: 5 }, { offreur: ["harvest"] }, "recolte"),
	step("plan", { minutes: 2 }, { offreur: ["harvest", "writePlan"] }, "recolte"),
	step("partage-offreur", { minutes: 2 }, { offreur: ["writeLearning"] }),
	step("partage-contributeurs", { minutes: 1, perContributor: true }, { contributor: ["writeLearning"] }),
	step(
		"documentation",
		{ minutes: 0 },
		{
			facilitator: ["agreeDocumentation"],
			offreur: ["agreeDocumentation", "writeDocumentation"],
			contributor: ["agreeDocumentation"],
		},
	),
];

export const FIRST_STEP: StepId = "invitation";
export const CONSENT_STEP_INDEX = STEP_IDS.indexOf("consentement");

export function stepById(id: StepId): StepDefinition {
	const found = STEPS[STEP_IDS.indexOf(id)];
	if (!found) throw new Error(`Unknown step: ${id}`);
	return found;
}

export function isStepId(value: string): value is StepId {
	return (STEP_IDS as readonly string[]).includes(value);
}

/** The step after `id`, or undefined at the last step. */
export function nextStep(id: StepId): StepId | undefined {
	return STEP_IDS[STEP_IDS.indexOf(id) + 1];
}

/** The step before `id`, or undefined at the first step. */
export function previousStep(id: StepId): StepId | undefined {
	const index = STEP_IDS.indexOf(id);
	return index > 0 ? STEP_IDS[index - 1] : undefined;
}
