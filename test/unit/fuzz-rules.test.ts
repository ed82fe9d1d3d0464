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
 * Reproduce a failure (its message gives the seed and step):
 *   FUZZ_SEED=<n> npx vitest run --project unit test/unit/fuzz-rules.test.ts
 * More runs: FUZZ_RUNS=<n> (FUZZ_BASE=<first seed> to explore other seeds).
 */
import { describe as group, expect, it } from "vitest";
import { execute } from "../../src/fluid/commands/command";
import { COMMANDS } from "../../src/fluid/commands/registry";
import { currentStep } from "../../src/fluid/read";
import { initialBoard, initialProcess } from "../../src/fluid/initial";
import { Member, Problematique, Rule, TurnRecord, type Board, type Process } from "../../src/fluid/schema";
import { branchWorkshop, exported, type BranchClient, type BranchWorkshop } from "../support/fuzz/branches";
import { argsFor, NOT_GENERATED, propose } from "../support/fuzz/generator";
import { allViolations } from "../support/fuzz/invariants";
import { fuzzSeeds, mulberry32, type Rng } from "../support/fuzz/prng";
import { CHAPTERS, pickChapter, reachChapter } from "../support/fuzz/chapters";
import { castFor, describe, Pace } from "../support/fuzz/scenario";

const STEPS_PER_RUN = 50;
const SEEDS = fuzzSeeds(200, 1);

/** Steps reached and commands run, over every run (printed once, to see what the fuzz covers). */
const coverage = { steps: new Map<string, number>(), accepted: new Map<string, number>(), refused: 0 };

class Failure extends Error {}

/**
 * The checks after a step, on what changed: the rules on every view whose content is new
 * in this run (they are pure functions of the content: a content already checked, e.g. a
 * caught-up client's, which equals main's, is not checked again), then convergence of
 * the caught-up clients.
 */
class Checker {
	private readonly states = new Map<BranchClient | "main", { revision: number; state: string }>();
	private readonly good = new Set<string>();

	constructor(private readonly w: BranchWorkshop) {}

	private stateOf(key: BranchClient | "main"): string {
		const w = this.w;
		const revision = key === "main" ? w.revision() : key.revision();
		const known = this.states.get(key);
		if (known?.revision === revision) return known.state;
		const state = key === "main" ? exported(w.process) + exported(w.board) : exported(key.process) + exported(key.board);
		this.states.set(key, { revision, state });
		return state;
	}

	private rules(state: string, process: Process, board: Board, who: string, fail: (what: string) => never): void {
		if (this.good.has(state)) return;
		const found = allViolations(process, board);
		if (found.length > 0) fail(`${who} sees: ${found.join("; ")}`);
		this.good.add(state);
	}

	run(fail: (what: string) => never): void {
		const w = this.w;
		const main = this.stateOf("main");
		this.rules(main, w.process.root, w.board.root, "main", fail);
		for (const c of w.clients) this.rules(this.stateOf(c), c.process.root, c.board.root, `client ${c.index} (${c.me.id})`, fail);
		for (const c of w.caughtUp()) if (this.stateOf(c) !== main) fail(`client ${c.index} caught up but differs from main`);
	}
}

function act(c: BranchClient, rng: Rng, pace: Pace, fail: (what: string) => never): string {
	const ctx = c.context();
	const { command, args } = propose(ctx, rng, pace.moveWeight(ctx));
	const before = c.revision();
	const verdict = execute(command, ctx, args as never);
	pace.acted(command.name, verdict.ok);
	const line = describe(c.index, command.name, args, verdict.ok ? "ok" : verdict.reason);
	if (verdict.ok) {
		c.dirty = true;
		coverage.accepted.set(command.name, (coverage.accepted.get(command.name) ?? 0) + 1);
	} else {
		coverage.refused++;
		if (c.revision() !== before) fail(`refused but changed the tree: ${line}`);
	}
	return line;
}

function runOne(seed: number): void {
	const rng = mulberry32(seed);
	const cast = castFor(rng);
	let now = 0;
	const chapter = pickChapter(rng);
	// The chapter's prefix depends on the cast and chapter alone (its seed is theirs): built once, forked by every such run.
	const w = branchWorkshop(cast.actors, () => now, seed, {
		key: chapter,
		run: (ctxOf) => reachChapter(chapter, cast.actors, ctxOf, mulberry32(CHAPTERS.indexOf(chapter) * 7919 + cast.actors.length)),
	});
	const log: string[] = [`${cast.actors.length} clients (${cast.extra}), from ${chapter}`];
	let index = -1;
	const fail = (what: string): never => {
		throw new Failure(
			`seed ${seed}, step ${index}: ${what}\nlast steps:\n  ${log.slice(-40).join("\n  ")}\n` +
				`replay: FUZZ_SEED=${seed} npx vitest run --project unit test/unit/fuzz-rules.test.ts`,
		);
	};
	const pace = new Pace(cast.actors.length);
	const checker = new Checker(w);
	try {
		for (index = 0; index < STEPS_PER_RUN; index++) {
			now += 1000;
			const c = rng.weighted(w.clients.map((client, i) => [client, i === 0 ? 1.5 : 1] as const));
			const kind = rng.weighted([
				["act", 10],
				["send", 2],
				["receive", 2],
				["tick", 4],
				["disconnect", c.connected ? 0.5 : 0],
				["reconnect", c.connected ? 0 : 1.5],
			] as const);
			if (kind === "act") log.push(act(c, rng, pace, fail));
			else if (kind === "tick") {
				// The network moves: each connected client sends, then catches up, or not, at random.
				const moved = w.clients.filter((client) => client.connected && rng.chance(0.5));
				for (const client of moved) w.send(client);
				for (const client of w.clients) if (client.connected && rng.chance(0.6)) w.receive(client);
				log.push(`tick: ${moved.map((m) => m.index).join(",")} sent`);
			} else {
				log.push(`client ${c.index} ${kind}`);
				if (kind === "disconnect") c.connected = false;
				if (kind === "reconnect") c.connected = true;
				if (kind === "send" && c.connected) w.send(c);
				if (kind === "receive" && c.connected) w.receive(c);
			}
			checker.run(fail);
		}
		log.push("everyone reconnects, sends and catches up");
		for (const c of w.clients) c.connected = true;
		for (const c of [...w.clients].sort(() => rng.next() - 0.5)) w.send(c);
		for (const c of w.clients) w.receive(c);
		if (w.caughtUp().length !== w.clients.length) fail("not every client caught up at the end");
		checker.run(fail);
		const step = currentStep(w.process.root);
		coverage.steps.set(step, (coverage.steps.get(step) ?? 0) + 1);
	} finally {
		w.dispose();
	}
}

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

	for (const seed of SEEDS) it(`seed ${seed}`, () => runOne(seed), 60_000);

	it("covered the workshop", () => {
		if (SEEDS.length < 50) return;
		console.log(
			`fuzz (branches): ${SEEDS.length} runs; final steps ${JSON.stringify([...coverage.steps])}; refused ${coverage.refused}; accepted ${JSON.stringify([...coverage.accepted].sort())}`,
		);
		for (const name of [
			"placeDot",
			"answerConsent",
			"recordConsent",
			"askQuestion",
			"giveFloor",
			"harvestIdea",
			"writeDocumentation",
		]) {
			expect(coverage.accepted.get(name) ?? 0, name).toBeGreaterThan(0);
		}
	});
});
