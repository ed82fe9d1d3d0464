/**
 * The board as lists, zone by zone: every board action, by keyboard, readable by a screen
 * reader (the accessible equivalent of the canvas). Zones keep their place; the current
 * step's zone is marked and one button takes the focus there.
 */
import { Button, Subtitle1, Text } from "@fluentui/react-components";
import { zoneTitleId, type ZoneId } from "./controls";
import { DocumentationZone } from "./DocumentationZone";
import { FormulationZone } from "./FormulationZone";
import { LearningsZone } from "./LearningsZone";
import { NotesZone } from "./NotesZone";
import { ProblematiquesZone } from "./ProblematiquesZone";
import { QuestionsZone } from "./QuestionsZone";
import { RebondsZone } from "./RebondsZone";
import { RecolteZone } from "./RecolteZone";
import { RulesZone } from "./RulesZone";
import { useBoardWords, usePanelView } from "./useBoardState";
import { VoteZone } from "./VoteZone";
import { ZONES_OF_STEP } from "../workspace/stepZones";

export function BoardPanel() {
	const { w } = useBoardWords();
	const view = usePanelView();
	const current = ZONES_OF_STEP[view.step][0];
	const is = (zone: ZoneId) => zone === current;

	function goToCurrent() {
		if (current) document.getElementById(zoneTitleId(current))?.focus();
	}

	return (
		<section
			aria-labelledby="board-list-title"
			data-testid="board-list"
			data-current-zone={current ?? ""}
			style={{ display: "grid", gap: 12, alignContent: "start" }}
		>
			<div style={{ display: "flex", flexWrap: "wrap", gap: 8, alignItems: "baseline" }}>
				<Subtitle1 as="h2" id="board-list-title">
					{w("panelTitle")}
				</Subtitle1>
				<Text size={200}>{w("panelHint")}</Text>
				{current && (
					<Button appearance="subtle" onClick={goToCurrent} data-testid="go-to-current">
						{w("goToCurrent")}
					</Button>
				)}
			</div>
			<RulesZone view={view} current={is("rules")} />
			<ProblematiquesZone view={view} current={is("problematiques")} />
			<VoteZone view={view} current={is("vote")} />
			<FormulationZone view={view} current={is("formulation")} />
			<QuestionsZone view={view} current={is("questions")} />
			<RebondsZone view={view} current={is("rebonds")} />
			<NotesZone view={view} current={is("notes")} />
			<RecolteZone view={view} current={is("recolte")} />
			<LearningsZone view={view} current={is("learnings")} />
			<DocumentationZone view={view} current={is("documentation")} />
		</section>
	);
}
