/**
 * Concurrent over-voting (several clients, two tabs of one person, offline edits) converges
 * to the same valid votes on every client, and the valid votes always obey the rule.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { DOTS_PER_VOTER, MAX_DOTS_PER_PROBLEMATIQUE } from "../../src/domain/vote";
import { execute } from "../../src/fluid/commands/command";
import { placeDot, putOnTable, takeBackDot } from "../../src/fluid/commands/board";
import { moveStep, setVoteOpen } from "../../src/fluid/commands/process";
import { evaluateBoardVotes } from "../../src/fluid/read";
import { Dot } from "../../src/fluid/schema";
import type { WorkshopSession } from "../../src/fluid/session";
import { createTestWorkshop, eventually, settled, type TestWorkshop } from "../support/clients";
import { fullSnapshot } from "../support/snapshot";

function validVotes(s: WorkshopSession): string {
	const e = evaluateBoardVotes(s.processView.root, s.boardView.root);
	return JSON.stringify(e.valid.map((d) => d.id));
}

describe("concurrent votes", () => {
	let w: TestWorkshop;
	let alice: WorkshopSession;
	let aliceTab2: WorkshopSession;
	let bob: WorkshopSession;
	let carol: WorkshopSession;
	let all: WorkshopSession[];
	let ids: string[];

	beforeAll(async () => {
		w = await createTestWorkshop(inject("appUrl"), "Votes");
		alice = await w.join("Alice");
		aliceTab2 = await w.open(alice.me);
		bob = await w.join("Bob");
		carol = await w.join("Carol");
		all = [w.facilitator, alice, aliceTab2, bob, carol];
		w.facilitator.run(moveStep, { to: "partage" });
		await eventually(() => all.every((s) => s.processView.root.step === "partage"));
		for (const [s, text] of [
			[alice, "Déléguer sans perdre le fil"],
			[bob, "Dire non à un client"],
			[carol, "Reprendre un projet en retard"],
		] as const) {
			expect(s.run(putOnTable, { text })).toEqual({ ok: true });
		}
		await eventually(() => all.every((s) => s.boardView.root.problematiques.length === 3), 20_000, "3 problématiques everywhere");
		ids = w.facilitator.boardView.root.problematiques.map((p) => p.id);
		w.facilitator.run(moveStep, { to: "choix" });
		await eventually(() => all.every((s) => s.processView.root.vote.open), 20_000, "the vote to open");
	});
	afterAll(() => w?.dispose());

	it("refuses the facilitator's dot in the command layer", () => {
		expect(w.facilitator.run(placeDot, { problematiqueId: ids[0] as string })).toEqual({
			ok: false,
			reason: "facilitatorDoesNotVote",
		});
	});

	it("converges to the same valid votes when everyone over-votes at the same moment", async () => {
		const [p1, p2, p3] = ids as [string, string, string];
		// All of these happen before any client has seen another's edits.
		for (const tab of [alice, aliceTab2]) {
			tab.run(placeDot, { problematiqueId: p1 });
			tab.run(placeDot, { problematiqueId: p1 });
			tab.run(placeDot, { problematiqueId: p2 });
		}
		bob.run(placeDot, { problematiqueId: p2 });
		bob.run(placeDot, { problematiqueId: p2 });
		// A modified client skips the command layer: a third dot on one note, and a fifth in all.
		carol.boardView.root.dots.insertAtEnd(
			...[p3, p3, p3, p1, p2].map((p, i) => new Dot({ id: `forged-${i}`, voterId: carol.me.userId, problematiqueId: p })),
		);
		// The facilitator's forged dot never counts either.
		w.facilitator.boardView.root.dots.insertAtEnd(
			new Dot({ id: "fac-dot", voterId: w.facilitator.me.userId, problematiqueId: p1 }),
		);

		await settled(all, 30_000);
		await eventually(() => new Set(all.map(fullSnapshot)).size === 1, 20_000, "identical boards");
		const reference = validVotes(w.facilitator);
		for (const s of all) expect(validVotes(s)).toBe(reference);

		const e = evaluateBoardVotes(w.facilitator.processView.root, w.facilitator.boardView.root);
		const perVoter = new Map<string, number>();
		const perPair = new Map<string, number>();
		for (const d of e.valid) {
			perVoter.set(d.voterId, (perVoter.get(d.voterId) ?? 0) + 1);
			const key = `${d.voterId}/${d.problematiqueId}`;
			perPair.set(key, (perPair.get(key) ?? 0) + 1);
		}
		for (const n of perVoter.values()) expect(n).toBeLessThanOrEqual(DOTS_PER_VOTER);
		for (const n of perPair.values()) expect(n).toBeLessThanOrEqual(MAX_DOTS_PER_PROBLEMATIQUE);
		expect(perVoter.get(w.facilitator.me.userId)).toBeUndefined();
		// Alice wrote 6 dots from two tabs: exactly 3 count. Carol forged 5: exactly 3 count (2 on p3, then p1, p2).
		expect(perVoter.get(alice.me.userId)).toBe(3);
		expect(perVoter.get(carol.me.userId)).toBe(3);
		expect(perPair.get(`${carol.me.userId}/${p3}`)).toBe(2);
		expect(perVoter.get(bob.me.userId)).toBe(2);
		expect((e.tally.get(p1) ?? 0) + (e.tally.get(p2) ?? 0) + (e.tally.get(p3) ?? 0)).toBe(8);
	});

	it("counts an offline client's dots by the same rule once it reconnects", async () => {
		const dave = await w.join("Dave");
		all.push(dave);
		await eventually(() => dave.processView.root.vote.open && dave.boardView.root.problematiques.length === 3);
		await settled([dave]);
		dave.boardContainer.disconnect();
		const [p1, p2, p3] = ids as [string, string, string];
		const verdicts = [p1, p1, p2, p3].map((p) => execute(placeDot, dave.context(), { problematiqueId: p }));
		expect(verdicts.map((v) => (v.ok ? "ok" : v.reason))).toEqual(["ok", "ok", "ok", "maxDotsReached"]);
		// Offline, the command layer already held the rule locally: the 4th dot was refused.
		expect(dave.boardView.root.dots.filter((d) => d.voterId === dave.me.userId).length).toBe(3);
		// Meanwhile Bob uses his last dot online.
		bob.run(placeDot, { problematiqueId: p3 });
		dave.boardContainer.connect();
		await settled(all, 30_000);
		await eventually(() => new Set(all.map(validVotes)).size === 1, 20_000, "the same valid votes");
		const e = evaluateBoardVotes(alice.processView.root, alice.boardView.root);
		expect(e.valid.filter((d) => d.voterId === dave.me.userId).length).toBe(3);
		expect(e.valid.filter((d) => d.voterId === bob.me.userId).length).toBe(3);
	});

	it("refuses a vote once the facilitator closes it, and after the choice step", async () => {
		w.facilitator.run(setVoteOpen, { open: false });
		await eventually(() => !bob.processView.root.vote.open);
		expect(bob.run(takeBackDot, { dotId: bob.boardView.root.dots.find((d) => d.voterId === bob.me.userId)?.id ?? "" })).toEqual({
			ok: false,
			reason: "voteClosed",
		});
		w.facilitator.run(moveStep, { to: "consentement" });
		await eventually(() => bob.processView.root.step === "consentement");
		expect(bob.run(placeDot, { problematiqueId: ids[0] as string })).toEqual({ ok: false, reason: "notInThisStep" });
	});
});
