/**
 * The list's zones: their components, in the board's order, and which of them each step
 * works on (the dock shows those; the list view marks the first as current).
 */
import type { ComponentType } from "react";
import type { Role, StepId } from "../../domain/steps";
import type { ZoneId } from "./controls";
import { DocumentationZone } from "./DocumentationZone";
import { FormulationZone } from "./FormulationZone";
import { LearningsZone } from "./LearningsZone";
import { NotesZone } from "./NotesZone";
import { ProblematiquesZone } from "./ProblematiquesZone";
import { QuestionsZone } from "./QuestionsZone";
import { RebondsZone } from "./RebondsZone";
import { RecolteZone } from "./RecolteZone";
import { RulesZone } from "./RulesZone";
import type { PanelView } from "./useBoardState";
import { VoteZone } from "./VoteZone";

export type ZoneComponent = ComponentType<{ readonly view: PanelView; readonly current: boolean }>;

/** Every zone, in the order the list view shows them. */
export const ZONE_COMPONENTS: Readonly<Record<ZoneId, ZoneComponent>> = {
	rules: RulesZone,
	problematiques: ProblematiquesZone,
	vote: VoteZone,
	formulation: FormulationZone,
	questions: QuestionsZone,
	rebonds: RebondsZone,
	notes: NotesZone,
	recolte: RecolteZone,
	learnings: LearningsZone,
	documentation: DocumentationZone,
};

export const ZONE_IDS = Object.keys(ZONE_COMPONENTS) as ZoneId[];

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
