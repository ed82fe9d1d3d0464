/**
 * A page syncs its clock with the server while the documents load (src/ui/pages/WorkshopPage.tsx):
 * the join written once they have loaded is dated by the synced clock, never by the clock
 * before its sync, however late the sync ends: the documents load, the person is connected,
 * and nothing is written until the clock has synced.
 */
import "../support/node-fluid";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Clock } from "../../src/api/clock";
import { openWorkshop, type WorkshopSession } from "../../src/fluid/session";
import { createTestWorkshop, eventually, type TestWorkshop } from "../support/clients";

/** A clock that reads `before` until its sync ends, then `after`; the sync ends when the test says. */
function lateClock(before: number, after: number): { clock: Clock; synced: Promise<void>; end: () => void } {
	let offset = before;
	let end: () => void = () => undefined;
	const synced = new Promise<void>((resolve) => {
		end = () => {
			offset = after;
			resolve();
		};
	});
	return { clock: { now: () => offset }, synced, end };
}

describe("the join's date", () => {
	let w: TestWorkshop;
	let opened: WorkshopSession | undefined;

	beforeAll(async () => {
		w = await createTestWorkshop(inject("appUrl"), "Date d'arrivée");
	});
	afterAll(() => {
		opened?.dispose();
		w.dispose();
	});

	it("is the synced clock's, when the sync ends after the documents have loaded", async () => {
		const identity = await w.api.join(w.info.id, "Alice", w.participantKey);
		const { clock, synced, end } = lateClock(1_000, 5_000_000);
		let open = false;
		const opening = openWorkshop(w.api, w.fluid, await w.api.workshop(w.info.id), identity, clock, synced).then((s) => {
			open = true;
			opened = s;
			return s;
		});
		// Not left unhandled while the test waits: a failed load fails the `await opening` below.
		opening.catch(() => undefined);
		// The documents have loaded (Alice is connected to the board: the facilitator sees her),
		// and the session still waits for the clock.
		await eventually(() => w.facilitator.audience.getMembers().has(identity.userId), 20_000, "Alice connected to the board");
		await new Promise((r) => setTimeout(r, 300));
		expect(open).toBe(false);
		expect(w.facilitator.boardView.root.members.has(identity.userId)).toBe(false);
		end();
		const session = await opening;
		expect(session.boardView.root.members.get(identity.userId)?.joinedAt).toBe(5_000_000);
	});
});
