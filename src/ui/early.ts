/**
 * The page's script (index.html), small, run before the app's own code has come (which it
 * then imports: ./main.tsx, preloaded beside it by vite.config.ts): on a workshop's address opened
 * by someone this browser already knows (a stored identity, no key to redeem, no form), it
 * asks at once for the workshop, the configuration and its two documents' tokens
 * (src/api/early.ts), and starts loading the documents as soon as Fluid's code has come
 * (`startOpening`); only then does the app's code run (React, Fluent and the page, arrived
 * meanwhile), while the documents' requests are on their way. Whatever fails here, the
 * page's own load meets it again and says so.
 */
import { ApiClient } from "../api/client";
import { early, tokenTenant } from "../api/early";
import { identityStore, keyFromHash, workshopIdFromPath } from "./identityStore";

/** However long the early requests take, the app's code runs by then (its own load then says what is wrong). */
const APP_AT_THE_LATEST_MS = 1500;

/**
 * Asks early when this address is a workshop this browser knows; resolves once the documents'
 * load has started (or there is none to start), so that Fluid's code is evaluated and its
 * requests sent before React and Fluent take the main thread.
 */
function askEarly(): Promise<void> {
	const workshopId = workshopIdFromPath(window.location.pathname);
	if (!workshopId || keyFromHash(window.location.hash)) return Promise.resolve();
	const identity = identityStore.get(workshopId);
	if (!identity) return Promise.resolve();
	const api = new ApiClient("");
	const info = api.workshop(workshopId);
	const config = api.config();
	early.keepWorkshop(workshopId, info);
	early.keepConfig(config);
	const session = import("../fluid/session");
	return Promise.all([info, config]).then(
		async ([workshop, { fluid }]) => {
			if (!workshop.containers || workshop.status === "ended") return;
			const tenantId = tokenTenant(fluid);
			for (const documentId of [workshop.containers.process, workshop.containers.board]) {
				early.keepToken(identity.ticket, tenantId, documentId, api.token(identity.ticket, documentId, tenantId));
			}
			(await session).startOpening(api, fluid, workshop, identity);
		},
		() => undefined,
	);
}

let appImported = false;
function importApp(): void {
	if (appImported) return;
	appImported = true;
	void import("./main");
}

askEarly().then(importApp, importApp);
setTimeout(importApp, APP_AT_THE_LATEST_MS);
