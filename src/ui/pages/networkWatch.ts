/**
 * The browser says when its network goes away: the page then drops its connections at
 * once (the banner says so, edits are kept and resent), instead of waiting for the Fluid
 * socket to time out (about 45 s), and reconnects as soon as the network is back.
 */
import type { WorkshopContainer } from "../../fluid/containers";

export function followBrowserNetwork(containers: readonly WorkshopContainer[], target: Window = window): () => void {
	let dropped = false;
	const offline = () => {
		dropped = true;
		for (const c of containers) c.disconnect();
	};
	const online = () => {
		if (!dropped) return;
		dropped = false;
		for (const c of containers) c.connect();
	};
	target.addEventListener("offline", offline);
	target.addEventListener("online", online);
	return () => {
		target.removeEventListener("offline", offline);
		target.removeEventListener("online", online);
	};
}
