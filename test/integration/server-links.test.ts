/**
 * The shared links are capabilities (issue 10, point 5): the participant link's key gives
 * a participant, the observer link's key an observer whatever the body says, no key (or
 * a wrong one) nothing. Records from before the keys get theirs (migration 2). Beside
 * them: the registry's bound (MAX_WORKSHOPS) and the one error handler's replies.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { Identity, LinkKeys } from "../../src/api/types";
import { ConfigError, loadConfig } from "../../src/server/config";
import { openStorage } from "../../src/server/storage/sqlite";
import { SqliteDb } from "../../src/server/storage/sqliteDb";
import type { WorkshopRecord } from "../../src/server/storage/types";
import {
	createBoundWorkshop,
	createWorkshop,
	errorOf,
	joinOk,
	joinWith,
	json,
	makeApp,
	postWorkshop,
	ROOT,
	requestToken,
	type TestApp,
	type TokenReply,
} from "../support/server-helpers";

async function links(t: TestApp, id: string, proof: Readonly<Record<string, unknown>>) {
	return t.app.inject({ method: "POST", url: `/api/workshops/${id}/links`, payload: proof });
}

describe("the observer link only observes", () => {
	it("gives an observer ticket and read-only tokens for the observer key, even with observer: false", async () => {
		const t = await makeApp();
		const w = await createBoundWorkshop(t);
		const response = await joinWith(t, w.workshop.id, { name: "Mallory", key: w.observerKey, observer: false });
		expect(response.statusCode).toBe(200);
		const mallory = json<Identity>(response);
		expect(mallory.role).toBe("observer");
		for (const documentId of [w.containers.board, w.containers.process]) {
			const token = await requestToken(t, mallory.ticket, documentId);
			expect(token.statusCode).toBe(200);
			expect(json<TokenReply>(token).scopes).toEqual(["doc:read"]);
		}
	});

	it("gives a participant (a writable board) for the participant key", async () => {
		const t = await makeApp();
		const w = await createBoundWorkshop(t);
		const alice = json<Identity>(await joinWith(t, w.workshop.id, { name: "Alice", key: w.participantKey }));
		expect(alice.role).toBe("participant");
		const board = json<TokenReply>(await requestToken(t, alice.ticket, w.containers.board));
		expect(board.scopes).toContain("doc:write");
	});

	it("refuses no key, a wrong key, another workshop's key and the facilitator's key: no ticket at all", async () => {
		const t = await makeApp();
		const w = await createWorkshop(t);
		const other = await createWorkshop(t);
		const bodies = [
			{ name: "Eve" },
			{ name: "Eve", observer: false },
			{ name: "Eve", key: "" },
			{ name: "Eve", key: "wrong" },
			{ name: "Eve", key: other.participantKey },
			{ name: "Eve", key: other.observerKey },
			{ name: "Eve", key: w.facilitatorKey },
		];
		for (const body of bodies) {
			const response = await joinWith(t, w.workshop.id, body);
			expect(response.statusCode).toBe(403);
			expect(errorOf(response)).toEqual({ error: "wrongLinkKey", message: expect.any(String) });
			expect(response.body).not.toContain("ticket");
		}
	});

	it("gives the two keys to the facilitator only (key or ticket), never to a participant or observer", async () => {
		const t = await makeApp();
		const w = await createWorkshop(t);
		const expected: LinkKeys = { participantKey: w.participantKey, observerKey: w.observerKey };
		expect(w.participantKey).not.toBe(w.observerKey);
		expect(json<LinkKeys>(await links(t, w.workshop.id, { ticket: w.identity.ticket }))).toEqual(expected);
		expect(json<LinkKeys>(await links(t, w.workshop.id, { key: w.facilitatorKey }))).toEqual(expected);
		const participant = await joinOk(t, w.workshop.id, "Alice");
		const observer = await joinOk(t, w.workshop.id, "Olga", true);
		for (const proof of [{ ticket: participant.ticket }, { ticket: observer.ticket }, { key: w.participantKey }, {}]) {
			const response = await links(t, w.workshop.id, proof);
			expect(response.statusCode).toBe(403);
			expect(errorOf(response).error).toBe("wrongKey");
		}
	});

	it("gives keys to a workshop recorded before them: old links stop opening it, the new ones do", async () => {
		const t = await makeApp();
		const w = await createWorkshop(t);
		const { participantKey: _p, observerKey: _o, ...old } = (await t.store.get(w.workshop.id)) as WorkshopRecord;
		await t.store.put(old);
		expect((await joinWith(t, w.workshop.id, { name: "Alice" })).statusCode).toBe(403);
		const keys = json<LinkKeys>(await links(t, w.workshop.id, { key: w.facilitatorKey }));
		expect(keys.participantKey.length).toBeGreaterThan(20);
		expect(json<LinkKeys>(await links(t, w.workshop.id, { key: w.facilitatorKey }))).toEqual(keys);
		expect(json<Identity>(await joinWith(t, w.workshop.id, { name: "Alice", key: keys.participantKey })).role).toBe(
			"participant",
		);
	});

	it("migration 2 gives every stored workshop its two keys", async () => {
		const dir = await mkdtemp(path.join(tmpdir(), "atelier-links-"));
		const first = await openStorage(dir);
		const record: WorkshopRecord = {
			id: "old-one",
			title: "Atelier d'avant",
			announcedEnd: 2,
			createdAt: 1,
			facilitatorId: "f-x",
			facilitatorName: "Camille",
			keyHash: "",
		};
		await first.workshops.put(record);
		await first.close();
		const db = new SqliteDb(path.join(dir, "atelier.db"));
		db.pragma("locking_mode = EXCLUSIVE");
		db.pragma("user_version = 1");
		db.close();
		const again = await openStorage(dir);
		const migrated = await again.workshops.get("old-one");
		await again.close();
		expect(migrated).toMatchObject(record);
		expect(migrated?.participantKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
		expect(migrated?.observerKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
		expect(migrated?.observerKey).not.toBe(migrated?.participantKey);
	});
});

describe("the registry's bound", () => {
	it("refuses a creation beyond MAX_WORKSHOPS with 503 registryFull, and makes room when one is erased", async () => {
		const t = await makeApp({ MAX_WORKSHOPS: "2" });
		const a = await createWorkshop(t);
		await createWorkshop(t);
		const refused = await postWorkshop(t, { title: "Trois", announcedEnd: t.clock + 3_600_000, facilitatorName: "Camille" });
		expect(refused.statusCode).toBe(503);
		expect(errorOf(refused)).toEqual({ error: "registryFull", message: expect.any(String) });
		expect(await t.store.count()).toBe(2);
		const erased = await t.app.inject({
			method: "DELETE",
			url: `/api/workshops/${a.workshop.id}`,
			payload: { key: a.facilitatorKey },
		});
		expect(erased.statusCode).toBe(204);
		await createWorkshop(t);
	});

	it("reads MAX_WORKSHOPS as a whole number (default 10000)", () => {
		expect(loadConfig({}, ROOT).maxWorkshops).toBe(10_000);
		expect(loadConfig({ MAX_WORKSHOPS: "5" }, ROOT).maxWorkshops).toBe(5);
		for (const bad of ["0", "-1", "2.5", "many"]) {
			expect(() => loadConfig({ MAX_WORKSHOPS: bad }, ROOT)).toThrow(ConfigError);
		}
	});
});

describe("the one error handler", () => {
	it("answers a schema violation with 400 badRequest and a clear message, no stack", async () => {
		const t = await makeApp();
		const w = await createWorkshop(t);
		const response = await t.app.inject({
			method: "PUT",
			url: `/api/workshops/${w.workshop.id}/containers`,
			payload: { key: w.facilitatorKey, process: "" },
		});
		expect(response.statusCode).toBe(400);
		const body = errorOf(response);
		expect(body.error).toBe("badRequest");
		expect(body.message).toMatch(/^Invalid request: body/);
		expect(Object.keys(body).sort()).toEqual(["error", "message"]);
	});

	it("answers malformed JSON with 400 badRequest", async () => {
		const t = await makeApp();
		const response = await t.app.inject({
			method: "POST",
			url: "/api/workshops",
			headers: { "content-type": "application/json" },
			payload: "{not json",
		});
		expect(response.statusCode).toBe(400);
		expect(errorOf(response).error).toBe("badRequest");
	});

	it("answers an unexpected failure with 500 and a generic message, never its content", async () => {
		const t = await makeApp();
		const w = await createWorkshop(t);
		vi.spyOn(t.store, "get").mockRejectedValue(new Error("disk says: Atelier du jeudi"));
		const response = await t.app.inject({ method: "GET", url: `/api/workshops/${w.workshop.id}` });
		expect(response.statusCode).toBe(500);
		expect(errorOf(response)).toEqual({ error: "serverError", message: "Internal server error" });
		expect(response.body).not.toContain("jeudi");
	});
});
