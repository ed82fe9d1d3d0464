/**
 * Helpers for the server tests: an app built in memory (no port, no network; the real
 * SQLite store, in memory), driven by `inject`, with a clock the test moves by hand.
 */
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { ApiErrorBody, CreatedWorkshop, Identity, WorkshopInfo } from "../../src/api/types";
import { buildApp } from "../../src/server/app";
import { loadConfig, type AppConfig } from "../../src/server/config";
import { openStorage } from "../../src/server/storage/sqlite";
import type { Storage, WorkshopHooks, WorkshopStore } from "../../src/server/storage/types";
import type { SsoVerifier } from "../../src/server/teams/sso";
import type { FluidScope } from "../../src/server/tokens";

import { ROOT } from "./services";

export { ROOT };
export const SECRET = "x".repeat(40);
export const DAY_MS = 86_400_000;
/** A fixed, round instant (2030-01-01T00:00:00Z) so expected values are exact. */
export const T0 = Date.UTC(2030, 0, 1);

export interface TestApp {
	readonly app: FastifyInstance;
	readonly config: AppConfig;
	readonly storage: Storage;
	/** `storage.workshops`. */
	readonly store: WorkshopStore;
	/** The server's clock; tests move it by assigning. */
	clock: number;
}

export async function makeApp(
	env: Readonly<Record<string, string>> = {},
	options: {
		readonly secret?: string;
		readonly start?: number;
		readonly hooks?: WorkshopHooks;
		/** Teams single sign-on (e.g. `testSsoKeys().verifier`). */
		readonly sso?: SsoVerifier;
	} = {},
): Promise<TestApp> {
	// Many simulated people share one address here: limits scaled up (the limits' own test sets 1).
	const config = loadConfig({ FLUID_MODE: "local", PORT: "0", RATE_LIMIT_SCALE: "100", ...env }, ROOT);
	const storage = await openStorage(":memory:");
	const holder = { clock: options.start ?? T0 };
	const app = await buildApp({
		config,
		storage,
		hooks: options.hooks,
		sso: options.sso,
		secret: options.secret ?? SECRET,
		now: () => holder.clock,
	});
	app.addHook("onClose", () => storage.close());
	const t: TestApp = {
		app,
		config,
		storage,
		store: storage.workshops,
		get clock() {
			return holder.clock;
		},
		set clock(value: number) {
			holder.clock = value;
		},
	};
	return t;
}

export function json<T>(response: LightMyRequestResponse): T {
	return response.json() as T;
}

export function errorOf(response: LightMyRequestResponse): ApiErrorBody {
	return response.json() as ApiErrorBody;
}

export interface WorkshopInput {
	readonly title?: unknown;
	readonly announcedEnd?: unknown;
	readonly facilitatorName?: unknown;
}

export async function postWorkshop(t: TestApp, body: WorkshopInput): Promise<LightMyRequestResponse> {
	return t.app.inject({ method: "POST", url: "/api/workshops", payload: body });
}

export async function createWorkshop(t: TestApp, overrides: WorkshopInput = {}): Promise<CreatedWorkshop> {
	const response = await postWorkshop(t, {
		title: "Atelier du jeudi",
		announcedEnd: t.clock + 2 * 3_600_000,
		facilitatorName: "Camille",
		...overrides,
	});
	if (response.statusCode !== 201) throw new Error(`create failed: ${response.statusCode} ${response.body}`);
	return json<CreatedWorkshop>(response);
}

export async function bind(
	t: TestApp,
	id: string,
	key: string,
	containers: { readonly process: string; readonly board: string },
): Promise<LightMyRequestResponse> {
	return t.app.inject({ method: "PUT", url: `/api/workshops/${id}/containers`, payload: { key, ...containers } });
}

export interface BoundWorkshop extends CreatedWorkshop {
	readonly containers: { readonly process: string; readonly board: string };
}

export async function createBoundWorkshop(t: TestApp, suffix = "a"): Promise<BoundWorkshop> {
	const created = await createWorkshop(t);
	const containers = { process: `process-${suffix}-${created.workshop.id}`, board: `board-${suffix}-${created.workshop.id}` };
	const response = await bind(t, created.workshop.id, created.facilitatorKey, containers);
	if (response.statusCode !== 200) throw new Error(`bind failed: ${response.statusCode} ${response.body}`);
	const info = json<WorkshopInfo>(response);
	if (!info.containers) throw new Error("bind returned no containers");
	return { ...created, workshop: info, containers };
}

/** Joins by the participant link (or, `observer`, by the observer link): the key is the record's. */
export async function join(t: TestApp, id: string, name: string, observer = false): Promise<LightMyRequestResponse> {
	const record = await t.store.get(id);
	const key = observer ? record?.observerKey : record?.participantKey;
	return joinWith(t, id, { name, ...(key ? { key } : {}) });
}

/** Joins with exactly this body (a key or none, flags a modified client might add). */
export async function joinWith(t: TestApp, id: string, body: Readonly<Record<string, unknown>>): Promise<LightMyRequestResponse> {
	return t.app.inject({ method: "POST", url: `/api/workshops/${id}/join`, payload: body });
}

export async function joinOk(t: TestApp, id: string, name: string, observer = false): Promise<Identity> {
	const response = await join(t, id, name, observer);
	if (response.statusCode !== 200) throw new Error(`join failed: ${response.statusCode} ${response.body}`);
	return json<Identity>(response);
}

export interface TokenReply {
	readonly jwt: string;
	readonly scopes: readonly FluidScope[];
}

export async function requestToken(
	t: TestApp,
	ticket: string,
	documentId?: string,
	extra: Readonly<Record<string, string>> = {},
): Promise<LightMyRequestResponse> {
	return t.app.inject({
		method: "POST",
		url: "/api/token",
		payload: { ticket, ...(documentId === undefined ? {} : { documentId }), ...extra },
	});
}
