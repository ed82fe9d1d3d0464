/**
 * A group's size is bounded: a group link passed around cannot grow it without end. The
 * member past the cap is refused with the maximum; a full group still lets people into its
 * session (they join the workshop, without membership); members already in come back.
 */
import { describe, expect, it } from "vitest";
import type { Identity } from "../../src/api/types";
import { MAX_GROUP_MEMBERS } from "../../src/server/groups/access";
import { errorOf, makeApp } from "../support/server-helpers";
import { call, groupWorkshop, joinGroup, newGroup, ok } from "./server-groups-fixtures";

describe("a group's size", () => {
	it("refuses the member past the cap, with the maximum; a full group's session still opens by its link", async () => {
		const t = await makeApp();
		const created = await newGroup(t);
		const early = await joinGroup(t, created, "Bob");
		// Fill the group straight in the database (the join route is rate limited per address).
		for (let i = 2; i < MAX_GROUP_MEMBERS; i++) {
			await t.storage.groups.addMember({ groupId: created.group.id, userId: `u-filler${i}`, name: `P${i}`, joinedAt: t.clock });
		}
		const refused = await call(t, "POST", `/api/groups/${created.group.id}/join`, { key: created.memberKey, name: "Zoé" });
		expect(refused.statusCode).toBe(409);
		expect(errorOf(refused)).toMatchObject({ error: "groupFull", max: MAX_GROUP_MEMBERS });

		// A member already in is still one (their ticket opens the group and its sessions).
		const session = await groupWorkshop(t, created.group.id, created.member.ticket);
		const bob = await ok<Identity>(call(t, "POST", `/api/workshops/${session.workshop.id}/group-join`, { ticket: early.ticket }));
		expect(bob.userId).toBe(early.userId);
		// Someone new joins the session by its participant link, without becoming a member.
		const joined = await ok<Identity>(
			call(t, "POST", `/api/workshops/${session.workshop.id}/join`, { name: "Zoé", key: session.participantKey }),
		);
		expect(joined.role).toBe("participant");
		expect(joined.group).toBeUndefined();
		expect((await t.storage.groups.members(created.group.id)).length).toBe(MAX_GROUP_MEMBERS);
	});

	it("two requests for the next session at the same moment make one session, the other is told one is under way", async () => {
		const t = await makeApp();
		const created = await newGroup(t);
		const body = { ticket: created.member.ticket, title: "Séance", announcedEnd: t.clock + 3_600_000 };
		// A slow disk: the registry's write takes a while, so both requests are in flight at once.
		const put = t.store.put.bind(t.store);
		t.store.put = async (record) => {
			await new Promise((resolve) => setTimeout(resolve, 100));
			return put(record);
		};
		const both = await Promise.all([
			call(t, "POST", `/api/groups/${created.group.id}/workshops`, body),
			call(t, "POST", `/api/groups/${created.group.id}/workshops`, body),
		]);
		expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
		expect(errorOf(both.find((r) => r.statusCode === 409) ?? both[0]).error).toBe("groupHasActiveWorkshop");
		expect((await t.storage.workshops.byGroup(created.group.id)).length).toBe(1);
	});
});
