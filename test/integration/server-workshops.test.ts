/**
 * The workshop routes, driven by `inject`: creating, reading the public record, binding
 * the two containers, joining, and the facilitator link.
 */
import { describe, expect, it, vi } from "vitest";
import type { CreatedWorkshop, Identity, WorkshopInfo } from "../../src/api/types";
import { hashKey } from "../../src/server/store";
import { TicketSigner } from "../../src/server/tickets";
import {
	bind,
	createWorkshop,
	DAY_MS,
	errorOf,
	join,
	joinOk,
	joinWith,
	json,
	makeApp,
	postWorkshop,
	SECRET,
	type TestApp,
} from "../support/server-helpers";

const signer = new TicketSigner(SECRET);

async function facilitatorLink(t: TestApp, id: string, body: Readonly<Record<string, unknown>>) {
	return t.app.inject({ method: "POST", url: `/api/workshops/${id}/facilitator`, payload: body });
}

describe("POST /api/workshops", () => {
	it("creates a workshop: 201, the facilitator key, and a facilitator identity with a valid ticket", async () => {
		const t = await makeApp();
		const end = t.clock + 90 * 60_000;
		const response = await postWorkshop(t, { title: "  Atelier du jeudi  ", announcedEnd: end, facilitatorName: " Camille " });
		expect(response.statusCode).toBe(201);
		const body = json<CreatedWorkshop>(response);
		expect(body.workshop).toEqual({
			id: body.workshop.id,
			title: "Atelier du jeudi",
			announcedEnd: end,
			facilitatorName: "Camille",
			containers: null,
			status: "active",
			restored: null,
		});
		expect(body.workshop.id).toMatch(/^[A-Za-z0-9_-]{12}$/);
		expect(body.facilitatorKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
		expect(body.identity.role).toBe("facilitator");
		expect(body.identity.name).toBe("Camille");
		expect(body.identity.userId).toMatch(/^f-[A-Za-z0-9_-]{12}$/);
		expect(await signer.verify(body.identity.ticket, t.clock)).toEqual({
			workshopId: body.workshop.id,
			userId: body.identity.userId,
			name: "Camille",
			role: "facilitator",
		});
		const record = await t.store.get(body.workshop.id);
		expect(record?.keyHash).toBe(hashKey(body.facilitatorKey));
		expect(record?.createdAt).toBe(t.clock);
	});

	it("gives each workshop its own id and key", async () => {
		const t = await makeApp();
		const a = await createWorkshop(t);
		const b = await createWorkshop(t);
		expect(a.workshop.id).not.toBe(b.workshop.id);
		expect(a.facilitatorKey).not.toBe(b.facilitatorKey);
		expect(a.identity.userId).not.toBe(b.identity.userId);
	});

	it("accepts a title of exactly 120 characters (code points) and refuses 121", async () => {
		const t = await makeApp();
		const end = t.clock + 3_600_000;
		const ok = await postWorkshop(t, { title: "🌱".repeat(120), announcedEnd: end, facilitatorName: "Camille" });
		expect(ok.statusCode).toBe(201);
		const tooLong = await postWorkshop(t, { title: "é".repeat(121), announcedEnd: end, facilitatorName: "Camille" });
		expect(tooLong.statusCode).toBe(400);
		expect(errorOf(tooLong)).toMatchObject({ error: "textTooLong", field: "title", max: 120 });
	});

	it("refuses an empty or blank facilitator name with textEmpty", async () => {
		const t = await makeApp();
		for (const facilitatorName of ["", "   ", undefined]) {
			const response = await postWorkshop(t, { title: "Atelier", announcedEnd: t.clock + 3_600_000, facilitatorName });
			expect(response.statusCode).toBe(400);
			expect(errorOf(response)).toMatchObject({ error: "textEmpty", field: "name", max: 60 });
		}
	});

	it("refuses an over-long facilitator name", async () => {
		const t = await makeApp();
		const response = await postWorkshop(t, {
			title: "Atelier",
			announcedEnd: t.clock + 3_600_000,
			facilitatorName: "n".repeat(61),
		});
		expect(response.statusCode).toBe(400);
		expect(errorOf(response)).toMatchObject({ error: "textTooLong", field: "name", max: 60 });
	});

	it.each([
		["in the past", (now: number) => now - 60_000],
		["exactly now", (now: number) => now],
		["more than 30 days ahead", (now: number) => now + 30 * DAY_MS + 1],
		["a numeric string", (now: number) => String(now + 3_600_000)],
		["null", () => null],
		["missing", () => undefined],
	])("refuses an announcedEnd %s with endTimeInvalid", async (_label, end) => {
		const t = await makeApp();
		const response = await postWorkshop(t, { title: "Atelier", announcedEnd: end(t.clock), facilitatorName: "Camille" });
		expect(response.statusCode).toBe(400);
		expect(errorOf(response)).toMatchObject({ error: "endTimeInvalid", field: "announcedEnd" });
	});

	it("accepts an announcedEnd exactly 30 days ahead", async () => {
		const t = await makeApp();
		const response = await postWorkshop(t, { title: "Atelier", announcedEnd: t.clock + 30 * DAY_MS, facilitatorName: "Camille" });
		expect(response.statusCode).toBe(201);
	});

	it("stores nothing when the request is refused", async () => {
		const t = await makeApp();
		const put = vi.spyOn(t.store, "put");
		const refused = [
			{ title: "Atelier", announcedEnd: t.clock - 1, facilitatorName: "Camille" },
			{ title: "t".repeat(121), announcedEnd: t.clock + 3_600_000, facilitatorName: "Camille" },
			{ title: "Atelier", announcedEnd: t.clock + 3_600_000, facilitatorName: "" },
		];
		for (const body of refused) expect((await postWorkshop(t, body)).statusCode).toBe(400);
		expect(put).not.toHaveBeenCalled();
		const ok = await createWorkshop(t);
		expect(put).toHaveBeenCalledTimes(1);
		expect(await t.store.get(ok.workshop.id)).toBeDefined();
	});
});

describe("GET /api/workshops/:id", () => {
	it("answers 404 workshopNotFound for an unknown id", async () => {
		const t = await makeApp();
		const response = await t.app.inject({ method: "GET", url: "/api/workshops/does-not-exist" });
		expect(response.statusCode).toBe(404);
		expect(errorOf(response).error).toBe("workshopNotFound");
	});

	it("returns the public view, never the key nor its hash", async () => {
		const t = await makeApp();
		const created = await createWorkshop(t, { title: "Atelier public" });
		const response = await t.app.inject({ method: "GET", url: `/api/workshops/${created.workshop.id}` });
		expect(response.statusCode).toBe(200);
		const info = json<WorkshopInfo>(response);
		expect(Object.keys(info).sort()).toEqual([
			"announcedEnd",
			"containers",
			"facilitatorName",
			"id",
			"restored",
			"status",
			"title",
		]);
		expect(info).toEqual(created.workshop);
		expect(response.body).not.toContain(created.facilitatorKey);
		expect(response.body).not.toContain(hashKey(created.facilitatorKey));
		expect(response.body).not.toContain("keyHash");
		expect(response.body).not.toContain(created.identity.userId);
	});

	it("never shows the key hash in the creation reply either", async () => {
		const t = await makeApp();
		const response = await postWorkshop(t, { title: "Atelier", announcedEnd: t.clock + 3_600_000, facilitatorName: "Camille" });
		const created = json<CreatedWorkshop>(response);
		expect(response.body).not.toContain(hashKey(created.facilitatorKey));
		expect(response.body).not.toContain("keyHash");
	});
});

describe("PUT /api/workshops/:id/containers", () => {
	const ids = { process: "proc-1", board: "board-1" };

	it("refuses a wrong key with 403 wrongKey and binds nothing", async () => {
		const t = await makeApp();
		const created = await createWorkshop(t);
		for (const key of ["not-the-key", "", created.facilitatorKey.slice(0, -1)]) {
			const response = await bind(t, created.workshop.id, key, ids);
			expect(response.statusCode).toBe(403);
			expect(errorOf(response).error).toBe("wrongKey");
		}
		const info = json<WorkshopInfo>(await t.app.inject({ method: "GET", url: `/api/workshops/${created.workshop.id}` }));
		expect(info.containers).toBeNull();
	});

	it("answers 404 for an unknown workshop", async () => {
		const t = await makeApp();
		const response = await bind(t, "nope", "key", ids);
		expect(response.statusCode).toBe(404);
		expect(errorOf(response).error).toBe("workshopNotFound");
	});

	it("binds once, accepts the same ids again, refuses different ids with 409 alreadyBound", async () => {
		const t = await makeApp();
		const created = await createWorkshop(t);
		const id = created.workshop.id;

		const first = await bind(t, id, created.facilitatorKey, ids);
		expect(first.statusCode).toBe(200);
		expect(json<WorkshopInfo>(first).containers).toEqual(ids);

		const again = await bind(t, id, created.facilitatorKey, ids);
		expect(again.statusCode).toBe(200);
		expect(json<WorkshopInfo>(again).containers).toEqual(ids);

		for (const other of [
			{ process: "proc-2", board: "board-1" },
			{ process: "proc-1", board: "board-2" },
			{ process: "board-1", board: "proc-1" },
		]) {
			const response = await bind(t, id, created.facilitatorKey, other);
			expect(response.statusCode).toBe(409);
			expect(errorOf(response).error).toBe("alreadyBound");
		}

		const info = json<WorkshopInfo>(await t.app.inject({ method: "GET", url: `/api/workshops/${id}` }));
		expect(info.containers).toEqual(ids);
	});

	it("checks the key before saying the workshop is already bound", async () => {
		const t = await makeApp();
		const created = await createWorkshop(t);
		await bind(t, created.workshop.id, created.facilitatorKey, ids);
		const response = await bind(t, created.workshop.id, "wrong", { process: "x", board: "y" });
		expect(response.statusCode).toBe(403);
		expect(errorOf(response).error).toBe("wrongKey");
	});

	it("refuses empty container ids", async () => {
		const t = await makeApp();
		const created = await createWorkshop(t);
		const response = await bind(t, created.workshop.id, created.facilitatorKey, { process: "", board: "b" });
		expect(response.statusCode).toBe(400);
		const info = json<WorkshopInfo>(await t.app.inject({ method: "GET", url: `/api/workshops/${created.workshop.id}` }));
		expect(info.containers).toBeNull();
	});
});

describe("POST /api/workshops/:id/join", () => {
	it("gives a participant identity with a fresh user id each time", async () => {
		const t = await makeApp();
		const created = await createWorkshop(t);
		const a = await joinOk(t, created.workshop.id, "  Alice ");
		const b = await joinOk(t, created.workshop.id, "Alice");
		expect(a.role).toBe("participant");
		expect(a.name).toBe("Alice");
		expect(a.userId).toMatch(/^u-[A-Za-z0-9_-]{12}$/);
		expect(b.userId).not.toBe(a.userId);
		expect(a.userId).not.toBe(created.identity.userId);
		expect(await signer.verify(a.ticket, t.clock)).toEqual({
			workshopId: created.workshop.id,
			userId: a.userId,
			name: "Alice",
			role: "participant",
		});
	});

	it("gives the role of the link's key: the observer link always gives an observer", async () => {
		const t = await makeApp();
		const created = await createWorkshop(t);
		const observer = await joinOk(t, created.workshop.id, "Olga", true);
		expect(observer.role).toBe("observer");
		expect((await signer.verify(observer.ticket, t.clock))?.role).toBe("observer");
		for (const flag of [false, "false", 0]) {
			const asked = await joinWith(t, created.workshop.id, { name: "Otto", key: created.observerKey, observer: flag });
			expect(json<Identity>(asked).role).toBe("observer");
		}
		const participant = await joinWith(t, created.workshop.id, { name: "Paul", key: created.participantKey, observer: true });
		expect(json<Identity>(participant).role).toBe("participant");
	});

	it("refuses an over-long or empty name", async () => {
		const t = await makeApp();
		const created = await createWorkshop(t);
		const long = await join(t, created.workshop.id, "n".repeat(61));
		expect(long.statusCode).toBe(400);
		expect(errorOf(long)).toMatchObject({ error: "textTooLong", field: "name", max: 60 });
		const empty = await join(t, created.workshop.id, "  ");
		expect(empty.statusCode).toBe(400);
		expect(errorOf(empty)).toMatchObject({ error: "textEmpty", field: "name" });
		expect((await join(t, created.workshop.id, "n".repeat(60))).statusCode).toBe(200);
	});

	it("answers 404 for an unknown workshop", async () => {
		const t = await makeApp();
		const response = await join(t, "unknown-workshop", "Alice");
		expect(response.statusCode).toBe(404);
		expect(errorOf(response).error).toBe("workshopNotFound");
	});
});

describe("POST /api/workshops/:id/facilitator", () => {
	it("gives back the same facilitator identity as at creation with the right key", async () => {
		const t = await makeApp();
		const created = await createWorkshop(t, { facilitatorName: "Camille" });
		t.clock += 3_600_000;
		const response = await facilitatorLink(t, created.workshop.id, { key: created.facilitatorKey });
		expect(response.statusCode).toBe(200);
		const identity = json<Identity>(response);
		expect(identity.userId).toBe(created.identity.userId);
		expect(identity.name).toBe("Camille");
		expect(identity.role).toBe("facilitator");
		expect(await signer.verify(identity.ticket, t.clock)).toEqual({
			workshopId: created.workshop.id,
			userId: created.identity.userId,
			name: "Camille",
			role: "facilitator",
		});
	});

	it("refuses a wrong, empty, non-string or missing key with 403 wrongKey", async () => {
		const t = await makeApp();
		const created = await createWorkshop(t);
		for (const body of [{ key: "wrong" }, { key: "" }, { key: 12 }, {}]) {
			const response = await facilitatorLink(t, created.workshop.id, body);
			expect(response.statusCode).toBe(403);
			expect(errorOf(response).error).toBe("wrongKey");
			expect(response.body).not.toContain("ticket");
		}
	});

	it("does not accept another workshop's key", async () => {
		const t = await makeApp();
		const a = await createWorkshop(t);
		const b = await createWorkshop(t);
		const response = await facilitatorLink(t, a.workshop.id, { key: b.facilitatorKey });
		expect(response.statusCode).toBe(403);
	});

	it("answers 404 for an unknown workshop", async () => {
		const t = await makeApp();
		const response = await facilitatorLink(t, "unknown", { key: "k" });
		expect(response.statusCode).toBe(404);
		expect(errorOf(response).error).toBe("workshopNotFound");
	});
});
