/**
 * Which parts of the board a step works on, in the list's terms: the dock shows these
 * zones' controls during the step, the list view marks the first as current.
 */
import type { StepId } from "../../domain/steps";
import type { ZoneId } from "../board-list/controls";

export const ZONES_OF_STEP: Readonly<Record<StepId, readonly ZoneId[]>> = {
	invitation: [],
	accueil: [],
	presentation: ["rules"],
	regles: ["rules"],
	recherche: ["problematiques"],
	partage: ["problematiques"],
	choix: ["vote"],
	consentement: ["vote"],
	expose: ["notes"],
	clarification: ["questions", "notes"],
	reformulation: ["formulation", "notes"],
	reflexion: ["rebonds"],
	echanges: ["rebonds", "notes"],
	recolte: ["recolte"],
	plan: ["recolte"],
	"partage-offreur": ["learnings"],
	"partage-contributeurs": ["learnings"],
	documentation: ["documentation"],
};
