/** Entry: decide the host once, then render the app. */
import { createRoot } from "react-dom/client";
import { detectHost } from "../teams/host";
import { App } from "./App";

async function start(): Promise<void> {
	const root = createRoot(document.getElementById("root") as HTMLElement);
	const host = await detectHost(new URL(window.location.href), navigator.languages ?? [navigator.language]);
	document.documentElement.lang = host.locale;
	root.render(<App host={host} />);
}

void start();
