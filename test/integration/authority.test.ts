/**
 * The facilitator's authority is enforced by the Fluid service: a participant's client,
 * even modified to skip the command layer, cannot change the process state.
 */
import { Tree } from "fluid-framework";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { execute } from "../../src/fluid/commands/command";
import { moveStep } from "../../src/fluid/commands/process";
import { createTestWorkshop, eventually, settled, type TestWorkshop } from "../support/clients";

describe("facilitator authority", () => {
	let w: TestWorkshop;
	beforeAll(async () => {
		w = await createTestWorkshop(inject("appUrl"));
	});
	afterAll(() => w?.dispose());

	it("moves the step for everyone when the facilitator does it", async () => {
		const alice = await w.join("Alice");
		expect(w.facilitator.run(moveStep, { to: "accueil" })).toEqual({ ok: true });
		await eventually(() => alice.processView.root.step === "accueil", 15_000, "Alice to see accueil");
	});

	it("refuses a participant's move in the command layer", async () => {
		const bob = await w.join("Bob");
		const verdict = execute(moveStep, bob.context(), { to: "choix" });
		expect(verdict).toEqual({ ok: false, reason: "facilitatorOnly" });
		expect(bob.processView.root.step).not.toBe("choix");
	});

	it("never lets a participant's forced write of the step reach anyone", async () => {
		const mallory = await w.join("Mallory");
		const alice = await w.join("Alice bis");
		await eventually(() => mallory.processView.root.step === w.facilitator.processView.root.step);
		// A modified client: writes the tree directly, bypassing every check.
		Tree.runTransaction(mallory.processView.root, (root) => {
			root.step = "documentation";
		});
		// Meanwhile a real edit by the facilitator is sequenced and reaches everyone.
		w.facilitator.run(moveStep, { to: "presentation" });
		await eventually(() => alice.processView.root.step === "presentation", 15_000, "the facilitator's move");
		await new Promise((r) => setTimeout(r, 1500));
		expect(w.facilitator.processView.root.step).toBe("presentation");
		expect(alice.processView.root.step).toBe("presentation");
		// The forged edit stays pending on Mallory's read-only connection: never acknowledged.
		expect(mallory.processContainer.isDirty).toBe(true);
		// And a fresh client sees the facilitator's state, not the forgery.
		const late = await w.join("Late");
		await eventually(() => late.processView.root.step === "presentation");
		expect(late.processView.root.step).toBe("presentation");
	});

	it("gives a participant a read-only token for the process and a writable one for the board", async () => {
		const id = await w.api.join(w.info.id, "Carol", w.participantKey);
		const containers = w.info.containers;
		if (!containers) throw new Error("containers not bound");
		const processToken = await fetch(`${inject("appUrl")}/api/token`, {
			method: "POST",
			headers: { "content-type": "application/json" },
			body: JSON.stringify({ ticket: id.ticket, documentId: containers.process }),
		}).then((r) => r.json() as Promise<{ scopes: string[] }>);
		expect(processToken.scopes).toEqual(["doc:read"]);
		const boardToken = await fetch(`${inject("appUrl")}/api/token`, {
			method: "POST",
			headers: { "content-type": "application/json" },
			body: JSON.stringify({ ticket: id.ticket, documentId: containers.board }),
		}).then((r) => r.json() as Promise<{ scopes: string[] }>);
		expect(boardToken.scopes).toContain("doc:write");
		await settled([w.facilitator]);
	});
});
