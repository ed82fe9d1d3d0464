/**
 * Consent belongs to the asked person: the facilitator's client takes the answer only
 * from that person's presence (whose sender the service authenticates), never from a
 * board entry that another participant's modified client wrote in their name.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { answerConsentRequest, placeDot, putOnTable } from "../../src/fluid/commands/board";
import { askConsent, moveStep } from "../../src/fluid/commands/process";
import { PresenceChannel } from "../../src/fluid/presence";
import { ConsentAnswer } from "../../src/fluid/schema";
import type { WorkshopSession } from "../../src/fluid/session";
import { consentStandingOf } from "../../src/fluid/sealed";
import { pendingConsentAnswer, startSessionServices } from "../../src/fluid/services";
import { createTestWorkshop, eventually, type TestWorkshop } from "../support/clients";

describe("consent authenticity", () => {
	let w: TestWorkshop;
	let alice: WorkshopSession;
	let mallory: WorkshopSession;
	let facilitatorPresence: PresenceChannel;
	let aliceNote: string;

	beforeAll(async () => {
		w = await createTestWorkshop(inject("appUrl"), "Consentement");
		alice = await w.join("Alice");
		mallory = await w.join("Mallory");
		facilitatorPresence = new PresenceChannel(w.facilitator.boardContainer, w.facilitator.audience);
		const all = [w.facilitator, alice, mallory];
		w.facilitator.run(moveStep, { to: "partage" });
		await eventually(() => all.every((s) => s.processView.root.step === "partage"));
		alice.run(putOnTable, { text: "Déléguer" });
		await eventually(() => all.every((s) => s.boardView.root.problematiques.length === 1));
		aliceNote = w.facilitator.boardView.root.problematiques[0]?.id ?? "";
		w.facilitator.run(moveStep, { to: "choix" });
		await eventually(() => all.every((s) => s.processView.root.vote.open));
		mallory.run(placeDot, { problematiqueId: aliceNote });
		await eventually(() => w.facilitator.boardView.root.dots.length === 1);
		w.facilitator.run(moveStep, { to: "consentement" });
		expect(w.facilitator.run(askConsent, {})).toEqual({ ok: true });
		await eventually(() => all.every((s) => s.processView.root.consent.askedId === aliceNote), 20_000, "Alice asked");
	});
	afterAll(() => w?.dispose());

	it("ignores a yes written on the board in Alice's name by someone else", async () => {
		mallory.boardView.root.consentAnswers.insertAtEnd(
			new ConsentAnswer({ problematiqueId: aliceNote, userId: alice.me.userId, answer: "yes" }),
		);
		// Mallory could also claim it in her own presence: it is hers, not Alice's.
		new PresenceChannel(mallory.boardContainer, mallory.audience).set({ consent: { problematiqueId: aliceNote, answer: "yes" } });
		await eventually(() => w.facilitator.boardView.root.consentAnswers.length === 1, 20_000, "the forged entry");
		await eventually(
			() => facilitatorPresence.others().some((p) => p.userId === mallory.me.userId && p.state.consent),
			20_000,
			"Mallory's presence",
		);
		expect(pendingConsentAnswer(w.facilitator, facilitatorPresence)).toBeUndefined();
	});

	it("takes Alice's own answer, carried by her presence", async () => {
		expect(alice.run(answerConsentRequest, { answer: "no" })).toEqual({ ok: true });
		new PresenceChannel(alice.boardContainer, alice.audience).set({ consent: { problematiqueId: aliceNote, answer: "no" } });
		await eventually(() => pendingConsentAnswer(w.facilitator, facilitatorPresence) !== undefined, 20_000, "Alice's answer");
		expect(pendingConsentAnswer(w.facilitator, facilitatorPresence)).toEqual({ problematiqueId: aliceNote, answer: "no" });
	});
});

describe("consent as services the session starts (no list on screen)", () => {
	let w: TestWorkshop;
	let alice: WorkshopSession;
	let bob: WorkshopSession;
	const stops: (() => void)[] = [];

	beforeAll(async () => {
		w = await createTestWorkshop(inject("appUrl"), "Consentement par services");
		alice = await w.join("Alice");
		bob = await w.join("Bob");
		const all = [w.facilitator, alice, bob];
		for (const s of all) stops.push(startSessionServices(s, new PresenceChannel(s.boardContainer, s.audience)));
		// A second start shares the running services.
		stops.push(startSessionServices(w.facilitator, new PresenceChannel(w.facilitator.boardContainer, w.facilitator.audience)));
		w.facilitator.run(moveStep, { to: "partage" });
		await eventually(() => all.every((s) => s.processView.root.step === "partage"));
		alice.run(putOnTable, { text: "Déléguer" });
		bob.run(putOnTable, { text: "Dire non" });
		await eventually(() => all.every((s) => s.boardView.root.problematiques.length === 2));
		const aliceNote = w.facilitator.boardView.root.problematiques.find((p) => p.authorId === alice.me.userId)?.id ?? "";
		w.facilitator.run(moveStep, { to: "choix" });
		await eventually(() => all.every((s) => s.processView.root.vote.open));
		bob.run(placeDot, { problematiqueId: aliceNote });
		await eventually(() => w.facilitator.boardView.root.dots.length === 1);
		w.facilitator.run(moveStep, { to: "consentement" });
		expect(w.facilitator.run(askConsent, {})).toEqual({ ok: true });
		await eventually(() => alice.processView.root.consent.askedId === aliceNote, 20_000, "Alice asked");
	});
	afterAll(() => {
		for (const stop of stops) stop();
		w?.dispose();
	});

	it("records Alice's no from her answer alone, and tells her where she stands", async () => {
		expect(consentStandingOf(alice.processView.root, alice.boardView.root, alice.me.userId)).toBe("asked");
		expect(alice.run(answerConsentRequest, { answer: "no" })).toEqual({ ok: true });
		await eventually(() => alice.processView.root.consent.refusedIds.length === 1, 20_000, "the no recorded");
		expect(consentStandingOf(alice.processView.root, alice.boardView.root, alice.me.userId)).toBe("saidNo");
		expect(consentStandingOf(bob.processView.root, bob.boardView.root, bob.me.userId)).toBe("notAsked");
		expect(alice.processView.root.consent.askedId).toBeUndefined();
	});
});
