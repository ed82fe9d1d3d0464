/**
 * `npm run bench`: 40 participants as Fluid clients (in Node) join one workshop, put their
 * problématiques on the table and vote at the same moment. Prints the time to join, to
 * converge after the simultaneous vote, and checks (not a timing) that every client
 * computes the same valid votes.
 */
import { afterAll, describe, expect, inject, it } from "vitest";
import { placeDot, putOnTable } from "../../src/fluid/commands/board";
import { moveStep } from "../../src/fluid/commands/process";
import { evaluateBoardVotes } from "../../src/fluid/read";
import type { WorkshopSession } from "../../src/fluid/session";
import { createTestWorkshop, eventually, settled, type TestWorkshop } from "../support/clients";

const PEOPLE = 40;

describe("40 participants", () => {
	let w: TestWorkshop;
	const rows: string[] = [];
	afterAll(() => {
		w?.dispose();
		console.log(`\n${rows.join("\n")}\n`);
	});

	it("join, write and vote at the same moment, and converge", async () => {
		w = await createTestWorkshop(inject("appUrl"), "Quarante");
		let t0 = performance.now();
		const people: WorkshopSession[] = [];
		for (let i = 0; i < PEOPLE; i++) people.push(await w.join(`Personne ${i + 1}`));
		const all = [w.facilitator, ...people];
		await eventually(() => all.every((s) => s.boardView.root.members.size === PEOPLE + 1), 300_000, "everyone listed");
		rows.push(`${PEOPLE} participants joined one by one in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

		w.facilitator.run(moveStep, { to: "partage" });
		await eventually(() => all.every((s) => s.processView.root.step === "partage"), 120_000);
		t0 = performance.now();
		for (const p of people) p.run(putOnTable, { text: `Problématique de ${p.me.name}` });
		await eventually(() => all.every((s) => s.boardView.root.problematiques.length === PEOPLE), 300_000, "every note everywhere");
		rows.push(`${PEOPLE} notes put on the table at once: everywhere after ${((performance.now() - t0) / 1000).toFixed(1)} s`);

		w.facilitator.run(moveStep, { to: "choix" });
		await eventually(() => all.every((s) => s.processView.root.vote.open), 120_000);
		const ids = w.facilitator.boardView.root.problematiques.map((p) => p.id);
		t0 = performance.now();
		people.forEach((p, i) => {
			for (let k = 0; k < 4; k++) p.run(placeDot, { problematiqueId: ids[(i + k) % 3] as string });
		});
		await settled(all, 300_000);
		const reference = () =>
			JSON.stringify(evaluateBoardVotes(w.facilitator.processView.root, w.facilitator.boardView.root).valid.map((d) => d.id));
		await eventually(
			() =>
				all.every(
					(s) => JSON.stringify(evaluateBoardVotes(s.processView.root, s.boardView.root).valid.map((d) => d.id)) === reference(),
				),
			300_000,
			"the same valid votes everywhere",
		);
		const valid = evaluateBoardVotes(w.facilitator.processView.root, w.facilitator.boardView.root).valid.length;
		rows.push(
			`${PEOPLE} voters, 3 dots each at the same moment: converged everywhere after ${((performance.now() - t0) / 1000).toFixed(1)} s (${valid} valid dots)`,
		);
		expect(valid).toBe(PEOPLE * 3);
	});
});
