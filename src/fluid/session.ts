/**
 * A workshop session: the two containers, their views, the audience and the actor.
 * `createWorkshopDocuments` is the facilitator's first run; `openWorkshop` every later load.
 */
import type { IAzureAudience } from "@fluidframework/azure-client";
import { ApiError, type ApiClient } from "../api/client";
import type { Clock } from "../api/clock";
import type { Identity, PublicFluidConfig, WorkshopInfo } from "../api/types";
import type { Command, CommandContext } from "./commands/command";
import { execute } from "./commands/command";
import { ensureMember } from "./commands/board";
import {
	boardConfig,
	containerSchema,
	createClient,
	MIN_VERSION_FOR_COLLAB,
	openView,
	processConfig,
	type BoardView,
	type ProcessView,
	type WorkshopContainer,
} from "./containers";
import { DocumentUnavailableError } from "./errors";
import { newItemId } from "./ids";
import { followBoardRevisions } from "./read";
import { initialBoard, initialProcess } from "./initial";
import { Tree } from "fluid-framework";
import type { Verdict } from "../domain/actions";

export interface WorkshopSession {
	readonly workshopId: string;
	readonly me: Identity;
	/** The ids of the two documents this session has open. */
	readonly processId: string;
	readonly boardId: string;
	readonly processContainer: WorkshopContainer;
	readonly boardContainer: WorkshopContainer;
	readonly processView: ProcessView;
	readonly boardView: BoardView;
	/** Everyone connected to the board (participants, facilitator, observers). */
	readonly audience: IAzureAudience;
	readonly clock: Clock;
	/** Whether this client was the facilitator when the session was opened (its rights date from then). */
	readonly openedAsFacilitator: boolean;
	/** Context for commands, read fresh each time (the roots can be replaced on upgrade). */
	context(): CommandContext;
	run<Args>(command: Command<Args>, args: Args): Verdict;
	dispose(): void;
}

const LOAD_TIMEOUT_MS = 30_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const timer = setTimeout(() => reject(new DocumentUnavailableError()), ms);
		promise.then(
			(value) => {
				clearTimeout(timer);
				resolve(value);
			},
			(error: unknown) => {
				clearTimeout(timer);
				reject(error instanceof Error ? error : new Error(String(error)));
			},
		);
	});
}

function makeSession(
	info: WorkshopInfo,
	me: Identity,
	processContainer: WorkshopContainer,
	boardContainer: WorkshopContainer,
	processView: ProcessView,
	boardView: BoardView,
	audience: IAzureAudience,
	clock: Clock,
): WorkshopSession {
	const actor = { id: me.userId, name: me.name, observer: me.role === "observer" };
	const context = (): CommandContext => ({
		me: actor,
		process: processView.root,
		board: boardView.root,
		now: () => clock.now(),
		newId: newItemId,
	});
	// One evaluation of the vote per change of the board, shared by the lists, the commands and the seal.
	const unfollow = followBoardRevisions(boardView);
	return {
		workshopId: info.id,
		me,
		processId: info.containers?.process ?? "",
		boardId: info.containers?.board ?? "",
		processContainer,
		boardContainer,
		processView,
		boardView,
		audience,
		clock,
		openedAsFacilitator: processView.root.facilitatorId === me.userId,
		context,
		run: (command, args) => execute(command, context(), args),
		dispose: () => {
			unfollow();
			processView.dispose();
			boardView.dispose();
			processContainer.dispose();
			boardContainer.dispose();
		},
	};
}

/** The facilitator creates the two documents and binds them to the workshop on the server. */
export async function createWorkshopDocuments(
	api: ApiClient,
	fluid: PublicFluidConfig,
	info: WorkshopInfo,
	me: Identity,
	facilitatorKey: string | undefined,
	clock: Clock,
	/** A codev group's rules, carried from its previous session (to confirm or edit at règles). */
	carriedRules: readonly string[] = [],
): Promise<WorkshopSession> {
	const client = createClient(api, fluid, me.ticket);
	const { container: processContainer } = await client.createContainer(containerSchema, MIN_VERSION_FOR_COLLAB);
	const processView = processContainer.initialObjects.tree.viewWith(processConfig);
	processView.initialize(
		initialProcess({
			title: info.title,
			announcedEnd: info.announcedEnd,
			facilitatorId: me.userId,
			facilitatorName: me.name,
			now: clock.now(),
		}),
	);
	const { container: boardContainer, services } = await client.createContainer(containerSchema, MIN_VERSION_FOR_COLLAB);
	const boardView = boardContainer.initialObjects.tree.viewWith(boardConfig);
	boardView.initialize(initialBoard(carriedRules.map((text) => ({ id: newItemId(), text, authorId: me.userId }))));
	const [processId, boardId] = await Promise.all([processContainer.attach(), boardContainer.attach()]);
	await api.bindContainers(info.id, { key: facilitatorKey, ticket: me.ticket }, { process: processId, board: boardId });
	const session = makeSession(
		{ ...info, containers: { process: processId, board: boardId } },
		me,
		processContainer,
		boardContainer,
		processView,
		boardView,
		services.audience,
		clock,
	);
	Tree.runTransaction(boardView.root, () => ensureMember(session.context()));
	return session;
}

function loadDocuments(api: ApiClient, fluid: PublicFluidConfig, containers: { process: string; board: string }, ticket: string) {
	const client = createClient(api, fluid, ticket);
	return Promise.all([
		client.getContainer(containers.process, containerSchema, MIN_VERSION_FOR_COLLAB),
		client.getContainer(containers.board, containerSchema, MIN_VERSION_FOR_COLLAB),
	]);
}

type DocumentLoads = ReturnType<typeof loadDocuments>;

/** Loads started before the page asked (`startOpening`), by documents and ticket; each taken once. */
const started = new Map<string, DocumentLoads>();
/** Documents the page opened itself, no early load having started: a later `startOpening` of them starts nothing. */
const openedByPage = new Set<string>();
const startedKey = (containers: { process: string; board: string }, ticket: string) =>
	`${containers.process} ${containers.board} ${ticket}`;

/**
 * Starts loading a workshop's two documents as this person, as early as the entry knows
 * them (a stored identity), while the page's own code is still arriving: the next
 * `openWorkshop` of the same documents with the same ticket takes this load (its failure
 * included) instead of starting one.
 */
export function startOpening(api: ApiClient, fluid: PublicFluidConfig, info: WorkshopInfo, me: Identity): void {
	if (!info.containers) return;
	const key = startedKey(info.containers, me.ticket);
	// Started already, or the page's code came first (a slow start) and opened them itself.
	if (started.has(key) || openedByPage.has(key)) return;
	const loads = loadDocuments(api, fluid, info.containers, me.ticket);
	started.set(key, loads);
	loads.then(
		(opened) => {
			// Never taken (the page asked for other documents or as someone else): closed, not left connected.
			setTimeout(() => {
				if (started.get(key) !== loads) return;
				started.delete(key);
				for (const { container } of opened) container.dispose();
			}, LOAD_TIMEOUT_MS);
		},
		// Not left unhandled: the page meets the failure when it takes this load.
		() => undefined,
	);
}

/** Everyone else (and the facilitator on reload) opens the bound documents. */
export async function openWorkshop(
	api: ApiClient,
	fluid: PublicFluidConfig,
	info: WorkshopInfo,
	me: Identity,
	clock: Clock,
	/** Settles once `clock` reads the server's time (it may sync while the documents load): the join is dated after it. */
	clockSynced: Promise<unknown>,
): Promise<WorkshopSession> {
	if (!info.containers) throw new DocumentUnavailableError();
	const key = startedKey(info.containers, me.ticket);
	const early = started.get(key);
	started.delete(key);
	if (!early) openedByPage.add(key);
	const [processLoad, boardLoad] = await withTimeout(
		early ?? loadDocuments(api, fluid, info.containers, me.ticket),
		LOAD_TIMEOUT_MS,
	).catch((error: unknown) => {
		// The server's refusals keep their meaning; anything else is a document that cannot load now.
		if (error instanceof ApiError || error instanceof DocumentUnavailableError) throw error;
		throw new DocumentUnavailableError(error);
	});
	await clockSynced;
	const processView = openView(processLoad.container, processConfig, me.role === "facilitator");
	const boardView = openView(boardLoad.container, boardConfig, me.role !== "observer");
	const session = makeSession(
		info,
		me,
		processLoad.container,
		boardLoad.container,
		processView,
		boardView,
		boardLoad.services.audience,
		clock,
	);
	// An ended workshop is read-only for everyone (the server gives read-only tokens): nobody joins it any more.
	const ended = info.status === "ended" || processView.root.endedAt !== undefined;
	if (me.role !== "observer" && !ended) {
		Tree.runTransaction(boardView.root, () => ensureMember(session.context()));
	}
	return session;
}
