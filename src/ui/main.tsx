/**
 * Entry: decide the host once (and fetch its theme if it is not the light one), then render
 * the app. A workshop's address opened by someone this browser already knows has already
 * started loading the workshop's documents from the page's first script (./early.ts).
 */
import { createRoot } from "react-dom/client";
import { detectHost } from "../teams/host";
import { App } from "./App";
import { loadTheme } from "./themes";

async function start(): Promise<void> {
	const root = createRoot(document.getElementById("root") as HTMLElement);
	const host = await detectHost(new URL(window.location.href), navigator.languages ?? [navigator.language]);
	document.documentElement.lang = host.locale;
	const theme = await loadTheme(host.theme);
	root.render(<App host={host} initialTheme={theme} />);
}

void start();
