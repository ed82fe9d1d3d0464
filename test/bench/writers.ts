/**
 * Many people writing at once, as Node Fluid clients (test/support/clients.ts), around one
 * page that follows them:
 * - CPU per incoming change: while 8, then 40, others each move their dot every ~2 s, the
 *   page's main-thread CPU (DevTools TaskDuration, thread time; its idle rate taken off),
 *   divided by the changes it received; the app's page, then the bare page;
 * - vote storm: 40 voters each drop 3 dots at the same moment (each dot its own user
 *   action); the ops the board document received for it, read from its sequenced deltas.
 */
import type { Browser } from "playwright-core";
import { moveDot, placeDot, takeBackDot } from "../../src/fluid/commands/board";
import { evaluateBoardVotes } from "../../src/fluid/read";
import type { WorkshopSession } from "../../src/fluid/session";
import { createTestWorkshop, settled, type TestWorkshop } from "../support/clients";
import { cpuMeter, type CpuMeter } from "./support/cdp";
import { PROFILE, SETTLE_MS, SIZES, WRITE_PERIOD_MS } from "./support/config";
import { lastSequence, messagesSince } from "./support/deltas";
import { ratioOf, type Row } from "./support/figures";
import { KINDS, openPage, participant, sleep, type Kind } from "./support/pages";
import { addNotes, eventually, noteId, openRevealedVote, saved } from "./support/seed";
import { cpuProfile, writeProfile } from "./support/profile";
import { summarizeTrace, traceOf, writeTrace } from "./support/trace";

const NOTES = 16;

export interface Crowd {
	readonly w: TestWorkshop;
	readonly writers: readonly WorkshopSession[];
	dispose(): void;
}

/** A workshop in its vote (revealed), 16 problématiques, and `count` participants connected in Node. */
export async function crowd(appUrl: string, count: number): Promise<Crowd> {
	const w = await createTestWorkshop(appUrl, `Bench ${count} writers`);
	addNotes(w, NOTES);
	openRevealedVote(w);
	await saved(w);
	const writers: WorkshopSession[] = [];
	for (let i = 0; i < count; i += 4) {
		const batch = Array.from({ length: Math.min(4, count - i) }, (_, k) => w.join(`Voix ${i + k + 1}`));
		writers.push(...(await Promise.all(batch)));
	}
	await settled([w.facilitator, ...writers], 120_000);
	return { w, writers, dispose: () => w.dispose() };
}

function myDots(s: WorkshopSession) {
	return s.boardView.root.dots.filter((d) => d.voterId === s.me.userId);
}

/** Each writer holds exactly one dot (placed if needed). */
async function oneDotEach(c: Crowd): Promise<void> {
	c.writers.forEach((s, i) => {
		if (myDots(s).length === 0) s.run(placeDot, { problematiqueId: noteId(i % NOTES) });
	});
	await settled(c.writers, 120_000);
}

/** `count` writers each move their dot once per period (each from its own moment) for `seconds`: the edits made. */
async function writeFor(writers: readonly WorkshopSession[], seconds: number): Promise<number> {
	let edits = 0;
	const end = Date.now() + seconds * 1000;
	await Promise.all(
		writers.map(async (s, i) => {
			await sleep((WRITE_PERIOD_MS * i) / writers.length);
			while (Date.now() < end) {
				const dot = myDots(s)[0];
				if (dot) {
					const to = noteId((Number(dot.problematiqueId.slice(1)) + 1) % NOTES);
					if (s.run(moveDot, { dotId: dot.id, problematiqueId: to }).ok) edits++;
				}
				await sleep(WRITE_PERIOD_MS);
			}
		}),
	);
	await settled(writers, 120_000);
	return edits;
}

/** The meter's figures taken per change, and how the rows name them. */
const METRICS = [
	["taskMs", "main thread", "DevTools TaskDuration (thread time), idle rate (the lower of before and after) taken off"],
	["scriptMs", "script", "DevTools ScriptDuration, idle rate taken off"],
	["styleMs", "style recalculation", "DevTools RecalcStyleDuration, idle rate taken off"],
	["layoutMs", "layout", "DevTools LayoutDuration, idle rate taken off"],
] as const;
type Metric = (typeof METRICS)[number][0];

/** Each metric's time per ms while nothing is written, over `idleSeconds`. */
async function idleRates(meter: CpuMeter): Promise<Record<Metric, number>> {
	const a = await meter.read();
	await sleep(SIZES.idleSeconds * 1000);
	const b = await meter.read();
	return perMetric((m) => (b[m] - a[m]) / (b.at - a.at));
}

/** One value per metric. */
function perMetric<T>(value: (m: Metric) => T): Record<Metric, T> {
	return Object.fromEntries(METRICS.map(([m]) => [m, value(m)])) as Record<Metric, T>;
}

export async function cpuPerChange(browser: Browser, appUrl: string, c: Crowd, writing: number): Promise<Row[]> {
	await oneDotEach(c);
	const writers = c.writers.slice(0, writing);
	const perChange = perMetric((): Record<Kind, number> => ({ app: Number.NaN, bare: Number.NaN }));
	let rate = 0;
	for (const kind of KINDS) {
		const page = await openPage(browser, appUrl, kind, c.w.info.id, await participant(c.w, `Observe ${kind} ${writing}`));
		const meter = await cpuMeter(page.page);
		try {
			await sleep(SETTLE_MS);
			const before = await idleRates(meter);
			const start = await meter.read();
			const edits = await writeFor(writers, SIZES.loadSeconds);
			// The page has taken in the last of them.
			await sleep(SETTLE_MS);
			const end = await meter.read();
			const after = await idleRates(meter);
			const dt = end.at - start.at;
			for (const [m] of METRICS) {
				// The quieter of the two idle readings (one may catch a load's tail or a collection).
				const idle = Math.min(before[m], after[m]);
				perChange[m][kind] = (end[m] - start[m] - idle * dt) / edits;
			}
			rate = edits / SIZES.loadSeconds;
			if (PROFILE) {
				// Traced apart from the measure (tracing costs time of its own).
				let traced = 0;
				const events = await traceOf(browser, page.page, async () => {
					traced = await writeFor(writers, SIZES.loadSeconds);
					await sleep(SETTLE_MS);
				});
				writeTrace(`cpu-${kind}-${writing}`, summarizeTrace(events), traced);
				const profile = await cpuProfile(page.page, async () => {
					await writeFor(writers, SIZES.loadSeconds);
					await sleep(SETTLE_MS);
				});
				writeProfile(`cpu-${kind}-${writing}`, profile, kind);
			}
		} finally {
			await meter.detach();
			await page.close();
		}
	}
	const load = `${writing} Node clients, each a dot move every ${WRITE_PERIOD_MS / 1000} s (${rate.toFixed(1)} changes/s) for ${SIZES.loadSeconds} s`;
	return METRICS.map(([m, name, how], i) => {
		const { app, bare } = perChange[m];
		return {
			part: "CPU per incoming change",
			figure: `${writing} others writing: ${i === 0 ? name : `of which ${name}`}`,
			unit: "ms/change",
			app,
			bare,
			ratio: ratioOf(app, bare),
			note: i === 0 ? `${load}; ${how}` : how,
		};
	});
}

export async function voteStorm(appUrl: string, c: Crowd, voters: number): Promise<Row[]> {
	const people = c.writers.slice(0, voters);
	// Everyone's dots taken back first: each voter then holds 3 to drop.
	for (const s of people) for (const d of myDots(s)) s.run(takeBackDot, { dotId: d.id });
	await settled(c.writers, 120_000);
	await sleep(SETTLE_MS);
	const before = await lastSequence(appUrl, c.w);
	const t0 = performance.now();
	people.forEach((s, i) => {
		for (let k = 0; k < 3; k++) setTimeout(() => s.run(placeDot, { problematiqueId: noteId((i + k) % NOTES) }), 0);
	});
	await sleep(50);
	await settled(c.writers, 300_000);
	const all = [c.w.facilitator, ...c.writers];
	const valid = (s: WorkshopSession) => evaluateBoardVotes(s.processView.root, s.boardView.root).valid.length;
	const expected = voters * 3;
	await eventually(() => all.every((s) => valid(s) === expected), 300_000, "every client to count every dot").catch(
		() => undefined,
	);
	const converged = (performance.now() - t0) / 1000;
	await sleep(SETTLE_MS);
	const types = await messagesSince(appUrl, c.w, before);
	const ops = types.op ?? 0;
	const perDot = ops / expected;
	const others = Object.entries(types)
		.filter(([t]) => t !== "op")
		.map(([t, n]) => `${n} ${t}`)
		.join(", ");
	return [
		{
			part: "vote storm",
			figure: `${voters} voters × 3 dots at once: ops per dot`,
			unit: "ops/dot",
			app: perDot,
			budget: { text: "1 op per dot", met: perDot <= 1 },
			note: `${ops} ops sequenced on the board for ${expected} dots (also ${others || "nothing else"})`,
		},
		{
			part: "vote storm",
			figure: `${voters} voters × 3 dots at once: every client counts them all`,
			unit: "s",
			app: converged,
			note: `${all.length} Node clients; valid dots per client: ${valid(c.w.facilitator)} of ${expected}`,
		},
	];
}
