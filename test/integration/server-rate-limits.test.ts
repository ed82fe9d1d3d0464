/**
 * Rate limits: a script that creates workshops or asks for tokens in a loop is stopped,
 * with a clear answer, while a person's use stays well within the limits.
 */
import { describe, expect, it } from "vitest";
import { RATE_RULES } from "../../src/server/rateLimits";
import { createBoundWorkshop, errorOf, joinOk, makeApp, postWorkshop, requestToken } from "../support/server-helpers";

const perMinute = (method: string, url: string) => RATE_RULES.find((r) => r.method === method && r.url === url)?.perMinute ?? 0;

describe("rate limits", () => {
	it("stop the creation of workshops past the limit, with a clear answer", async () => {
		const t = await makeApp({ RATE_LIMIT_SCALE: "1" });
		const limit = perMinute("POST", "/api/workshops");
		expect(limit).toBeGreaterThan(0);
		const body = { title: "Atelier", announcedEnd: t.clock + 3_600_000, facilitatorName: "Camille" };
		for (let i = 0; i < limit; i++) expect((await postWorkshop(t, body)).statusCode).toBe(201);
		const refused = await postWorkshop(t, body);
		expect(refused.statusCode).toBe(429);
		expect(errorOf(refused).error).toBe("rateLimited");
		expect(errorOf(refused).message).toMatch(/try again in \d+ s/);
		expect(refused.headers["retry-after"]).toBeDefined();
	});

	it("stop a token loop, and joining in a loop", async () => {
		const t = await makeApp({ RATE_LIMIT_SCALE: "1" });
		const w = await createBoundWorkshop(t);
		const alice = await joinOk(t, w.workshop.id, "Alice");
		const statuses: number[] = [];
		for (let i = 0; i < perMinute("POST", "/api/token") + 1; i++) {
			statuses.push((await requestToken(t, alice.ticket, w.containers.board)).statusCode);
		}
		expect(statuses.filter((s) => s === 200).length).toBe(perMinute("POST", "/api/token"));
		expect(statuses.at(-1)).toBe(429);
		let last = 0;
		for (let i = 0; i < perMinute("POST", "/api/workshops/:id/join"); i++) {
			last = (await t.app.inject({ method: "POST", url: `/api/workshops/${w.workshop.id}/join`, payload: { name: `P${i}` } }))
				.statusCode;
		}
		expect(last).toBe(429);
	});

	it("cover every route that creates or signs something", () => {
		const urls = RATE_RULES.map((r) => `${r.method} ${r.url}`);
		for (const route of ["POST /api/workshops", "POST /api/token", "POST /api/workshops/:id/join", "POST /api/teams/workshops"]) {
			expect(urls).toContain(route);
		}
	});
});
