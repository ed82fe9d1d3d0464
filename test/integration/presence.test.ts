/**
 * Presence (who is writing, what is being dragged) reaches the other clients, names the
 * right person (from the audience, i.e. the signed token) and never enters the board document.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { isServerUser } from "../../src/fluid/ids";
import { PresenceChannel, type PresenceState, type RemotePresence } from "../../src/fluid/presence";
import type { WorkshopSession } from "../../src/fluid/session";
import { createTestWorkshop, eventually, settled, type TestWorkshop } from "../support/clients";
import { boardSnapshot } from "../support/snapshot";

/** The board document as stored (every field, not only the ones the shared snapshot reads). */
function boardDocument(s: WorkshopSession): string {
	const b = s.boardView.root;
	return JSON.stringify({
		base: boardSnapshot(s),
		formulation: b.formulation,
		rebonds: b.rebonds.length,
		notes: b.notes.length,
		ideas: b.ideas.length,
		plan: b.plan.length,
		learnings: b.learnings.length,
		agreements: b.agreements.length,
		documentation: b.documentation,
		problematiques: b.problematiques.map((p) => [p.id, p.x, p.y]),
	});
}

function stateOf(channel: PresenceChannel, userId: string): PresenceState | undefined {
	return channel.others().find((o) => o.userId === userId)?.state;
}

describe("presence between clients", () => {
	let w: TestWorkshop;
	let alice: WorkshopSession;
	let bob: WorkshopSession;
	let all: WorkshopSession[];
	const channels = new Map<WorkshopSession, PresenceChannel>();
	const heardByBob: RemotePresence[] = [];
	const heardByFacilitator: RemotePresence[] = [];

	function channel(s: WorkshopSession): PresenceChannel {
		const c = channels.get(s);
		if (!c) throw new Error(`no presence channel for ${s.me.name}`);
		return c;
	}

	beforeAll(async () => {
		w = await createTestWorkshop(inject("appUrl"), "Présence");
		alice = await w.join("Alice");
		bob = await w.join("Bob");
		all = [w.facilitator, alice, bob];
		await eventually(() => all.every((s) => s.boardView.root.members.size === 3), 20_000, "3 members everywhere");
		await settled(all);
		for (const s of all) channels.set(s, new PresenceChannel(s.boardContainer, s.audience));
		channel(bob).onRemote((u) => heardByBob.push(u));
		channel(w.facilitator).onRemote((u) => heardByFacilitator.push(u));
		// Each audience knows the three people before presence is resolved through it.
		// (The server's archive reads the board too, as a reserved user every reader leaves out.)
		const people = (s: WorkshopSession) => [...s.audience.getMembers().keys()].filter((id) => !isServerUser(id));
		await eventually(() => all.every((s) => people(s).length === 3), 20_000, "3 people in every audience");
	});
	afterAll(() => w?.dispose());

	it("the audience knows each person by the user id of their identity", () => {
		for (const s of all) {
			expect([...s.audience.getMembers().keys()].filter((id) => !isServerUser(id)).sort()).toEqual(
				all.map((x) => x.me.userId).sort(),
			);
		}
	});

	it("someone writing is seen by the others, under their own user id", async () => {
		channel(alice).set({ writing: "problematique" });
		expect(channel(alice).mine.writing).toBe("problematique");
		await eventually(() => stateOf(channel(bob), alice.me.userId)?.writing === "problematique", 15_000, "Bob sees Alice writing");
		await eventually(
			() => stateOf(channel(w.facilitator), alice.me.userId)?.writing === "problematique",
			15_000,
			"the facilitator sees Alice writing",
		);
		await eventually(
			() => heardByBob.some((u) => u.userId === alice.me.userId && u.state.writing === "problematique"),
			15_000,
			"Bob's onRemote hears Alice",
		);
		// Nobody else is reported as writing, and nobody is reported under another id.
		for (const o of channel(bob).others()) {
			expect(all.map((s) => s.me.userId)).toContain(o.userId);
			if (o.userId !== alice.me.userId) expect(o.state.writing).toBeNull();
		}
		expect(
			channel(bob)
				.others()
				.some((o) => o.userId === bob.me.userId),
		).toBe(false);
		expect(heardByBob.every((u) => u.userId !== bob.me.userId)).toBe(true);
	});

	it("who writes is shared, never what: the state carries no text", async () => {
		const seen = stateOf(channel(bob), alice.me.userId);
		expect(seen).toEqual({ writing: "problematique", drag: null, view: null, consent: null });
	});

	it("a drag is seen with its position, then its end", async () => {
		channel(bob).set({ drag: { kind: "dot", id: "x", x: 1, y: 2 } });
		await eventually(
			() => {
				const d = stateOf(channel(alice), bob.me.userId)?.drag;
				return d?.id === "x" && d.x === 1 && d.y === 2;
			},
			15_000,
			"Alice sees Bob's drag",
		);
		expect(stateOf(channel(alice), bob.me.userId)?.drag).toEqual({ kind: "dot", id: "x", x: 1, y: 2 });
		await eventually(
			() => heardByFacilitator.some((u) => u.userId === bob.me.userId && u.state.drag?.id === "x"),
			15_000,
			"the facilitator hears Bob's drag",
		);
		// Setting the drag leaves the rest of Bob's state as it was.
		expect(channel(bob).mine).toEqual({ writing: null, drag: { kind: "dot", id: "x", x: 1, y: 2 }, view: null, consent: null });
		channel(bob).set({ drag: null });
		await eventually(() => stateOf(channel(alice), bob.me.userId)?.drag === null, 15_000, "Alice sees the drag end");
		await eventually(
			() => stateOf(channel(w.facilitator), bob.me.userId)?.drag === null,
			15_000,
			"the facilitator sees the drag end",
		);
	});

	it("the latest update wins: several moves during a drag end at the last position", async () => {
		for (let i = 1; i <= 5; i++) channel(bob).set({ drag: { kind: "card", id: "c", x: i * 10, y: i } });
		await eventually(() => stateOf(channel(alice), bob.me.userId)?.drag?.x === 50, 15_000, "the last position");
		expect(stateOf(channel(alice), bob.me.userId)?.drag).toEqual({ kind: "card", id: "c", x: 50, y: 5 });
		channel(bob).set({ drag: null });
		await eventually(() => stateOf(channel(alice), bob.me.userId)?.drag === null);
	});

	it("presence never enters the board document", async () => {
		await settled(all);
		const before = all.map(boardDocument);
		expect(new Set(before).size).toBe(1);
		channel(alice).set({ writing: "note", view: { x: 5, y: 6, zoom: 2 } });
		channel(w.facilitator).set({ drag: { kind: "problematique", id: "p", x: 3, y: 4 } });
		await eventually(() => stateOf(channel(bob), alice.me.userId)?.view?.zoom === 2, 15_000, "Bob sees Alice's view");
		await eventually(() => stateOf(channel(bob), w.facilitator.me.userId)?.drag?.id === "p", 15_000, "Bob sees the drag");
		await settled(all);
		expect(all.map(boardDocument)).toEqual(before);
		// Neither container has anything pending to save because of presence.
		expect(all.some((s) => s.boardContainer.isDirty || s.processContainer.isDirty)).toBe(false);
	});

	it("a participant who leaves no longer shows as writing", async () => {
		const carol = await w.join("Carol");
		await eventually(() => carol.boardView.root.members.size === 4, 20_000, "Carol caught up");
		const carolChannel = new PresenceChannel(carol.boardContainer, carol.audience);
		carolChannel.set({ writing: "rebond" });
		await eventually(() => stateOf(channel(bob), carol.me.userId)?.writing === "rebond", 15_000, "Bob sees Carol writing");
		carol.dispose();
		await eventually(() => stateOf(channel(bob), carol.me.userId) === undefined, 20_000, "Carol gone from Bob's presence");
	});
});
