/**
 * Which zones each step works on (the dock shows those; the list view marks the first as
 * current). Data only: the zones' components are in ./zones, a chunk of their own.
 */
import type { Role, StepId } from "../../domain/steps";
import type { ZoneId } from "./controls";

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

/**
 * The dock's order for a role: the zone where this person acts comes first. In échanges
 * the offreur listens and takes notes (the kit), so her notes come before the rebonds.
 */
export function dockZones(step: StepId, role: Role): readonly ZoneId[] {
	const zones = ZONES_OF_STEP[step];
	if (role === "offreur" && step === "echanges") return ["notes", ...zones.filter((z) => z !== "notes")];
	return zones;
}
