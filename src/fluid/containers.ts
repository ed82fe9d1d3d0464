/**
 * The two containers of a workshop, their tree views, and the compatibility check made
 * on every load (an older or newer app opening the document gets a clear message).
 */
import { AzureClient } from "@fluidframework/azure-client";
import {
	SharedTree,
	TreeViewConfiguration,
	type IFluidContainer,
	type ImplicitFieldSchema,
	type TreeView,
} from "fluid-framework";
import type { ApiClient } from "../api/client";
import type { PublicFluidConfig } from "../api/types";
import { IncompatibleDocumentError } from "./errors";
import { Board, Process } from "./schema";
import { ServerTokenProvider } from "./tokenProvider";

export const containerSchema = { initialObjects: { tree: SharedTree } } as const;
export type WorkshopContainer = IFluidContainer<typeof containerSchema>;

/** Minimum Fluid version of every collaborating client. */
export const MIN_VERSION_FOR_COLLAB = "2.100.0";

export const processConfig = new TreeViewConfiguration({ schema: Process, enableSchemaValidation: true });
export const boardConfig = new TreeViewConfiguration({ schema: Board, enableSchemaValidation: true });

export type ProcessView = TreeView<typeof Process>;
export type BoardView = TreeView<typeof Board>;

export function createClient(api: ApiClient, fluid: PublicFluidConfig, ticket: string): AzureClient {
	const tokenProvider = new ServerTokenProvider(api, ticket);
	return new AzureClient({
		connection:
			fluid.type === "local"
				? // The app serves the local service on its own origin (endpoint "/"), checking every token.
					{ type: "local", endpoint: api.absoluteUrl(fluid.endpoint), tokenProvider }
				: { type: "remote", endpoint: fluid.endpoint, tenantId: fluid.tenantId, tokenProvider },
	});
}

/**
 * Opens the tree view, upgrading an older document when this client may write it.
 * Throws IncompatibleDocumentError when the document cannot be read.
 */
export function openView<S extends ImplicitFieldSchema>(
	container: WorkshopContainer,
	config: TreeViewConfiguration<S>,
	canWrite: boolean,
): TreeView<S> {
	const view = container.initialObjects.tree.viewWith(config);
	const compat = view.compatibility;
	if (compat.canView) return view;
	if (compat.canUpgrade && canWrite) {
		view.upgradeSchema();
		return view;
	}
	view.dispose();
	throw new IncompatibleDocumentError(compat.canUpgrade ? "documentIsOlder" : "documentIsNewer");
}
