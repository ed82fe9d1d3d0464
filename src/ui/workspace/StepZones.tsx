/** The zones of the current step, with their controls (the same components as the list view). */
import type { ComponentType } from "react";
import { DocumentationZone } from "../board-list/DocumentationZone";
import { FormulationZone } from "../board-list/FormulationZone";
import { LearningsZone } from "../board-list/LearningsZone";
import { NotesZone } from "../board-list/NotesZone";
import { ProblematiquesZone } from "../board-list/ProblematiquesZone";
import { QuestionsZone } from "../board-list/QuestionsZone";
import { RebondsZone } from "../board-list/RebondsZone";
import { RecolteZone } from "../board-list/RecolteZone";
import { RulesZone } from "../board-list/RulesZone";
import type { ZoneId } from "../board-list/controls";
import type { PanelView } from "../board-list/useBoardState";
import { VoteZone } from "../board-list/VoteZone";
import { dockZones } from "./stepZones";

type ZoneComponent = ComponentType<{ readonly view: PanelView; readonly current: boolean }>;

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

export function StepZones({ view }: { readonly view: PanelView }) {
	return (
		<>
			{dockZones(view.step, view.role).map((zone) => {
				const Zone = ZONE_COMPONENTS[zone];
				return <Zone key={zone} view={view} current={false} />;
			})}
		</>
	);
}
