/**
 * The list's zones: their components, in the board's order. Which of them each step works on
 * is in ./zoneSteps (no components: the dock reads it before the zones' code has loaded).
 */
import type { ComponentType } from "react";
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

export { dockZones, ZONES_OF_STEP } from "./zoneSteps";

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
