/**
 * Fuzz of the rules, many seeds, no network (issue 10, point 7, tier 1).
 *
 * Each run draws from its seed a workshop of 3 to 6 clients (the facilitator, participants,
 * sometimes one person in two tabs or an observer) and a sequence of steps: a client runs
 * a command through the real command layer (`execute`: `canRun`, then one transaction),
 * a client sends its edits, catches up, disconnects or reconnects. The "network" is
 * SharedTree's own branching (see `test/support/fuzz/branches.ts`): each client edits its
 * own forks of the process and the board, merged into main in whatever order the seed
 * says, so concurrent and offline edits are rebased exactly as the service would have
 * them sequenced. After every step, on every client's view and on main:
 *
 * - the rules as the readers show them (`test/support/fuzz/invariants.ts`): 3 valid dots
 *   per voter, at most 2 on one problématique, none from the facilitator, matching an
 *   independent recount; the floor only to a contributor, échanges turns in rounds,
 *   clarification chances in rounds; at most 3 kept ideas from distinct sources; every
 *   text within its limit; the offreur the author of the accepted problématique;
 * - a command `canRun` refused changed nothing (both documents exported before and after);
 * - convergence: every client connected, with nothing unsent and caught up since main
 *   last changed, exports exactly main's trees (`TreeAlpha.exportVerbose`).
 * At the end everyone reconnects, sends and catches up: all exports equal, rules hold.
 *
 * Each run starts at a chapter of the workshop (`test/support/fuzz/chapters.ts`: a valid
 * sequential prefix of real commands, built once per cast and chapter, then forked), so
 * that its 50 random steps are spent on the vote, the consent, the turns, the récolte or
 * the documentation. Costs here (2 shared cores): about 0.3 s of CPU per run.
 *
 * A known race, checked only with FUZZ_STRICT=1 (it fails today, see invariants.ts):
 * clarification rounds: the facilitator passes a contributor whose question they have not
 * received yet (FUZZ_STRICT=1 FUZZ_SEED=25), or one person asks from two tabs at once:
 * that contributor is two chances ahead of another.
 * (The accepted problématique withdrawn by its author before the yes reaches them, found
 * here too — seed 15 — is harmless since the yes seals a copy of it: the check now reads the
 * decision as every surface does, and always runs.)
 *
 * The 200 runs are spread over this file and fuzz-rules-2 (`test/support/fuzz/rulesRun.ts`), one per core.
 * Reproduce a failure (its message gives the seed and step):
 *   FUZZ_SEED=<n> npx vitest run --project unit test/unit/fuzz-rules.test.ts
 * More runs: FUZZ_RUNS=<n> (FUZZ_BASE=<first seed> to explore other seeds).
 */
import { describe as group, expect, it } from "vitest";
import { COMMANDS } from "../../src/fluid/commands/registry";
import { initialBoard, initialProcess } from "../../src/fluid/initial";
import { Member, Problematique, Rule, TurnRecord } from "../../src/fluid/schema";
import { branchWorkshop } from "../support/fuzz/branches";
import { argsFor, NOT_GENERATED } from "../support/fuzz/generator";
import { allViolations } from "../support/fuzz/invariants";
import { mulberry32 } from "../support/fuzz/prng";
import { fuzzShard } from "../support/fuzz/rulesRun";

group("fuzz of the rules over branches (seeded, no network)", () => {
	it("generates every registered command", () => {
		const w = branchWorkshop([{ id: "u0", name: "F", observer: false }], () => 0, 0);
		const client = w.clients[0];
		if (!client) throw new Error("no client");
		const missing = COMMANDS.filter(
			(c) => !NOT_GENERATED.includes(c.name) && argsFor(c.name, client.context(), mulberry32(1)) === undefined,
		);
		w.dispose();
		expect(missing.map((c) => c.name)).toEqual([]);
	});

	it("sees a rule broken past the commands (the checks can fail)", () => {
		const p = initialProcess({ title: "T", announcedEnd: 0, facilitatorId: "u0", facilitatorName: "F", now: 0 });
		const b = initialBoard();
		for (const [i, id] of ["u0", "u1", "u2", "u3"].entries())
			b.members.set(id, new Member({ id, name: id, observer: false, joinedAt: i }));
		b.problematiques.insertAtEnd(new Problematique({ id: "p1", authorId: "u1", text: "x", x: 0, y: 0 }));
		p.consent.acceptedId = "p1";
		p.offreurId = "u1";
		p.step = "echanges";
		expect(allViolations(p, b)).toEqual([]);
		p.turns.echanges.insertAtEnd(
			new TurnRecord({ userId: "u2", kind: "spoke" }),
			new TurnRecord({ userId: "u2", kind: "spoke" }),
		);
		p.turns.speakerId = "u1";
		b.rules.insertAtEnd(new Rule({ id: "r", text: "é".repeat(201), authorId: "u0" }));
		const found = allViolations(p, b).join("\n");
		expect(found).toContain("u2 had a turn in échanges (n° 2)");
		expect(found).toContain("u1 has the floor in echanges");
		expect(found).toContain("over the rule limit");
	});
});

fuzzShard(0, 2);
