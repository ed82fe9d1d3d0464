/**
 * Fuzz of the rules against the real local Fluid service (issue 10, point 7, tier 2).
 *
 * The same generator as the many-seeds fuzz (`test/unit/fuzz-rules.test.ts`), a few seeds,
 * with real Node clients: a facilitator creates the workshop, 2 to 5 more clients join
 * (sometimes one person in two tabs, or an observer), a valid prefix brings the workshop
 * to the seed's chapter (written on the facilitator's client, then everyone converges),
 * then random steps: a client runs a command through `execute`, the event loop runs for
 * a moment (ops travel), a client drops both its connections (`disconnect()`) or comes
 * back (`connect()`: its edits made offline are sent then). After every step, on every
 * client's own views: the rules (`test/support/fuzz/invariants.ts`) and "a refused
 * command changed nothing". Every 30 steps and at the end: everyone reconnects, settles,
 * and every client's exported process and board must be identical.
 *
 * The seed fixes the clients and the commands; the network's timing is the service's, so
 * a failure replays its command sequence, not always its interleaving:
 *   FUZZ_SEED=<n> npx vitest run --project integration test/integration/fuzz.test.ts
 * `FUZZ_SERVICE_RUNS=<n>` runs more seeds.
 */
import { Tree } from "fluid-framework";
import { describe as group, inject, it } from "vitest";
import type { Actor, CommandContext } from "../../src/fluid/commands/command";
import { execute } from "../../src/fluid/commands/command";
import type { WorkshopSession } from "../../src/fluid/session";
import { createTestWorkshop, eventually, settled, type TestWorkshop } from "../support/clients";
import { exported } from "../support/fuzz/branches";
import { pickChapter, reachChapter } from "../support/fuzz/chapters";
import { propose } from "../support/fuzz/generator";
import { allViolations } from "../support/fuzz/invariants";
import { fuzzSeeds, mulberry32 } from "../support/fuzz/prng";
import { castFor, describe, Pace } from "../support/fuzz/scenario";

const STEPS_PER_RUN = 60;
const CHECKPOINT = 30;
const SEEDS = process.env.FUZZ_SEED
	? fuzzSeeds(1, 0)
	: Array.from({ length: Number.parseInt(process.env.FUZZ_SERVICE_RUNS ?? "3", 10) }, (_, i) => 7001 + i);

interface Client {
	readonly index: number;
	readonly session: WorkshopSession;
	readonly actor: Actor;
	connected: boolean;
	changes: number;
	made: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function actorOf(s: WorkshopSession): Actor {
	return { id: s.me.userId, name: s.me.name, observer: s.me.role === "observer" };
}

async function openClients(w: TestWorkshop, seed: number): Promise<Client[]> {
	const cast = castFor(mulberry32(seed));
	const sessions: WorkshopSession[] = [w.facilitator];
	const people = cast.actors.slice(1).filter((a, i, all) => !a.observer && all.findIndex((b) => b.id === a.id) === i);
	for (const a of people) sessions.push(await w.join(a.name));
	const second = sessions[1];
	if (cast.extra === "secondTab" && second) sessions.push(await w.open(second.me));
	if (cast.extra === "observer") sessions.push(await w.join("Olga", true));
	return sessions.map((session, index) => {
		const client: Client = { index, session, actor: actorOf(session), connected: true, changes: 0, made: 0 };
		const bump = () => {
			client.changes++;
		};
		Tree.on(session.processView.root, "treeChanged", bump);
		Tree.on(session.boardView.root, "treeChanged", bump);
		return client;
	});
}

function stateOf(s: WorkshopSession): string {
	return exported(s.processView) + exported(s.boardView);
}

async function converge(clients: readonly Client[], fail: (what: string) => never): Promise<void> {
	for (const c of clients) {
		if (c.connected) continue;
		c.session.boardContainer.connect();
		c.session.processContainer.connect();
		c.connected = true;
	}
	const sessions = clients.map((c) => c.session);
	await settled(sessions, 30_000);
	try {
		await eventually(() => new Set(sessions.map(stateOf)).size === 1, 30_000, "identical exports on every client");
	} catch {
		fail("the clients' exported trees differ after settling");
	}
}

async function runOne(appUrl: string, seed: number): Promise<void> {
	const rng = mulberry32(seed * 31 + 1);
	const w = await createTestWorkshop(appUrl, `Fuzz ${seed}`);
	const log: string[] = [];
	let index = -1;
	const fail = (what: string): never => {
		throw new Error(
			`seed ${seed}, step ${index}: ${what}\nlast steps:\n  ${log.slice(-30).join("\n  ")}\n` +
				`replay: FUZZ_SEED=${seed} npx vitest run --project integration test/integration/fuzz.test.ts`,
		);
	};
	try {
		const clients = await openClients(w, seed);
		const writers = new Set(clients.filter((c) => !c.actor.observer).map((c) => c.actor.id)).size;
		await eventually(() => clients.every((c) => c.session.boardView.root.members.size === writers), 20_000, "every member");
		// The chapter's prefix, written on the facilitator's client (authorship is data), then shared.
		const chapter = pickChapter(rng);
		const fac = w.facilitator;
		let made = 0;
		const prefixCtx = (me: Actor): CommandContext => ({
			...fac.context(),
			me,
			newId: () => `s${seed}-pre-${made++}`,
		});
		reachChapter(chapter, [...new Map(clients.map((c) => [c.actor.id, c.actor])).values()], prefixCtx, rng);
		log.push(`${clients.length} clients, from ${chapter}`);
		await converge(clients, fail);
		const pace = new Pace(clients.length);
		for (index = 0; index < STEPS_PER_RUN; index++) {
			const c = rng.weighted(clients.map((client, i) => [client, i === 0 ? 1.5 : 1] as const));
			const kind = rng.weighted([
				["act", 10],
				["wait", 4],
				["disconnect", c.connected ? 0.5 : 0],
				["reconnect", c.connected ? 0 : 2],
			] as const);
			if (kind === "act") {
				const ctx: CommandContext = { ...c.session.context(), newId: () => `s${seed}-c${c.index}-${c.made++}` };
				const { command, args } = propose(ctx, rng, pace.moveWeight(ctx));
				const before = c.changes;
				const verdict = execute(command, ctx, args as never);
				pace.acted(command.name, verdict.ok);
				log.push(describe(c.index, command.name, args, verdict.ok ? "ok" : verdict.reason));
				if (!verdict.ok && c.changes !== before) fail(`refused but changed the tree: ${log.at(-1)}`);
			} else if (kind === "wait") {
				log.push(`wait`);
				await sleep(rng.int(0, 30));
			} else if (kind === "disconnect") {
				log.push(`client ${c.index} disconnects`);
				c.session.boardContainer.disconnect();
				c.session.processContainer.disconnect();
				c.connected = false;
			} else {
				log.push(`client ${c.index} reconnects`);
				c.session.boardContainer.connect();
				c.session.processContainer.connect();
				c.connected = true;
			}
			for (const client of clients) {
				const found = allViolations(client.session.processView.root, client.session.boardView.root);
				if (found.length > 0) fail(`client ${client.index} sees: ${found.join("; ")}`);
			}
			if ((index + 1) % CHECKPOINT === 0) await converge(clients, fail);
		}
		log.push("everyone reconnects and settles");
		await converge(clients, fail);
		const found = allViolations(fac.processView.root, fac.boardView.root);
		if (found.length > 0) fail(`after settling: ${found.join("; ")}`);
	} finally {
		w.dispose();
	}
}

group("fuzz of the rules against the local Fluid service (seeded)", () => {
	const appUrl = inject("appUrl");
	for (const seed of SEEDS) it(`seed ${seed}`, () => runOne(appUrl, seed), 120_000);
});
