/**
 * The schema is checked on every load: a document saved by a newer app that this one
 * cannot read gets a clear message; an older one is upgraded by a client that may write
 * it, and refused with a clear message otherwise.
 */
import "../support/node-fluid";
import { TreeViewConfiguration } from "fluid-framework";
import { SchemaFactoryBeta } from "fluid-framework/beta";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../../src/api/client";
import type { Identity, PublicFluidConfig } from "../../src/api/types";
import {
	containerSchema,
	createClient,
	MIN_VERSION_FOR_COLLAB,
	openView,
	processConfig,
	type WorkshopContainer,
} from "../../src/fluid/containers";
import { IncompatibleDocumentError } from "../../src/fluid/errors";
import { Process, SCHEMA_SCOPE } from "../../src/fluid/schema";

const sf = new SchemaFactoryBeta(SCHEMA_SCOPE);
const { offreurId: _dropped, ...olderFields } = Process.info;
/** What a newer app might store: a new required field this app does not know. */
class NewerProcess extends sf.object("Process", { ...Process.info, facilitatorPronoun: sf.string }) {}
/** What an older app stored: no offreurId field yet. */
class OlderProcess extends sf.object("Process", olderFields, { allowUnknownOptionalFields: true }) {}

const base = {
	title: "Ancien atelier",
	announcedEnd: 0,
	facilitatorId: "f",
	facilitatorName: "Fanny",
	step: "accueil",
	timer: { startedAt: 0, pausedAt: undefined, pausedMs: 0, addedMs: 0 },
	minutes: {},
	vote: { open: false, revealed: false },
	consent: { askedId: undefined, refusedIds: [], tieChoiceIds: [], acceptedId: undefined },
	turns: { clarification: [], echanges: [], speakerId: undefined },
};

describe("schema compatibility on load", () => {
	let api: ApiClient;
	let fluid: PublicFluidConfig;
	let me: Identity;
	const opened: WorkshopContainer[] = [];

	async function storedWith(config: TreeViewConfiguration, content: unknown): Promise<string> {
		const client = createClient(api, fluid, me.ticket);
		const { container } = await client.createContainer(containerSchema, MIN_VERSION_FOR_COLLAB);
		const view = container.initialObjects.tree.viewWith(config);
		view.initialize(content as never);
		const id = await container.attach();
		view.dispose();
		opened.push(container);
		return id;
	}

	async function load(id: string): Promise<WorkshopContainer> {
		const client = createClient(api, fluid, me.ticket);
		const { container } = await client.getContainer(id, containerSchema, MIN_VERSION_FOR_COLLAB);
		opened.push(container);
		return container;
	}

	beforeAll(async () => {
		api = new ApiClient(inject("appUrl"));
		fluid = (await api.config()).fluid;
		// An unbound workshop's facilitator may create new documents: enough for these stand-ins.
		me = (await api.createWorkshop("Compatibilité", Date.now() + 3600_000, "Fanny")).identity;
	});
	afterAll(() => {
		for (const c of opened) c.dispose();
	});

	it("refuses a document saved by a newer app, saying so", async () => {
		const id = await storedWith(new TreeViewConfiguration({ schema: NewerProcess }), { ...base, facilitatorPronoun: "elle" });
		const container = await load(id);
		let error: unknown;
		try {
			openView(container, processConfig, true);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(IncompatibleDocumentError);
		expect((error as IncompatibleDocumentError).kind).toBe("documentIsNewer");
		expect((error as Error).message).toContain("newer version");
	});

	it("refuses an older document to a reader who cannot upgrade it", async () => {
		const id = await storedWith(new TreeViewConfiguration({ schema: OlderProcess }), base);
		const container = await load(id);
		expect(() => openView(container, processConfig, false)).toThrow(/older version/);
	});

	it("upgrades an older document when the client may write it, keeping its content", async () => {
		const id = await storedWith(new TreeViewConfiguration({ schema: OlderProcess }), base);
		const container = await load(id);
		const view = openView(container, processConfig, true);
		expect(view.compatibility.canView).toBe(true);
		expect(view.root.title).toBe("Ancien atelier");
		expect(view.root.step).toBe("accueil");
		expect(view.root.offreurId).toBeUndefined();
		view.dispose();
	});
});
