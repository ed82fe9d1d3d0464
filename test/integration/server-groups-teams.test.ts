/**
 * In Teams the meeting's chat is the group (issue 12): two setups with the same chat id
 * land in the same group; once the first session has ended, the group's next facilitator
 * setting the tab up again starts a new workshop of the group, with what it carries.
 * The SSO double (`testSsoKeys`) stands in for Microsoft's identity platform.
 */
import type { JWK } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import type { GroupView, Identity, TeamsSetup } from "../../src/api/types";
import type { SsoVerifier } from "../../src/server/teams/sso";
import { errorOf, makeApp, type TestApp } from "../support/server-helpers";
import { testSsoKeys, testSsoToken } from "../support/services";
import { archiveSession, call, endWorkshop, ok, recordOf } from "./server-groups-fixtures";

const CHAT = "19:meeting_abc@thread.v2";

describe("Teams: the meeting's chat is the group", () => {
	let verifier: SsoVerifier;
	let key: JWK;
	beforeAll(async () => {
		({ verifier, privateJwk: key } = await testSsoKeys());
	});

	const setup = async (t: TestApp, oid: string, name: string, title = "Codev de mars") =>
		call(t, "POST", "/api/teams/workshops", {
			ssoToken: await testSsoToken(key, oid, name),
			meetingId: CHAT,
			title,
			announcedEnd: t.clock + 2 * 3_600_000,
		});

	it("two setups with the same chat id are one group; after the end, the next facilitator's setup is a new workshop", async () => {
		const t = await makeApp({}, { sso: verifier });
		const first = await ok<TeamsSetup>(setup(t, "oid-alice", "Alice"), 201);
		expect(first.group).toMatchObject({ userId: "t-oid-alice", name: "Alice" });
		expect(first.carried).toEqual({ rules: [], previous: null });
		expect(first.workshop.groupId).toBe(first.group?.groupId);

		const second = await ok<TeamsSetup>(setup(t, "oid-bob", "Bob"));
		expect(second.workshop.id).toBe(first.workshop.id);
		expect(second.group?.groupId).toBe(first.group?.groupId);
		expect(second.identity).toMatchObject({ userId: "t-oid-bob", role: "participant" });

		await archiveSession(t, await recordOf(t, first.workshop.id), {
			members: [
				{ id: "t-oid-alice", name: "Alice" },
				{ id: "t-oid-bob", name: "Bob" },
			],
			rules: ["Bienveillance"],
			offreurId: "t-oid-bob",
			plan: [{ id: "a1", text: "Appeler le client", when: "demain" }],
		});
		await endWorkshop(t, first.workshop.id);
		t.clock += 28 * 86_400_000;

		// Bob is not the next facilitator: the latest workshop, as before groups.
		const bobAgain = await ok<TeamsSetup>(setup(t, "oid-bob", "Bob"));
		expect(bobAgain.workshop.id).toBe(first.workshop.id);
		// Alice is: a new workshop of the same group, carrying the rules and Bob's plan.
		const next = await ok<TeamsSetup>(setup(t, "oid-alice", "Alice", "Codev d'avril"), 201);
		expect(next.workshop.id).not.toBe(first.workshop.id);
		expect(next.workshop.groupId).toBe(first.group?.groupId);
		expect(next.identity).toMatchObject({ userId: "t-oid-alice", role: "facilitator" });
		expect(next.carried?.rules).toEqual(["Bienveillance"]);
		expect(next.carried?.previous?.offreur).toEqual({ userId: "t-oid-bob", name: "Bob" });
		// Now Bob's setup finds the running one; he joins it from the tab as himself.
		expect((await ok<TeamsSetup>(setup(t, "oid-bob", "Bob"))).workshop.id).toBe(next.workshop.id);
		const joined = await ok<Identity>(
			call(t, "POST", `/api/workshops/${next.workshop.id}/teams-join`, {
				ssoToken: await testSsoToken(key, "oid-carol", "Carol"),
				meetingId: CHAT,
			}),
		);
		expect(joined).toMatchObject({ userId: "t-oid-carol", role: "participant" });
		expect(joined.group?.groupId).toBe(first.group?.groupId);

		const view = await ok<GroupView>(
			call(t, "POST", `/api/groups/${first.group?.groupId}/view`, { ticket: joined.group?.ticket }),
		);
		expect(view.group.name).toBe("Codev de mars");
		expect(view.members.map((m) => m.name)).toEqual(["Alice", "Bob", "Carol"]);
		expect(view.sessions.map((s) => s.workshopId)).toEqual([next.workshop.id, first.workshop.id]);
		expect(view.members.find((m) => m.userId === "t-oid-bob")?.offeredAt).toHaveLength(1);
	});

	it("a group workshop created from the group page keeps the chat: its participants join from the tab", async () => {
		const t = await makeApp({}, { sso: verifier });
		const first = await ok<TeamsSetup>(setup(t, "oid-alice", "Alice"), 201);
		await endWorkshop(t, first.workshop.id);
		const created = await call(t, "POST", `/api/groups/${first.group?.groupId}/workshops`, {
			ticket: first.group?.ticket,
			title: "Suite",
			announcedEnd: t.clock + 3_600_000,
		});
		expect(created.statusCode).toBe(201);
		const id = (created.json() as TeamsSetup).workshop.id;
		expect((await recordOf(t, id)).teamsMeetingId).toBe(CHAT);
		const bob = await call(t, "POST", `/api/workshops/${id}/teams-join`, {
			ssoToken: await testSsoToken(key, "oid-bob", "Bob"),
			meetingId: CHAT,
		});
		expect(bob.statusCode).toBe(200);
		// Another chat's meeting id does not open it.
		const stranger = await call(t, "POST", `/api/workshops/${id}/teams-join`, {
			ssoToken: await testSsoToken(key, "oid-eve", "Eve"),
			meetingId: "19:other@thread.v2",
		});
		expect(stranger.statusCode).toBe(403);
		expect(errorOf(stranger).error).toBe("wrongLinkKey");
	});
});
