/**
 * Facilitator handoff: the authority the service enforces moves with the role. The new
 * facilitator can move the step for everyone; the old one no longer can, even by forcing
 * a write; the old facilitation link stops working.
 */
import { Tree } from "fluid-framework";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiError } from "../../src/api/client";
import { moveStep } from "../../src/fluid/commands/process";
import { handFacilitationTo, onFacilitatorChange } from "../../src/fluid/handoff";
import type { WorkshopSession } from "../../src/fluid/session";
import { createTestWorkshop, eventually, settled, type TestWorkshop } from "../support/clients";

describe("facilitator handoff", () => {
	let w: TestWorkshop;
	let alice: WorkshopSession;
	let bob: WorkshopSession;
	let aliceAgain: WorkshopSession;

	beforeAll(async () => {
		w = await createTestWorkshop(inject("appUrl"), "Relais");
		alice = await w.join("Alice");
		bob = await w.join("Bob");
		await eventually(() => w.facilitator.boardView.root.members.size === 3, 20_000, "three members");
	});
	afterAll(() => w?.dispose());

	it("refuses a handoff asked by a participant", async () => {
		await expect(w.api.handoff(w.info.id, bob.me.ticket, alice.me.userId, "Alice")).rejects.toBeInstanceOf(ApiError);
	});

	it("moves the role and the service-enforced authority to the new facilitator", async () => {
		let told = 0;
		const off = onFacilitatorChange(alice, () => told++);
		// The former facilitator's page reopens the workshop when told: never before its
		// handover has reached the service (reopening disposes the container, and the pending
		// op with it: the role would stay with her while the server had moved the authority).
		let handedOverSaved = false;
		w.facilitator.processContainer.once("saved", () => {
			handedOverSaved = true;
		});
		const formerTold: boolean[] = [];
		const offFormer = onFacilitatorChange(w.facilitator, () => formerTold.push(handedOverSaved));
		expect(await handFacilitationTo(w.facilitator, w.api, alice.me.userId)).toEqual({ ok: true });
		await eventually(() => bob.processView.root.facilitatorId === alice.me.userId, 20_000, "Bob sees Alice facilitate");
		expect(bob.processView.root.facilitatorName).toBe("Alice");
		await eventually(() => told === 1, 20_000, "Alice's client told to open the workshop again");
		off();
		await eventually(() => formerTold.length === 1, 20_000, "the former facilitator's client told to open it again");
		expect(formerTold).toEqual([true]);
		offFormer();
		// Opened again, Alice's connection carries a writable process token: her moves reach everyone.
		aliceAgain = await w.open(alice.me);
		await eventually(() => aliceAgain.processView.root.facilitatorId === alice.me.userId);
		expect(aliceAgain.run(moveStep, { to: "regles" })).toEqual({ ok: true });
		await eventually(() => bob.processView.root.step === "regles", 20_000, "Bob sees Alice's step");
		expect(w.facilitator.run(moveStep, { to: "choix" })).toEqual({ ok: false, reason: "facilitatorOnly" });
	});

	it("takes back the former facilitator's live write connection: a forced write from the page still open reaches no one", async () => {
		// The page the former facilitator never closed (its process connection was writable).
		Tree.runTransaction(w.facilitator.processView.root, (p) => {
			p.step = "documentation";
		});
		aliceAgain.run(moveStep, { to: "presentation" });
		await eventually(() => bob.processView.root.step === "presentation", 20_000, "Alice's move");
		await new Promise((r) => setTimeout(r, 1500));
		expect(bob.processView.root.step).toBe("presentation");
		expect(aliceAgain.processView.root.step).toBe("presentation");
		expect(w.facilitator.processContainer.isDirty).toBe(true);
		aliceAgain.run(moveStep, { to: "regles" });
		await eventually(() => bob.processView.root.step === "regles", 20_000, "back to the rules");
	});

	it("never lets the former facilitator's forced write reach anyone once reopened", async () => {
		const former = await w.open(w.facilitator.me);
		await eventually(() => former.processView.root.step === "regles");
		Tree.runTransaction(former.processView.root, (p) => {
			p.step = "documentation";
		});
		aliceAgain.run(moveStep, { to: "recherche" });
		await eventually(() => bob.processView.root.step === "recherche", 20_000, "Alice's move");
		await new Promise((r) => setTimeout(r, 1500));
		expect(bob.processView.root.step).toBe("recherche");
		expect(aliceAgain.processView.root.step).toBe("recherche");
		expect(former.processContainer.isDirty).toBe(true);
		await settled([aliceAgain, bob]);
	});

	it("retires the old facilitation link", async () => {
		await expect(w.api.facilitator(w.info.id, w.key)).rejects.toMatchObject({ status: 403 });
	});

	// A page opened (or reconnected) since its last write holds a read connection: Fluid
	// switches to write on the first op, with a fresh token, asked after the server has
	// already moved the authority. That token must still let the handoff itself through.
	it("hands over from a page just opened, whose process connection is still a read one", async () => {
		const v = await createTestWorkshop(inject("appUrl"), "Relais depuis une page rouverte");
		try {
			const carla = await v.join("Carla");
			const dan = await v.join("Dan");
			const reopened = await v.open(v.facilitator.me);
			await eventually(() => reopened.boardView.root.members.size === 3, 20_000, "three members");
			expect(await handFacilitationTo(reopened, v.api, carla.me.userId)).toEqual({ ok: true });
			await eventually(() => dan.processView.root.facilitatorId === carla.me.userId, 20_000, "Dan sees Carla facilitate");
			expect(reopened.processContainer.isDirty).toBe(false);
			// The grace ends once the process names Carla: the former facilitator's writes reach no one.
			const again = await v.open(v.facilitator.me);
			Tree.runTransaction(again.processView.root, (p) => {
				p.step = "documentation";
			});
			await new Promise((r) => setTimeout(r, 1500));
			expect(dan.processView.root.step).toBe("invitation");
		} finally {
			v.dispose();
		}
	});
});
