/** The handoff endpoint: only the facilitator hands over; the authority and the link move with it. */
import { describe, expect, it } from "vitest";
import { createBoundWorkshop, errorOf, joinOk, makeApp, requestToken } from "../support/server-helpers";

describe("POST /api/workshops/:id/handoff", () => {
	it("moves write access on the process document to the new facilitator, and retires the old link", async () => {
		const t = await makeApp();
		const w = await createBoundWorkshop(t);
		const alice = await joinOk(t, w.workshop.id, "Alice");
		const before = await requestToken(t, alice.ticket, w.containers.process);
		expect(before.json().scopes).toEqual(["doc:read"]);
		const handoff = await t.app.inject({
			method: "POST",
			url: `/api/workshops/${w.workshop.id}/handoff`,
			payload: { ticket: w.identity.ticket, toUserId: alice.userId, toName: "Alice" },
		});
		expect(handoff.statusCode).toBe(200);
		expect(handoff.json()).toMatchObject({ facilitatorName: "Alice" });
		expect((await requestToken(t, alice.ticket, w.containers.process)).json().scopes).toContain("doc:write");
		expect((await requestToken(t, w.identity.ticket, w.containers.process)).json().scopes).toEqual(["doc:read"]);
		const oldLink = await t.app.inject({
			method: "POST",
			url: `/api/workshops/${w.workshop.id}/facilitator`,
			payload: { key: w.facilitatorKey },
		});
		expect(oldLink.statusCode).toBe(403);
		// The former facilitator cannot hand it back.
		const back = await t.app.inject({
			method: "POST",
			url: `/api/workshops/${w.workshop.id}/handoff`,
			payload: { ticket: w.identity.ticket, toUserId: w.identity.userId, toName: "Fanny" },
		});
		expect(back.statusCode).toBe(403);
		expect(errorOf(back).error).toBe("notFacilitator");
	});

	it("refuses a participant, a forged ticket, an id that is no participant's, and an empty name", async () => {
		const t = await makeApp();
		const w = await createBoundWorkshop(t);
		const bob = await joinOk(t, w.workshop.id, "Bob");
		const post = (payload: Record<string, unknown>) =>
			t.app.inject({ method: "POST", url: `/api/workshops/${w.workshop.id}/handoff`, payload });
		expect((await post({ ticket: bob.ticket, toUserId: bob.userId, toName: "Bob" })).statusCode).toBe(403);
		expect((await post({ ticket: "forged", toUserId: bob.userId, toName: "Bob" })).statusCode).toBe(401);
		expect((await post({ ticket: w.identity.ticket, toUserId: "f-not-a-participant", toName: "X" })).statusCode).toBe(400);
		expect(errorOf(await post({ ticket: w.identity.ticket, toUserId: bob.userId, toName: "" })).error).toBe("textEmpty");
	});
});
