/**
 * A workshop's two documents as data and back: the archived state is SharedTree's own
 * verbose export; a restore imports it into **new** documents (new ids, no op history),
 * the supported way to carry a document's content across services or restarts.
 */
import "./nodeRuntime";
import type { AzureClient } from "@fluidframework/azure-client";
import type { TreeView } from "fluid-framework";
import { TreeAlpha, type VerboseTree } from "fluid-framework/alpha";
import {
	boardConfig,
	containerSchema,
	MIN_VERSION_FOR_COLLAB,
	processConfig,
	type WorkshopContainer,
} from "../../fluid/containers";
import { Board, Process } from "../../fluid/schema";
import type { ArchiveEntry } from "../storage/types";

export interface LiveDocuments {
	readonly process: TreeView<typeof Process>;
	readonly board: TreeView<typeof Board>;
}

/** The state of both documents now, as the archive keeps it. */
export function snapshot(workshopId: string, docs: LiveDocuments, savedAt: number): ArchiveEntry {
	return {
		workshopId,
		savedAt,
		step: docs.process.root.step,
		process: TreeAlpha.exportVerbose(docs.process.root),
		board: TreeAlpha.exportVerbose(docs.board.root),
	};
}

/** Creates a document, lets `initialize` fill it, attaches it and waits until the service holds it. */
async function createOne(
	client: AzureClient,
	initialize: (container: WorkshopContainer) => { dispose(): void },
): Promise<string> {
	const { container } = await client.createContainer(containerSchema, MIN_VERSION_FOR_COLLAB);
	const view = initialize(container);
	const id = await container.attach();
	if (container.isDirty) await new Promise<void>((resolve) => container.once("saved", () => resolve()));
	view.dispose();
	container.dispose();
	return id;
}

/** New documents holding the archived state; their ids. */
export async function createFromArchive(
	client: AzureClient,
	entry: ArchiveEntry,
): Promise<{ readonly process: string; readonly board: string }> {
	const [process, board] = await Promise.all([
		createOne(client, (container) => {
			const view = container.initialObjects.tree.viewWith(processConfig);
			view.initialize(TreeAlpha.importVerbose(Process, entry.process as VerboseTree));
			return view;
		}),
		createOne(client, (container) => {
			const view = container.initialObjects.tree.viewWith(boardConfig);
			view.initialize(TreeAlpha.importVerbose(Board, entry.board as VerboseTree));
			return view;
		}),
	]);
	return { process, board };
}
