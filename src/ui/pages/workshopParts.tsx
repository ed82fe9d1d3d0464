/**
 * The parts of a workshop's page that are their own chunks, so its first paint (header,
 * step bar) waits for none of them: the canvas (fabric and the board's code), the
 * action dock (the consigne, the step's zones and controls, the facilitator's controls),
 * the list view, the banners, the consent dialog, the déroulé's picture and the practice
 * switcher. The page starts fetching them as soon as it knows the workshop will open
 * (`preloadWorkshopParts`), while the documents load.
 */
import type { WorkshopSession } from "../../fluid/session";
import type { BoardCanvasProps } from "../components/BoardCanvas";
import { identityStore } from "../identityStore";
import { lazyPart } from "../Lazy";
import type { ActionDockProps } from "../workspace/ActionDock";
import type { BannersProps } from "../workspace/Banners";
import { listViewChosen } from "../workspace/viewMode";

const loaders = {
	canvas: () => import("../components/BoardCanvas").then((m) => m.BoardCanvas),
	dock: () => import("../workspace/ActionDock").then((m) => m.ActionDock),
	zones: () => import("../workspace/StepZones").then((m) => m.StepZones),
	panel: () => import("../board-list/BoardPanel").then((m) => m.BoardPanel),
	consent: () => import("../workspace/ConsentDialog").then((m) => m.ConsentDialog),
	infographic: () => import("../workspace/Infographic").then((m) => m.Infographic),
	banners: () => import("../workspace/Banners").then((m) => m.Banners),
};

/** The board's place, the same before and after its code arrives. */
export const BoardCanvas = lazyPart<BoardCanvasProps>(loaders.canvas, { flex: "1 1 auto", minHeight: 0, padding: 8 });
export const ActionDock = lazyPart<ActionDockProps>(loaders.dock, { padding: 8 });
export const StepZones = lazyPart(loaders.zones);
export const BoardPanel = lazyPart(loaders.panel);
/** A dialog: nothing shows until it opens, so nothing holds its place. */
export const ConsentDialog = lazyPart(loaders.consent, null);
/** Notices that show only when they apply (connection lost, time up…): nothing holds their place either. */
export const Banners = lazyPart<BannersProps>(loaders.banners, null);
export const Infographic = lazyPart(loaders.infographic, { padding: 8 });

/**
 * Fetches the parts' code (while the documents load): each renders at once when its turn
 * comes. In the list view, the canvas and the dock's zones are left out (fabric and the
 * board's code are a third of a join's scripts): they come if the person switches to the
 * board, or on the meeting stage, which always shows it.
 */
export function preloadWorkshopParts(): void {
	const parts = listViewChosen()
		? [ActionDock, BoardPanel, ConsentDialog, Banners, Infographic]
		: [BoardCanvas, ActionDock, StepZones, BoardPanel, ConsentDialog, Banners, Infographic];
	for (const part of parts) void part.preload();
}

const Practice = lazyPart(() => import("../facilitation/PracticeSwitcher").then((m) => m.PracticeSwitcher));

/** The practice mode's switcher, loaded only in practice mode (a browser that holds practice people). */
export function PracticeSwitcher({ session }: { readonly session: WorkshopSession }) {
	return identityStore.getPractice(session.workshopId).length > 0 ? <Practice session={session} /> : null;
}
