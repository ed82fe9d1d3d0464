/**
 * Entry: decide the host once (and fetch its theme if it is not the light one), then render
 * the app. A workshop's address opened by someone this browser already knows starts loading
 * the workshop's documents at once, beside the page's own code (see `startOpening`).
 */
import { createRoot } from "react-dom/client";
import { ApiClient } from "../api/client";
import { detectHost } from "../teams/host";
import { App } from "./App";
import { identityStore, keyFromHash, workshopIdFromPath } from "./identityStore";
import { loadTheme } from "./themes";

/** The documents' load, started before React renders: only for a stored identity (no key to redeem, no form). */
function openEarly(): void {
	const workshopId = workshopIdFromPath(window.location.pathname);
	if (!workshopId || keyFromHash(window.location.hash)) return;
	const identity = identityStore.get(workshopId);
	if (!identity) return;
	const api = new ApiClient("");
	// Whatever fails here, the page's own load meets it again and says so.
	Promise.all([api.workshop(workshopId), api.config(), import("../fluid/session")]).then(
		([info, { fluid }, session]) => {
			if (info.status !== "ended") session.startOpening(api, fluid, info, identity);
		},
		() => undefined,
	);
}

async function start(): Promise<void> {
	openEarly();
	const root = createRoot(document.getElementById("root") as HTMLElement);
	const host = await detectHost(new URL(window.location.href), navigator.languages ?? [navigator.language]);
	document.documentElement.lang = host.locale;
	const theme = await loadTheme(host.theme);
	root.render(<App host={host} initialTheme={theme} />);
}

void start();
