/**
 * Codev groups (issue 12) on the server, by inject with the real SQLite store: creating,
 * joining and viewing a group; group tickets and workshop tickets never taken for each
 * other; the next facilitator's new workshop with what it carries; joining the group's
 * workshops as oneself (one user id across sessions).
 */
import { describe, expect, it } from "vitest";
import type { GroupInfo, GroupMember, GroupView, Identity, WorkshopInfo } from "../../src/api/types";
import { errorOf, joinOk, json, makeApp, requestToken } from "../support/server-helpers";
import { archiveSession, call, endWorkshop, groupWorkshop, joinGroup, newGroup, ok, recordOf } from "./server-groups-fixtures";

describe("a group: create, join, view", () => {
	it("the creator is the first member and the next facilitator; a member joins by the link's key", async () => {
		const t = await makeApp();
		const created = await newGroup(t, "  Groupe du mardi  ", " Alice ");
		expect(created.group).toEqual({ id: expect.stringMatching(/^[A-Za-z0-9_-]{12}$/), name: "Groupe du mardi" });
		expect(created.memberKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
		expect(created.member).toMatchObject({ groupId: created.group.id, name: "Alice", userId: expect.stringMatching(/^u-/) });
		expect(await ok<GroupInfo>(call(t, "GET", `/api/groups/${created.group.id}`))).toEqual(created.group);

		const wrong = await call(t, "POST", `/api/groups/${created.group.id}/join`, { key: "nope", name: "Bob" });
		expect(wrong.statusCode).toBe(403);
		expect(errorOf(wrong).error).toBe("wrongLinkKey");
		const bob = await joinGroup(t, created, "Bob");
		expect(bob.userId).not.toBe(created.member.userId);

		t.clock += 1000;
		const view = await ok<GroupView>(call(t, "POST", `/api/groups/${created.group.id}/view`, { ticket: bob.ticket }));
		expect(view.me).toEqual({ userId: bob.userId, name: "Bob" });
		expect(view.memberKey).toBe(created.memberKey);
		expect(view.members.map((m) => m.name)).toEqual(["Alice", "Bob"]);
		expect(view.nextFacilitatorId).toBe(created.member.userId);
		expect(view.nextFacilitatorName).toBe("Alice");
		expect(view).toMatchObject({ mayCreate: false, mayDelete: false, current: null, sessions: [] });
		const alice = await ok<GroupView>(call(t, "POST", `/api/groups/${created.group.id}/view`, { ticket: created.member.ticket }));
		expect(alice).toMatchObject({ mayCreate: true, mayDelete: true });
	});

	it("answers 404 groupNotFound for an unknown group, 400 for a name too long", async () => {
		const t = await makeApp();
		const unknown = await call(t, "GET", "/api/groups/nothing-here");
		expect(unknown.statusCode).toBe(404);
		expect(errorOf(unknown).error).toBe("groupNotFound");
		const long = await call(t, "POST", "/api/groups", { name: "x".repeat(121), facilitatorName: "Alice" });
		expect(long.statusCode).toBe(400);
		expect(errorOf(long)).toMatchObject({ error: "textTooLong", field: "groupName", max: 120 });
	});
});

describe("group tickets and workshop tickets", () => {
	it("are never taken for each other, nor one group's for another's", async () => {
		const t = await makeApp();
		const a = await newGroup(t);
		const b = await newGroup(t, "Autre groupe", "Zoé");
		const session = await groupWorkshop(t, a.group.id, a.member.ticket);
		const workshopTicket = session.identity.ticket;

		// A workshop ticket does not open a group, nor start its workshop.
		for (const url of [`/api/groups/${a.group.id}/view`, `/api/groups/${a.group.id}/learnings`]) {
			const refused = await call(t, "POST", url, { ticket: workshopTicket });
			expect(refused.statusCode).toBe(401);
			expect(errorOf(refused).error).toBe("ticketInvalid");
		}
		expect((await call(t, "POST", `/api/groups/${a.group.id}/workshops`, { ticket: workshopTicket })).statusCode).toBe(401);
		// A group ticket is not a workshop ticket: no Fluid token, no continuity, no return.
		expect((await requestToken(t, a.member.ticket, `doc-${session.workshop.id}`)).statusCode).toBe(401);
		const continuity = await call(t, "POST", `/api/workshops/${session.workshop.id}/continuity`, { ticket: a.member.ticket });
		expect(continuity.statusCode).toBe(401);
		const handoff = await call(t, "POST", `/api/workshops/${session.workshop.id}/handoff`, {
			ticket: a.member.ticket,
			toUserId: "u-someone",
			toName: "X",
		});
		expect(handoff.statusCode).toBe(401);
		// Another group's ticket: not a member here.
		const other = await call(t, "POST", `/api/groups/${a.group.id}/view`, { ticket: b.member.ticket });
		expect(other.statusCode).toBe(403);
		expect(errorOf(other).error).toBe("notMember");
		const join = await call(t, "POST", `/api/workshops/${session.workshop.id}/group-join`, { ticket: b.member.ticket });
		expect(join.statusCode).toBe(403);
		expect(errorOf(join).error).toBe("notMember");
		// And a workshop ticket does not join by group.
		const byWorkshopTicket = await call(t, "POST", `/api/workshops/${session.workshop.id}/group-join`, {
			ticket: workshopTicket,
		});
		expect(byWorkshopTicket.statusCode).toBe(401);
	});
});

describe("the group's next workshop", () => {
	it("only the next facilitator creates it, one at a time; it carries the latest rules and plan", async () => {
		const t = await makeApp();
		const g = await newGroup(t);
		const bob = await joinGroup(t, g, "Bob");
		const byBob = await call(t, "POST", `/api/groups/${g.group.id}/workshops`, {
			ticket: bob.ticket,
			title: "Séance",
			announcedEnd: t.clock + 3_600_000,
		});
		expect(byBob.statusCode).toBe(403);
		expect(errorOf(byBob).error).toBe("notNextFacilitator");

		const first = await groupWorkshop(t, g.group.id, g.member.ticket, "Séance 1");
		expect(first.carried).toEqual({ rules: [], previous: null });
		expect(first.identity).toMatchObject({ userId: g.member.userId, role: "facilitator", name: "Alice" });
		expect(first.workshop.groupId).toBe(g.group.id);
		const info = await ok<WorkshopInfo>(call(t, "GET", `/api/workshops/${first.workshop.id}`));
		expect(info.groupId).toBe(g.group.id);
		const again = await call(t, "POST", `/api/groups/${g.group.id}/workshops`, {
			ticket: g.member.ticket,
			title: "Séance bis",
			announcedEnd: t.clock + 3_600_000,
		});
		expect(again.statusCode).toBe(409);
		expect(errorOf(again).error).toBe("groupHasActiveWorkshop");

		const view = await ok<GroupView>(call(t, "POST", `/api/groups/${g.group.id}/view`, { ticket: bob.ticket }));
		expect(view.current).toMatchObject({ workshopId: first.workshop.id, title: "Séance 1", facilitatorName: "Alice" });
		expect(view.mayCreate).toBe(false);

		await archiveSession(t, await recordOf(t, first.workshop.id), {
			members: [
				{ id: g.member.userId, name: "Alice" },
				{ id: bob.userId, name: "Bob" },
			],
			rules: ["Bienveillance", "Confidentialité"],
			offreurId: bob.userId,
			formulation: "J'aimerais que le groupe m'aide à dire non",
			plan: [
				{ id: "a1", text: "En parler à mon chef", when: "lundi", due: "2030-01-06" },
				{ id: "a2", text: "Lister mes priorités", when: "cette semaine" },
			],
		});
		await endWorkshop(t, first.workshop.id);
		t.clock += 30 * 86_400_000;
		const second = await groupWorkshop(t, g.group.id, g.member.ticket, "Séance 2");
		expect(second.carried.rules).toEqual(["Bienveillance", "Confidentialité"]);
		expect(second.carried.previous).toEqual({
			workshopId: first.workshop.id,
			date: first.workshop.announcedEnd - 2 * 3_600_000,
			offreur: { userId: bob.userId, name: "Bob" },
			formulation: "J'aimerais que le groupe m'aide à dire non",
			actions: [
				{ id: "a1", text: "En parler à mon chef", when: "lundi", due: "2030-01-06", return: null },
				{ id: "a2", text: "Lister mes priorités", when: "cette semaine", return: null },
			],
		});
	});
});

describe("joining the group's workshops", () => {
	it("by group ticket keeps one user id across two workshops, facilitator or participant by the record", async () => {
		const t = await makeApp();
		const g = await newGroup(t);
		const bob = await joinGroup(t, g, "Bob");
		const first = await groupWorkshop(t, g.group.id, g.member.ticket, "Séance 1");
		const bobIn1 = await ok<Identity>(call(t, "POST", `/api/workshops/${first.workshop.id}/group-join`, { ticket: bob.ticket }));
		expect(bobIn1).toMatchObject({ userId: bob.userId, name: "Bob", role: "participant" });
		expect(bobIn1.group?.userId).toBe(bob.userId);
		const aliceIn1 = await ok<Identity>(
			call(t, "POST", `/api/workshops/${first.workshop.id}/group-join`, { ticket: g.member.ticket }),
		);
		expect(aliceIn1.role).toBe("facilitator");
		// The workshop ticket is a real one: it gets a Fluid token for the workshop.
		expect((await requestToken(t, bobIn1.ticket)).statusCode).not.toBe(401);

		await endWorkshop(t, first.workshop.id);
		const second = await groupWorkshop(t, g.group.id, g.member.ticket, "Séance 2");
		const bobIn2 = await ok<Identity>(call(t, "POST", `/api/workshops/${second.workshop.id}/group-join`, { ticket: bob.ticket }));
		expect(bobIn2.userId).toBe(bobIn1.userId);
		expect(second.identity.userId).toBe(first.identity.userId);
	});

	it("by the participant link makes one a member of the group; the observer link does not", async () => {
		const t = await makeApp();
		const g = await newGroup(t);
		const session = await groupWorkshop(t, g.group.id, g.member.ticket);
		const carol = await joinOk(t, session.workshop.id, "Carol");
		expect(carol.group).toMatchObject({ groupId: g.group.id, userId: carol.userId, name: "Carol" });
		const watcher = await joinOk(t, session.workshop.id, "Dan", true);
		expect(watcher.group).toBeUndefined();
		const view = await ok<GroupView>(call(t, "POST", `/api/groups/${g.group.id}/view`, { ticket: carol.group?.ticket }));
		expect(view.members.map((m) => m.name)).toEqual(["Alice", "Carol"]);
		// Joining again by group ticket: the same person.
		const back = await ok<Identity>(
			call(t, "POST", `/api/workshops/${session.workshop.id}/group-join`, { ticket: (carol.group as GroupMember).ticket }),
		);
		expect(back.userId).toBe(carol.userId);
		// A workshop outside any group joins as before, with no group.
		const plain = json<{ workshop: WorkshopInfo }>(
			await call(t, "POST", "/api/workshops", { title: "Seul", announcedEnd: t.clock + 3_600_000, facilitatorName: "Eve" }),
		);
		expect(plain.workshop.groupId).toBeUndefined();
		expect((await joinOk(t, plain.workshop.id, "Fay")).group).toBeUndefined();
	});
});

describe("limits and odd archives", () => {
	it("creating groups is rate limited like creating workshops", async () => {
		const t = await makeApp({ RATE_LIMIT_SCALE: "1" });
		for (let i = 0; i < 10; i++) await newGroup(t, `Groupe ${i}`);
		const refused = await call(t, "POST", "/api/groups", { name: "Un de trop", facilitatorName: "Alice" });
		expect(refused.statusCode).toBe(429);
		expect(errorOf(refused).error).toBe("rateLimited");
	});

	it("an archive that cannot be read shows as an empty session, never an error", async () => {
		const t = await makeApp();
		const g = await newGroup(t);
		const session = await groupWorkshop(t, g.group.id, g.member.ticket, "Séance");
		await t.storage.archive.put({
			workshopId: session.workshop.id,
			savedAt: t.clock,
			step: "x",
			process: { nope: 1 },
			board: 42,
		});
		const view = await ok<GroupView>(call(t, "POST", `/api/groups/${g.group.id}/view`, { ticket: g.member.ticket }));
		expect(view.sessions).toEqual([
			expect.objectContaining({ workshopId: session.workshop.id, offreur: null, formulation: "", plan: [], documentation: null }),
		]);
		await endWorkshop(t, session.workshop.id);
		expect((await groupWorkshop(t, g.group.id, g.member.ticket)).carried).toEqual({ rules: [], previous: null });
	});
});
