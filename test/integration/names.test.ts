/**
 * Names: the server's tickets carry names without control characters or direction
 * overrides; a ticket without a name is refused, never a server error; and every client
 * reads the board's (claimed) member names cleaned and told apart.
 */
import "../support/node-fluid";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Member } from "../../src/fluid/schema";
import { membersInOrder } from "../../src/fluid/read";
import type { WorkshopSession } from "../../src/fluid/session";
import { TicketSigner } from "../../src/server/tickets";
import { createTestWorkshop, eventually, type TestWorkshop } from "../support/clients";
import { createBoundWorkshop, errorOf, joinOk, makeApp, requestToken, SECRET } from "../support/server-helpers";

describe("names on tickets", () => {
	it("are made without control characters, bidi overrides or zero-width characters", async () => {
		const t = await makeApp();
		const w = await createBoundWorkshop(t);
		const who = await joinOk(t, w.workshop.id, "\u0000Al\u202Eice\u0007\u200B");
		expect(who.name).toBe("Alice");
		const response = await t.app.inject({
			method: "POST",
			url: `/api/workshops/${w.workshop.id}/join`,
			payload: { name: "\u202E\u0000\u2066" },
		});
		expect(response.statusCode).toBe(400);
		expect(errorOf(response).error).toBe("textEmpty");
	});

	it("refuse a correctly signed ticket with an empty name (not a server error)", async () => {
		const t = await makeApp();
		const w = await createBoundWorkshop(t);
		const ticket = await new TicketSigner(SECRET).sign(
			{ workshopId: w.workshop.id, userId: "u-empty", name: "  ", role: "participant" },
			t.clock,
		);
		const response = await requestToken(t, ticket, w.containers.board);
		expect(response.statusCode).toBe(401);
		expect(errorOf(response).error).toBe("ticketInvalid");
	});
});

describe("names as every client reads them", () => {
	let w: TestWorkshop;
	let alice: WorkshopSession;
	let alice2: WorkshopSession;

	beforeAll(async () => {
		w = await createTestWorkshop(inject("appUrl"), "Noms");
		alice = await w.join("Alice");
		alice2 = await w.join("alice");
	});
	afterAll(() => w?.dispose());

	it("tells two people with one name apart, in join order", async () => {
		await eventually(() => w.facilitator.boardView.root.members.size === 3, 20_000, "members");
		const names = membersInOrder(w.facilitator.boardView.root).map((m) => m.name);
		expect(names).toEqual(["Fanny Facilitatrice", "Alice", "alice (2)"]);
	});

	it("cleans a name a modified client wrote on the board", async () => {
		// A modified client bypasses the commands and writes its own member entry.
		const board = alice2.boardView.root;
		const mine = board.members.get(alice2.me.userId);
		if (!mine) throw new Error("no member entry");
		board.members.set(
			alice2.me.userId,
			new Member({ id: mine.id, name: "\u202Eeciré\u0000", observer: false, joinedAt: mine.joinedAt }),
		);
		await eventually(
			() => w.facilitator.boardView.root.members.get(alice2.me.userId)?.name.includes("\u202E") === true,
			20_000,
			"the forged entry",
		);
		const shown = membersInOrder(w.facilitator.boardView.root).find((m) => m.id === alice2.me.userId)?.name;
		expect(shown).toBe("eciré");
		expect(alice.me.name).toBe("Alice");
	});
});
