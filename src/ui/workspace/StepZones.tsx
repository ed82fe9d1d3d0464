/** The zones of the current step, with their controls (the same components as the list view). */
import type { PanelView } from "../board-list/useBoardState";
import { ZONE_COMPONENTS, dockZones } from "../board-list/zones";

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
