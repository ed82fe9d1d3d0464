/** The codev group's rules (issue 12): offers, never offered, the previous session, rights, the next facilitator. */
import { describe, expect, it } from "vitest";
import {
	earlierThan,
	isReturnStatus,
	mayCreateSession,
	mayGiveReturn,
	mayDeleteGroup,
	neverOffered,
	nextFacilitatorAfterLeave,
	offersByPerson,
	previousOffer,
	type SessionOffer,
} from "../../src/domain/groups";

const s = (workshopId: string, date: number, offreurId?: string): SessionOffer => ({ workshopId, date, offreurId });
const sessions = [s("w3", 300, "bob"), s("w1", 100, "bob"), s("w2", 200), s("w4", 400, "carol")];

describe("group rules", () => {
	it("earlier sessions exclude the session itself and later ones, oldest first", () => {
		expect(earlierThan(sessions, s("w3", 300)).map((x) => x.workshopId)).toEqual(["w1", "w2"]);
		expect(earlierThan(sessions, s("w1", 100))).toEqual([]);
	});

	it("offers per person, with their dates in order; who never offered, in the members' order", () => {
		expect(offersByPerson(sessions)).toEqual(
			new Map([
				["bob", [100, 300]],
				["carol", [400]],
			]),
		);
		expect(neverOffered(["alice", "bob", "carol", "dan"], sessions)).toEqual(["alice", "dan"]);
		expect(neverOffered(["alice", "bob", "carol"], earlierThan(sessions, s("w4", 400)))).toEqual(["alice", "carol"]);
	});

	it("the previous plan is the latest earlier session that had an offreur", () => {
		expect(previousOffer(earlierThan(sessions, s("w5", 500)))?.workshopId).toBe("w4");
		expect(previousOffer(earlierThan(sessions, s("w3", 300)))?.workshopId).toBe("w1");
		expect(previousOffer([s("w2", 200)])).toBeUndefined();
	});

	it("return statuses, and who may create, delete, facilitate next", () => {
		expect(["done", "underway", "dropped"].every(isReturnStatus)).toBe(true);
		expect(isReturnStatus("maybe")).toBe(false);
		expect(mayCreateSession("a", "a", false)).toBe(true);
		expect(mayCreateSession("a", "a", true)).toBe(false);
		expect(mayCreateSession("b", "a", false)).toBe(false);
		expect(mayCreateSession("", "", false)).toBe(false);
		expect(mayDeleteGroup("a", { creatorId: "a", nextFacilitatorId: "b" })).toBe(true);
		expect(mayDeleteGroup("b", { creatorId: "a", nextFacilitatorId: "b" })).toBe(true);
		expect(mayDeleteGroup("c", { creatorId: "a", nextFacilitatorId: "b" })).toBe(false);
		expect(nextFacilitatorAfterLeave("a", "a", ["a", "c", "b"])).toBe("c");
		expect(nextFacilitatorAfterLeave("a", "b", ["c"])).toBe("b");
		expect(nextFacilitatorAfterLeave("a", "a", [])).toBe("");
	});
});

describe("the return on the previous plan", () => {
	it("is the previous offreur's to give, never an observer's nor anyone else's", () => {
		expect(mayGiveReturn({ userId: "u-a", role: "participant" }, "u-a")).toBe(true);
		expect(mayGiveReturn({ userId: "u-a", role: "facilitator" }, "u-a")).toBe(true);
		expect(mayGiveReturn({ userId: "u-a", role: "observer" }, "u-a")).toBe(false);
		expect(mayGiveReturn({ userId: "u-b", role: "participant" }, "u-a")).toBe(false);
		expect(mayGiveReturn({ userId: "u-a", role: "participant" }, undefined)).toBe(false);
	});
});
