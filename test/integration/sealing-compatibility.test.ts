/**
 * The sealed copies are optional fields of the process: an older document (without them)
 * is upgraded by the facilitator and read from the board; an older app still opens a
 * document that holds them (objects allow unknown optional fields).
 */
import "../support/node-fluid";
import { TreeViewConfiguration } from "fluid-framework";
import { SchemaFactoryBeta } from "fluid-framework/beta";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../../src/api/client";
import type { Identity, PublicFluidConfig } from "../../src/api/types";
import {
	boardConfig,
	containerSchema,
	createClient,
	MIN_VERSION_FOR_COLLAB,
	openView,
	processConfig,
	type WorkshopContainer,
} from "../../src/fluid/containers";
import { Process, SCHEMA_SCOPE } from "../../src/fluid/schema";
import { chosenProblematiqueOf, decidedIdeasOf, voteResultOf } from "../../src/fluid/sealed";

const sf = new SchemaFactoryBeta(SCHEMA_SCOPE);
const { sealedVote: _v, sealedChoice: _c, sealedIdeas: _i, ...olderFields } = Process.info;
/** What the app stored before the seals. */
class OlderProcess extends sf.object("Process", olderFields, { allowUnknownOptionalFields: true }) {}

const process = {
	title: "Ancien atelier",
	announcedEnd: 0,
	facilitatorId: "f",
	facilitatorName: "Fanny",
	step: "partage-offreur",
	timer: { startedAt: 0, pausedAt: undefined, pausedMs: 0, addedMs: 0 },
	minutes: {},
	vote: { open: false, revealed: true },
	consent: { askedId: undefined, refusedIds: [], tieChoiceIds: [], acceptedId: "p1" },
	offreurId: "a",
	turns: { clarification: [], echanges: [], speakerId: undefined },
};

const board = {
	members: {},
	rules: [],
	problematiques: [{ id: "p1", authorId: "a", text: "Déléguer", x: 0, y: 0 }],
	dots: [{ id: "d1", voterId: "b", problematiqueId: "p1" }],
	consentAnswers: [],
	questions: [],
	formulation: "",
	rebonds: [],
	notes: [],
	hands: [],
	ideas: [{ id: "i1", sourceKind: "note", sourceId: "n1", text: "Une idée", authorId: "b" }],
	plan: [],
	learnings: [],
	agreements: [],
	documentation: "",
};

describe("sealed copies and older documents", () => {
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
		me = (await api.createWorkshop("Scellés anciens", Date.now() + 3600_000, "Fanny")).identity;
	});
	afterAll(() => {
		for (const c of opened) c.dispose();
	});

	it("upgrades a process without sealed copies and reads the vote, the choice and the ideas from the board", async () => {
		const processId = await storedWith(new TreeViewConfiguration({ schema: OlderProcess }), process);
		const boardId = await storedWith(boardConfig, board);
		const processView = openView(await load(processId), processConfig, true);
		const boardView = openView(await load(boardId), boardConfig, true);
		const p = processView.root;
		const b = boardView.root;
		expect(p.sealedVote).toBeUndefined();
		expect(voteResultOf(p, b)).toMatchObject({ sealed: false, ranking: [{ votes: 1, ids: ["p1"] }] });
		expect(chosenProblematiqueOf(p, b)).toEqual({ id: "p1", authorId: "a", text: "Déléguer" });
		expect(decidedIdeasOf(p, b).map((i) => i.text)).toEqual(["Une idée"]);
		processView.dispose();
		boardView.dispose();
	});

	it("lets an older app open a process that holds sealed copies", async () => {
		const sealed = {
			...process,
			sealedVote: {
				at: 1,
				dots: [{ id: "d1", voterId: "b", problematiqueId: "p1" }],
				ranking: [{ problematiqueId: "p1", votes: 1 }],
				problematiques: [{ id: "p1", authorId: "a", text: "Déléguer" }],
			},
			sealedChoice: { id: "p1", authorId: "a", text: "Déléguer" },
			sealedIdeas: { at: 2, ideas: [{ id: "i1", sourceKind: "note", sourceId: "n1", text: "Une idée", authorId: "b" }] },
		};
		const id = await storedWith(processConfig, sealed);
		const older = (await load(id)).initialObjects.tree.viewWith(new TreeViewConfiguration({ schema: OlderProcess }));
		expect(older.compatibility.canView).toBe(true);
		expect(older.root.consent.acceptedId).toBe("p1");
		older.dispose();
	});
});
