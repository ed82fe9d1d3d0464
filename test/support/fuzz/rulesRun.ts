/**
 * One seeded run of the rules' fuzz (see test/unit/fuzz-rules.test.ts for what it checks),
 * and the suite of a shard of the seeds: the 200 default runs are spread over two test
 * files, one per core (each checks its own 100 runs reach the workshop's main commands).
 */
import { describe as group, expect, it } from "vitest";
import { execute } from "../../../src/fluid/commands/command";
import { currentStep } from "../../../src/fluid/read";
import type { Board, Process } from "../../../src/fluid/schema";
import { branchWorkshop, exported, type BranchClient, type BranchWorkshop } from "./branches";
import { propose } from "./generator";
import { allViolations } from "./invariants";
import { fuzzSeeds, mulberry32, type Rng } from "./prng";
import { CHAPTERS, pickChapter, reachChapter } from "./chapters";
import { castFor, describe, Pace } from "./scenario";

const STEPS_PER_RUN = 50;

/** Steps reached and commands run, over a file's runs (printed once, to see what the fuzz covers). */
export interface Coverage {
	readonly steps: Map<string, number>;
	readonly accepted: Map<string, number>;
	refused: number;
}

export function newCoverage(): Coverage {
	return { steps: new Map(), accepted: new Map(), refused: 0 };
}

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

function act(c: BranchClient, rng: Rng, pace: Pace, coverage: Coverage, fail: (what: string) => never): string {
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

export function runOne(seed: number, coverage: Coverage): void {
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
			if (kind === "act") log.push(act(c, rng, pace, coverage, fail));
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

/** The 200 default seeds (or FUZZ_SEED, FUZZ_RUNS, FUZZ_BASE), this shard's share of them. */
export function fuzzShard(shard: number, shards: number): void {
	const seeds = fuzzSeeds(200, 1).filter((_, i) => i % shards === shard);
	const coverage = newCoverage();
	group(`fuzz of the rules over branches (seeded, no network), shard ${shard + 1} of ${shards}`, () => {
		if (seeds.length === 0) it.skip("no seed of this run falls in this shard", () => undefined);
		for (const seed of seeds) it(`seed ${seed}`, () => runOne(seed, coverage), 60_000);

		it.runIf(seeds.length >= 100)("covered the workshop", () => {
			console.log(
				`fuzz (branches), shard ${shard + 1}: ${seeds.length} runs; final steps ${JSON.stringify([...coverage.steps])}; refused ${coverage.refused}; accepted ${JSON.stringify([...coverage.accepted].sort())}`,
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
}
