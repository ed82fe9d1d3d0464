/**
 * A group's history and continuity (issue 12), derived from its workshops' archives: the
 * previous plan, who has offered and when, who never has; the previous offreur's returns;
 * naming the next facilitator; each member's own learnings only; leaving; deleting;
 * retention.
 */
import { describe, expect, it } from "vitest";
import type { Continuity, GroupView, Identity, MyLearnings, NextFacilitator, PreviousPlan } from "../../src/api/types";
import { eraseExpiredGroups } from "../../src/server/retention";
import type { WorkshopHooks, WorkshopRecord } from "../../src/server/storage/types";
import { DAY_MS, errorOf, makeApp, type TestApp } from "../support/server-helpers";
import { archiveSession, call, endWorkshop, groupWorkshop, joinGroup, newGroup, ok, recordOf } from "./server-groups-fixtures";

/** Alice (creator), Bob and Carol; session 1 facilitated by Alice with Bob as offreur, ended; session 2 running. */
async function twoSessions(t: TestApp) {
	const g = await newGroup(t);
	const bob = await joinGroup(t, g, "Bob");
	const carol = await joinGroup(t, g, "Carol");
	const alice = g.member;
	const members = [
		{ id: alice.userId, name: "Alice" },
		{ id: bob.userId, name: "Bob" },
		{ id: carol.userId, name: "Carol" },
	];
	const first = await groupWorkshop(t, g.group.id, alice.ticket, "Séance 1");
	const date1 = t.clock;
	await archiveSession(t, await recordOf(t, first.workshop.id), {
		members,
		rules: ["Bienveillance"],
		offreurId: bob.userId,
		formulation: "J'aimerais que le groupe m'aide à dire non",
		plan: [
			{ id: "a1", text: "En parler à mon chef", when: "lundi" },
			{ id: "a2", text: "Lister mes priorités", when: "mardi" },
		],
		learnings: [
			{ authorId: alice.userId, text: "Alice apprend 1" },
			{ authorId: bob.userId, text: "Bob apprend 1" },
		],
		documentation: "Séance avec Alice, Bob et Carol : le non se prépare.",
	});
	await endWorkshop(t, first.workshop.id);
	t.clock += 30 * DAY_MS;
	const second = await groupWorkshop(t, g.group.id, alice.ticket, "Séance 2");
	const join = (ticket: string) => ok<Identity>(call(t, "POST", `/api/workshops/${second.workshop.id}/group-join`, { ticket }));
	return {
		g,
		alice,
		bob,
		carol,
		members,
		first,
		second,
		date1,
		bobIn2: await join(bob.ticket),
		carolIn2: await join(carol.ticket),
	};
}

const view = (t: TestApp, groupId: string, ticket: string) =>
	ok<GroupView>(call(t, "POST", `/api/groups/${groupId}/view`, { ticket }));
const putReturn = (t: TestApp, workshopId: string, actionId: string, body: object) =>
	call(t, "PUT", `/api/workshops/${workshopId}/returns/${actionId}`, body);

describe("continuity", () => {
	it("gives the previous plan, the earlier offers with their dates, and who never offered", async () => {
		const t = await makeApp();
		const s = await twoSessions(t);
		const c = await ok<Continuity>(
			call(t, "POST", `/api/workshops/${s.second.workshop.id}/continuity`, { ticket: s.carolIn2.ticket }),
		);
		expect(c.group).toEqual(s.g.group);
		expect(c.previous).toMatchObject({
			workshopId: s.first.workshop.id,
			date: s.date1,
			offreur: { userId: s.bob.userId, name: "Bob" },
			formulation: "J'aimerais que le groupe m'aide à dire non",
		});
		expect(c.previous?.actions.map((a) => a.id)).toEqual(["a1", "a2"]);
		expect(c.priorOffers).toEqual([{ userId: s.bob.userId, name: "Bob", at: [s.date1] }]);
		expect(c.neverOffered).toEqual([
			{ userId: s.alice.userId, name: "Alice" },
			{ userId: s.carol.userId, name: "Carol" },
		]);
		expect(c.nextFacilitatorId).toBe(s.alice.userId);
		// The first session has no earlier one.
		const firstTicket = await ok<Identity>(
			call(t, "POST", `/api/workshops/${s.first.workshop.id}/group-join`, { ticket: s.bob.ticket }),
		);
		const c1 = await ok<Continuity>(
			call(t, "POST", `/api/workshops/${s.first.workshop.id}/continuity`, { ticket: firstTicket.ticket }),
		);
		expect(c1).toMatchObject({ previous: null, priorOffers: [] });
		expect(c1.neverOffered).toHaveLength(3);
	});

	it("the history lists both sessions, newest first, with the plan, its returns and the agreed documentation", async () => {
		const t = await makeApp();
		const s = await twoSessions(t);
		const v = await view(t, s.g.group.id, s.carol.ticket);
		expect(v.sessions.map((x) => [x.title, x.status])).toEqual([
			["Séance 2", "active"],
			["Séance 1", "ended"],
		]);
		const [, one] = v.sessions;
		expect(one).toMatchObject({ facilitatorName: "Alice", offreur: { userId: s.bob.userId, name: "Bob" } });
		expect(one?.documentation).toBe("Séance avec Alice, Bob et Carol : le non se prépare.");
		expect(v.sessions[0]?.documentation).toBeNull();
		expect(v.members.find((m) => m.userId === s.bob.userId)?.offeredAt).toEqual([s.date1]);
		expect(v.current?.workshopId).toBe(s.second.workshop.id);
	});
});

describe("the previous offreur's return", () => {
	it("only the previous offreur gives it, within the limit, while the workshop runs; the history keeps it", async () => {
		const t = await makeApp();
		const s = await twoSessions(t);
		const w = s.second.workshop.id;
		const byCarol = await putReturn(t, w, "a1", { ticket: s.carolIn2.ticket, status: "done", comment: "" });
		expect(byCarol.statusCode).toBe(403);
		expect(errorOf(byCarol).error).toBe("notPreviousOffreur");
		const byFacilitator = await putReturn(t, w, "a1", { ticket: s.second.identity.ticket, status: "done", comment: "" });
		expect(errorOf(byFacilitator).error).toBe("notPreviousOffreur");
		const tooLong = await putReturn(t, w, "a1", { ticket: s.bobIn2.ticket, status: "done", comment: "x".repeat(201) });
		expect(tooLong.statusCode).toBe(400);
		expect(errorOf(tooLong)).toMatchObject({ error: "textTooLong", field: "comment", max: 200 });
		const badStatus = await putReturn(t, w, "a1", { ticket: s.bobIn2.ticket, status: "maybe", comment: "" });
		expect(badStatus.statusCode).toBe(400);
		const unknown = await putReturn(t, w, "zz", { ticket: s.bobIn2.ticket, status: "done", comment: "" });
		expect(unknown.statusCode).toBe(404);

		t.clock += 60_000;
		const plan = await ok<PreviousPlan>(
			putReturn(t, w, "a1", { ticket: s.bobIn2.ticket, status: "done", comment: " Fait jeudi " }),
		);
		expect(plan.actions[0]?.return).toEqual({ status: "done", comment: "Fait jeudi", at: t.clock });
		expect(plan.actions[1]?.return).toBeNull();
		await ok(putReturn(t, w, "a2", { ticket: s.bobIn2.ticket, status: "dropped", comment: "" }));
		await ok(putReturn(t, w, "a1", { ticket: s.bobIn2.ticket, status: "underway", comment: "Encore un peu" }));

		const history = (await view(t, s.g.group.id, s.alice.ticket)).sessions[1]?.plan.map((a) => a.return?.status);
		expect(history).toEqual(["underway", "dropped"]);
		const continuity = await ok<Continuity>(call(t, "POST", `/api/workshops/${w}/continuity`, { ticket: s.carolIn2.ticket }));
		expect(continuity.previous?.actions[0]?.return?.comment).toBe("Encore un peu");

		await endWorkshop(t, w);
		const ended = await putReturn(t, w, "a1", { ticket: s.bobIn2.ticket, status: "done", comment: "" });
		expect(ended.statusCode).toBe(409);
		expect(errorOf(ended).error).toBe("workshopEnded");
	});
});

describe("naming the next facilitator", () => {
	it("only the latest workshop's facilitator names a member, who then creates the next one", async () => {
		const t = await makeApp();
		const s = await twoSessions(t);
		const url = `/api/groups/${s.g.group.id}/next-facilitator`;
		const byParticipant = await call(t, "PUT", url, {
			workshopId: s.second.workshop.id,
			ticket: s.bobIn2.ticket,
			userId: s.bob.userId,
		});
		expect(byParticipant.statusCode).toBe(403);
		expect(errorOf(byParticipant).error).toBe("notFacilitator");
		const notMember = await call(t, "PUT", url, {
			workshopId: s.second.workshop.id,
			ticket: s.second.identity.ticket,
			userId: "u-x",
		});
		expect(notMember.statusCode).toBe(400);
		// The first workshop's facilitator (a fresh ticket: the first one's is 30 days old) names no one now.
		const oldTicket = (
			await ok<Identity>(call(t, "POST", `/api/workshops/${s.first.workshop.id}/group-join`, { ticket: s.alice.ticket }))
		).ticket;
		const byOld = await call(t, "PUT", url, { workshopId: s.first.workshop.id, ticket: oldTicket, userId: s.bob.userId });
		expect(byOld.statusCode).toBe(403);
		const named = await ok<NextFacilitator>(
			call(t, "PUT", url, { workshopId: s.second.workshop.id, ticket: s.second.identity.ticket, userId: s.carol.userId }),
		);
		expect(named).toEqual({ nextFacilitatorId: s.carol.userId, nextFacilitatorName: "Carol" });

		await endWorkshop(t, s.second.workshop.id);
		expect((await view(t, s.g.group.id, s.carol.ticket)).mayCreate).toBe(true);
		const byAlice = await call(t, "POST", `/api/groups/${s.g.group.id}/workshops`, {
			ticket: s.alice.ticket,
			title: "Séance 3",
			announcedEnd: t.clock + 3_600_000,
		});
		expect(errorOf(byAlice).error).toBe("notNextFacilitator");
		const third = await groupWorkshop(t, s.g.group.id, s.carol.ticket, "Séance 3");
		expect(third.identity).toMatchObject({ userId: s.carol.userId, role: "facilitator" });
	});
});

describe("my learnings", () => {
	it("are only one's own, across sessions, newest first", async () => {
		const t = await makeApp();
		const s = await twoSessions(t);
		await archiveSession(t, await recordOf(t, s.second.workshop.id), {
			members: s.members,
			learnings: [
				{ authorId: s.bob.userId, text: "Bob apprend 2" },
				{ authorId: s.alice.userId, text: "Alice apprend 2" },
			],
		});
		const learnings = (ticket: string) => ok<MyLearnings>(call(t, "POST", `/api/groups/${s.g.group.id}/learnings`, { ticket }));
		const alice = await learnings(s.alice.ticket);
		expect(alice.sessions.map((x) => [x.title, x.learnings])).toEqual([
			["Séance 2", ["Alice apprend 2"]],
			["Séance 1", ["Alice apprend 1"]],
		]);
		const bob = await learnings(s.bob.ticket);
		expect(bob.sessions.flatMap((x) => x.learnings)).toEqual(["Bob apprend 2", "Bob apprend 1"]);
		expect((await learnings(s.carol.ticket)).sessions).toEqual([]);
	});
});

describe("leaving and deleting", () => {
	it("a member who leaves: name hidden, returns gone, learnings left out, ticket refused", async () => {
		const t = await makeApp();
		const s = await twoSessions(t);
		await ok(putReturn(t, s.second.workshop.id, "a1", { ticket: s.bobIn2.ticket, status: "done", comment: "ok" }));
		const left = await call(t, "DELETE", `/api/groups/${s.g.group.id}/members/me`, { ticket: s.bob.ticket });
		expect(left.statusCode).toBe(204);
		const v = await view(t, s.g.group.id, s.alice.ticket);
		expect(v.members.map((m) => m.name)).toEqual(["Alice", "Carol"]);
		expect(v.sessions[1]?.offreur).toEqual({ userId: s.bob.userId, name: "" });
		expect(v.sessions[1]?.plan[0]?.return).toBeNull();
		// The documentation named Bob: it leaves the history with him.
		expect(v.sessions[1]?.documentation).toBeNull();
		const c = await ok<Continuity>(
			call(t, "POST", `/api/workshops/${s.second.workshop.id}/continuity`, { ticket: s.carolIn2.ticket }),
		);
		expect(c.previous?.offreur.name).toBe("");
		for (const url of [`/api/groups/${s.g.group.id}/view`, `/api/groups/${s.g.group.id}/learnings`]) {
			const refused = await call(t, "POST", url, { ticket: s.bob.ticket });
			expect(refused.statusCode).toBe(403);
			expect(errorOf(refused).error).toBe("notMember");
		}
	});

	it("the next facilitator leaving hands the role to a remaining member", async () => {
		const t = await makeApp();
		const g = await newGroup(t);
		const bob = await joinGroup(t, g, "Bob");
		await ok(call(t, "DELETE", `/api/groups/${g.group.id}/members/me`, { ticket: g.member.ticket }), 204);
		expect((await view(t, g.group.id, bob.ticket)).nextFacilitatorId).toBe(bob.userId);
	});

	it("deleting the group erases its workshops through the erasure path; then everything is 404", async () => {
		const erased: string[] = [];
		const hooks: WorkshopHooks = { bound: () => {}, erasing: async (r: WorkshopRecord) => void erased.push(r.id) };
		const t = await makeApp({}, { hooks });
		const s = await twoSessions(t);
		const byBob = await call(t, "DELETE", `/api/groups/${s.g.group.id}`, { ticket: s.bob.ticket });
		expect(byBob.statusCode).toBe(403);
		expect((await call(t, "DELETE", `/api/groups/${s.g.group.id}`, { ticket: s.alice.ticket })).statusCode).toBe(204);
		expect(erased.sort()).toEqual([s.first.workshop.id, s.second.workshop.id].sort());
		for (const id of [s.first.workshop.id, s.second.workshop.id]) {
			expect((await call(t, "GET", `/api/workshops/${id}`)).statusCode).toBe(404);
			expect(await t.storage.archive.get(id)).toBeUndefined();
			const c = await call(t, "POST", `/api/workshops/${id}/continuity`, { ticket: s.carolIn2.ticket });
			expect(errorOf(c).error).toBe("workshopNotFound");
		}
		const gone = await call(t, "GET", `/api/groups/${s.g.group.id}`);
		expect(gone.statusCode).toBe(404);
		expect(errorOf(gone).error).toBe("groupNotFound");
		expect(await t.storage.groups.members(s.g.group.id)).toEqual([]);
		expect(await t.storage.groups.returns(s.g.group.id)).toEqual([]);
	});
});

describe("retention of groups", () => {
	it("erases an old group whose every workshop is gone; keeps a young one and one with a workshop", async () => {
		const t = await makeApp();
		const empty = await newGroup(t, "Vide");
		const busy = await newGroup(t, "Occupé");
		await groupWorkshop(t, busy.group.id, busy.member.ticket);
		t.clock += 200 * DAY_MS;
		const young = await newGroup(t, "Jeune");
		expect(await eraseExpiredGroups({ storage: t.storage, now: t.clock, days: 180 })).toBe(1);
		expect(await t.storage.groups.get(empty.group.id)).toBeUndefined();
		expect(await t.storage.groups.members(empty.group.id)).toEqual([]);
		expect(await t.storage.groups.get(busy.group.id)).toBeDefined();
		expect(await t.storage.groups.get(young.group.id)).toBeDefined();
	});
});
