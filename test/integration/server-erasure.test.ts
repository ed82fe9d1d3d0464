/**
 * Erasure, "my workshops" and retention, driven by `inject` on the real (in-memory)
 * SQLite store; and identity tickets that outlive a restart on a data folder.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CreatedWorkshop, Identity, MyWorkshops } from "../../src/api/types";
import { buildApp } from "../../src/server/app";
import { loadConfig } from "../../src/server/config";
import { eraseExpired } from "../../src/server/retention";
import { openStorage } from "../../src/server/storage/sqlite";
import type { WorkshopHooks, WorkshopRecord } from "../../src/server/storage/types";
import { appSecret } from "../../src/server/store";
import type { JWK } from "jose";
import {
	bind,
	createBoundWorkshop,
	createWorkshop,
	DAY_MS,
	errorOf,
	join,
	joinOk,
	json,
	makeApp,
	requestToken,
	ROOT,
	type TestApp,
} from "../support/server-helpers";
import { testSsoKeys, testSsoToken, TEST_TEAMS_HOST, TEST_AAD_APP_ID } from "../support/services";

/** Hooks that write down what they were told, in order. */
function recordingHooks(): WorkshopHooks & { calls: string[]; present: boolean[]; attach(t: TestApp): void } {
	const calls: string[] = [];
	const present: boolean[] = [];
	let storeOf: TestApp | undefined;
	const hooks = {
		calls,
		present,
		attach(t: TestApp) {
			storeOf = t;
		},
		bound(record: WorkshopRecord) {
			calls.push(`bound:${record.id}:${record.containers?.process ?? "-"}`);
		},
		async erasing(record: WorkshopRecord) {
			calls.push(`erasing:${record.id}`);
			// The record is still there while the documents are let go.
			present.push((await storeOf?.store.get(record.id)) !== undefined);
		},
	};
	return hooks;
}

async function hookedApp() {
	const hooks = recordingHooks();
	const t = await makeApp({}, { hooks });
	hooks.attach(t);
	return { t, hooks };
}

function erase(t: TestApp, id: string, proof: Readonly<Record<string, unknown>>) {
	return t.app.inject({ method: "DELETE", url: `/api/workshops/${id}`, payload: proof });
}

function mine(t: TestApp, keys: readonly { id: string; key: string }[]) {
	return t.app.inject({ method: "POST", url: "/api/workshops/mine", payload: { keys } });
}

/** Every route answers 404 for the erased workshop (the token route too, while the ticket has not expired). */
async function expectGone(t: TestApp, created: CreatedWorkshop, ticketExpired = false): Promise<void> {
	const id = created.workshop.id;
	const answers = [
		await t.app.inject({ method: "GET", url: `/api/workshops/${id}` }),
		await join(t, id, "Alice"),
		await t.app.inject({ method: "POST", url: `/api/workshops/${id}/facilitator`, payload: { key: created.facilitatorKey } }),
		...(ticketExpired ? [] : [await requestToken(t, created.identity.ticket, "any-document")]),
		await bind(t, id, created.facilitatorKey, { process: "p-again", board: "b-again" }),
		await erase(t, id, { key: created.facilitatorKey }),
	];
	for (const response of answers) {
		expect(response.statusCode).toBe(404);
		expect(errorOf(response).error).toBe("workshopNotFound");
	}
}

describe("DELETE /api/workshops/:id", () => {
	it("erases the workshop with the facilitation key: 204, then every route answers 404", async () => {
		const { t, hooks } = await hookedApp();
		const created = await createBoundWorkshop(t);
		const other = await createBoundWorkshop(t, "b");
		await t.storage.archive.put({ workshopId: created.workshop.id, savedAt: t.clock, step: "accueil", process: {}, board: {} });
		const response = await erase(t, created.workshop.id, { key: created.facilitatorKey });
		expect(response.statusCode).toBe(204);
		expect(response.body).toBe("");
		expect(hooks.calls).toContain(`erasing:${created.workshop.id}`);
		expect(hooks.present).toEqual([true]);
		await expectGone(t, created);
		expect(await t.storage.archive.get(created.workshop.id)).toBeUndefined();
		expect(await t.store.ownerOf(created.containers.process)).toBeUndefined();
		// The other workshop is untouched.
		expect((await t.app.inject({ method: "GET", url: `/api/workshops/${other.workshop.id}` })).statusCode).toBe(200);
		expect(await t.store.ownerOf(other.containers.board)).toBe(other.workshop.id);
	});

	it("accepts the facilitator's ticket, never a participant's or an observer's", async () => {
		const t = await makeApp();
		const created = await createWorkshop(t);
		const id = created.workshop.id;
		const alice = await joinOk(t, id, "Alice");
		const observer = await joinOk(t, id, "Olga", true);
		for (const who of [alice, observer]) {
			const refused = await erase(t, id, { ticket: who.ticket });
			expect(refused.statusCode).toBe(403);
			expect(errorOf(refused).error).toBe("wrongKey");
		}
		const elsewhere = await createWorkshop(t);
		expect((await erase(t, id, { ticket: elsewhere.identity.ticket })).statusCode).toBe(403);
		expect((await erase(t, id, { key: elsewhere.facilitatorKey })).statusCode).toBe(403);
		expect((await t.app.inject({ method: "GET", url: `/api/workshops/${id}` })).statusCode).toBe(200);
		expect((await erase(t, id, { ticket: created.identity.ticket })).statusCode).toBe(204);
		await expectGone(t, created);
	});

	it("refuses a wrong or missing key with 403 and keeps everything", async () => {
		const { t, hooks } = await hookedApp();
		const created = await createBoundWorkshop(t);
		for (const proof of [{ key: "not-the-key" }, { key: "" }, {}, { ssoToken: "no-teams-here" }]) {
			const response = await erase(t, created.workshop.id, proof);
			expect(response.statusCode).toBe(403);
			expect(errorOf(response).error).toBe("wrongKey");
		}
		const bare = await t.app.inject({ method: "DELETE", url: `/api/workshops/${created.workshop.id}` });
		expect(bare.statusCode).toBe(403);
		expect(errorOf(bare).error).toBe("wrongKey");
		expect(hooks.calls.filter((c) => c.startsWith("erasing"))).toEqual([]);
		expect(await t.store.get(created.workshop.id)).toBeDefined();
		expect(await t.store.ownerOf(created.containers.process)).toBe(created.workshop.id);
	});

	it("answers 404 workshopNotFound for an unknown id", async () => {
		const t = await makeApp();
		const response = await erase(t, "no-such-workshop", { key: "k" });
		expect(response.statusCode).toBe(404);
		expect(errorOf(response).error).toBe("workshopNotFound");
		const bare = await t.app.inject({ method: "DELETE", url: "/api/workshops/no-such-workshop" });
		expect(bare.statusCode).toBe(404);
	});
});

describe("the bound hook", () => {
	it("is told once, after a new binding only", async () => {
		const { t, hooks } = await hookedApp();
		const created = await createWorkshop(t);
		const containers = { process: "p-1", board: "b-1" };
		expect((await bind(t, created.workshop.id, "wrong", containers)).statusCode).toBe(403);
		expect(hooks.calls).toEqual([]);
		expect((await bind(t, created.workshop.id, created.facilitatorKey, containers)).statusCode).toBe(200);
		expect((await bind(t, created.workshop.id, created.facilitatorKey, containers)).statusCode).toBe(200);
		expect(hooks.calls).toEqual([`bound:${created.workshop.id}:p-1`]);
	});
});

describe("POST /api/workshops/mine", () => {
	it("lists the workshops whose key matches, newest first, with what the list shows", async () => {
		const t = await makeApp();
		const first = await createWorkshop(t, { title: "Premier" });
		t.clock += 60_000;
		const second = await createWorkshop(t, { title: "Second" });
		t.clock += 60_000;
		const notMine = await createWorkshop(t, { title: "Pas le mien" });
		const record = await t.store.get(first.workshop.id);
		if (!record) throw new Error("the record is missing");
		await t.store.put({ ...record, status: "ended", endedAt: t.clock });
		const response = await mine(t, [
			{ id: first.workshop.id, key: first.facilitatorKey },
			{ id: second.workshop.id, key: second.facilitatorKey },
			{ id: second.workshop.id, key: second.facilitatorKey },
			{ id: notMine.workshop.id, key: first.facilitatorKey },
			{ id: "gone", key: "whatever" },
		]);
		expect(response.statusCode).toBe(200);
		expect(json<MyWorkshops>(response)).toEqual({
			workshops: [
				{
					id: second.workshop.id,
					title: "Second",
					createdAt: T(t, -60_000),
					announcedEnd: second.workshop.announcedEnd,
					status: "active",
					endedAt: null,
				},
				{
					id: first.workshop.id,
					title: "Premier",
					createdAt: T(t, -120_000),
					announcedEnd: first.workshop.announcedEnd,
					status: "ended",
					endedAt: t.clock,
				},
			],
		});
		expect(response.body).not.toContain("keyHash");
	});

	it("validates the request: a list of { id, key }, at most 200", async () => {
		const t = await makeApp();
		const many = Array.from({ length: 201 }, (_, i) => ({ id: `w${i}`, key: "k" }));
		for (const payload of [{}, { keys: "x" }, { keys: [{ id: "w" }] }, { keys: many }]) {
			const response = await t.app.inject({ method: "POST", url: "/api/workshops/mine", payload });
			expect(response.statusCode).toBe(400);
		}
		expect((await mine(t, many.slice(0, 200))).statusCode).toBe(200);
		expect(json<MyWorkshops>(await mine(t, [])).workshops).toEqual([]);
	});
});

/** The clock, moved by `delta` (readability of the expected values). */
function T(t: TestApp, delta: number): number {
	return t.clock + delta;
}

describe("POST /api/teams/workshops/mine", () => {
	let privateJwk: JWK;
	let t: TestApp;

	beforeAll(async () => {
		const sso = await testSsoKeys();
		privateJwk = sso.privateJwk;
		const config = loadConfig(
			{ FLUID_MODE: "local", PORT: "0", PUBLIC_URL: `https://${TEST_TEAMS_HOST}`, AAD_APP_ID: TEST_AAD_APP_ID },
			ROOT,
		);
		const storage = await openStorage(":memory:");
		const clock = { now: Date.now() };
		const app = await buildApp({ config, storage, secret: "s".repeat(40), sso: sso.verifier, now: () => clock.now });
		t = {
			app,
			config,
			storage,
			store: storage.workshops,
			get clock() {
				return clock.now;
			},
			set clock(v: number) {
				clock.now = v;
			},
		};
	});

	async function setUp(oid: string, name: string, meetingId: string, title: string) {
		t.clock += 1000;
		const response = await t.app.inject({
			method: "POST",
			url: "/api/teams/workshops",
			payload: { ssoToken: await testSsoToken(privateJwk, oid, name), meetingId, title, announcedEnd: t.clock + 3_600_000 },
		});
		expect(response.statusCode).toBe(201);
		return json<{ workshop: { id: string }; identity: Identity }>(response);
	}

	it("lists the workshops the signed-in Teams user facilitates, newest first", async () => {
		const a = await setUp("oid-fanny", "Fanny", "meeting-a", "Atelier A");
		const b = await setUp("oid-fanny", "Fanny", "meeting-b", "Atelier B");
		await setUp("oid-alice", "Alice", "meeting-c", "Atelier d'Alice");
		const response = await t.app.inject({
			method: "POST",
			url: "/api/teams/workshops/mine",
			payload: { ssoToken: await testSsoToken(privateJwk, "oid-fanny", "Fanny") },
		});
		expect(response.statusCode).toBe(200);
		const list = json<MyWorkshops>(response).workshops;
		expect(list.map((w) => [w.id, w.title, w.status])).toEqual([
			[b.workshop.id, "Atelier B", "active"],
			[a.workshop.id, "Atelier A", "active"],
		]);
		// The Teams facilitator erases with their ticket or their sign-in token (they have no link); nobody else does.
		expect((await erase(t, a.workshop.id, { ticket: a.identity.ticket })).statusCode).toBe(204);
		const alice = await testSsoToken(privateJwk, "oid-alice", "Alice");
		expect((await erase(t, b.workshop.id, { ssoToken: alice })).statusCode).toBe(403);
		expect((await erase(t, b.workshop.id, { ssoToken: "forged" })).statusCode).toBe(403);
		const fanny = await testSsoToken(privateJwk, "oid-fanny", "Fanny");
		expect((await erase(t, b.workshop.id, { ssoToken: fanny })).statusCode).toBe(204);
		const after = await t.app.inject({ method: "POST", url: "/api/teams/workshops/mine", payload: { ssoToken: fanny } });
		expect(json<MyWorkshops>(after).workshops).toEqual([]);
	});

	it("refuses a token it cannot verify, and says when Teams is not configured", async () => {
		const refused = await t.app.inject({ method: "POST", url: "/api/teams/workshops/mine", payload: { ssoToken: "forged" } });
		expect(refused.statusCode).toBe(401);
		expect(errorOf(refused).error).toBe("ssoInvalid");
		const plain = await makeApp();
		const none = await plain.app.inject({ method: "POST", url: "/api/teams/workshops/mine", payload: { ssoToken: "x" } });
		expect(none.statusCode).toBe(501);
		expect(errorOf(none).error).toBe("teamsNotConfigured");
	});
});

describe("retention", () => {
	it("erases the workshops created more than RETENTION_DAYS ago, through the same erasure, and keeps the recent ones", async () => {
		const { t, hooks } = await hookedApp();
		const old = await createBoundWorkshop(t);
		t.clock += 100 * DAY_MS;
		const recent = await createWorkshop(t);
		t.clock += 80 * DAY_MS + 1;
		// `old` is 180 days and 1 ms old, `recent` 80 days.
		expect(await eraseExpired({ storage: t.storage, hooks, now: t.clock, days: 180 })).toBe(1);
		expect(hooks.calls).toContain(`erasing:${old.workshop.id}`);
		await expectGone(t, old, true);
		expect(await t.store.ownerOf(old.containers.process)).toBeUndefined();
		expect((await t.app.inject({ method: "GET", url: `/api/workshops/${recent.workshop.id}` })).statusCode).toBe(200);
		expect(await eraseExpired({ storage: t.storage, hooks, now: t.clock, days: 180 })).toBe(0);
		expect(await eraseExpired({ storage: t.storage, now: t.clock, days: 80 })).toBe(1);
		expect(await t.store.get(recent.workshop.id)).toBeUndefined();
	});
});

describe("a restart", () => {
	const dirs: string[] = [];
	afterAll(async () => {
		await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
	});

	it("keeps the workshops and the identity tickets valid (the secret and the database live in DATA_DIR)", async () => {
		const dir = await mkdtemp(path.join(tmpdir(), "atelier-restart-"));
		dirs.push(dir);
		const config = loadConfig({ FLUID_MODE: "local", PORT: "0", DATA_DIR: dir }, ROOT);
		const start = async () => {
			const storage = await openStorage(config.dataDir);
			const app = await buildApp({ config, storage, secret: await appSecret(undefined, config.dataDir) });
			return { app, storage };
		};
		const first = await start();
		const created = await first.app.inject({
			method: "POST",
			url: "/api/workshops",
			payload: { title: "Atelier", announcedEnd: Date.now() + 3_600_000, facilitatorName: "Camille" },
		});
		const body = json<CreatedWorkshop>(created);
		await first.app.close();
		await first.storage.close();

		const second = await start();
		const token = await second.app.inject({ method: "POST", url: "/api/token", payload: { ticket: body.identity.ticket } });
		expect(token.statusCode).toBe(200);
		const again = await second.app.inject({
			method: "POST",
			url: `/api/workshops/${body.workshop.id}/facilitator`,
			payload: { key: body.facilitatorKey },
		});
		expect(again.statusCode).toBe(200);
		await second.app.close();
		await second.storage.close();
	});
});
