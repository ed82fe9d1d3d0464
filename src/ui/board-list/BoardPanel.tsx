/**
 * The board as lists, zone by zone: every board action, by keyboard, readable by a screen
 * reader (the accessible equivalent of the canvas). Zones keep their place; the current
 * step's zone is marked and one button takes the focus there.
 */
import { Button, Subtitle1, Text } from "@fluentui/react-components";
import { zoneTitleId, type ZoneId } from "./controls";
import { useBoardWords, usePanelView } from "./useBoardState";
import { ZONE_COMPONENTS, ZONE_IDS, ZONES_OF_STEP } from "./zones";

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
			{ZONE_IDS.map((id) => {
				const Zone = ZONE_COMPONENTS[id];
				return <Zone key={id} view={view} current={is(id)} />;
			})}
		</section>
	);
}
