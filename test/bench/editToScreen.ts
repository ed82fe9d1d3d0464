/**
 * Edit to screen: one participant's action (a note moved, a dot dropped, a step advanced),
 * run through the page's own command layer, until every other participant's page has
 * drawn it: the epoch time of the first frame each receiver drew once the change was in
 * its tree, the latest of them, minus the time just before the sender ran the command.
 * One edit at a time (every receiver drew it before the next). The app's pages, then the
 * bare pages, on the same documents, with the same identities, in the same run.
 */
import type { Browser } from "playwright-core";
import { STEP_IDS, type StepId } from "../../src/domain/steps";
import { createTestWorkshop, type TestWorkshop } from "../support/clients";
import { OPEN_AT_ONCE, PROFILE, SETTLE_MS, SIZES, SMOKE } from "./support/config";
import { arm, DRAW_TIMEOUT_MS, drawnAt, send, type Edit } from "./support/edits";
import { cpuMeter } from "./support/cdp";
import { ratioOf, spread, type Row } from "./support/figures";
import { facilitator, KINDS, openPage, participant, sleep, type BenchPage, type Kind } from "./support/pages";
import { cpuProfile, profileBoth, writeProfile } from "./support/profile";
import { addNotes, eventually, noteId, openRevealedVote, saved } from "./support/seed";

type EditKind = "note" | "dot" | "step";
const ALL_EDIT_KINDS: readonly EditKind[] = ["note", "dot", "step"];
/** `BENCH_EDITS=step` (or `note,dot`…): only these edits, e.g. to profile one of them alone. */
const EDIT_KINDS: readonly EditKind[] = process.env.BENCH_EDITS
	? ALL_EDIT_KINDS.filter((k) => process.env.BENCH_EDITS?.split(",").includes(k))
	: ALL_EDIT_KINDS;
const WORDS: Record<EditKind, string> = { note: "note moved", dot: "dot dropped", step: "step advanced" };

/**
 * Steps the facilitator goes to in turn from the vote: on to the récolte, then round from the
 * start back to the table (none seals anything but the vote).
 */
const at = (id: StepId) => STEP_IDS.indexOf(id);
const STEP_CYCLE: readonly StepId[] = [
	...STEP_IDS.slice(at("consentement"), at("recolte") + 1),
	...STEP_IDS.slice(at("accueil"), at("choix")),
];

const NOTES = 10;
/** How long the pages are left idle to read what an open workshop costs when nothing happens. */
const IDLE_MS = SMOKE ? 1000 : 5000;

/** Each page's main-thread time per second while nobody does anything (its clocks tick). */
async function idleMsPerSecond(pages: readonly BenchPage[]): Promise<number[]> {
	const meters = await Promise.all(pages.map((p) => cpuMeter(p.page)));
	try {
		const before = await Promise.all(meters.map((m) => m.read()));
		await sleep(IDLE_MS);
		const after = await Promise.all(meters.map((m) => m.read()));
		return after.map((a, i) => ((a.taskMs - (before[i]?.taskMs ?? Number.NaN)) / (a.at - (before[i]?.at ?? Number.NaN))) * 1000);
	} finally {
		for (const m of meters) await m.detach();
	}
}

/** One edit, on its slowest receiver (ms): in all, until its handlers saw it, until the frame started, the frame. */
interface Timing {
	readonly total: number;
	readonly sender: number;
	readonly transit: number;
	readonly wait: number;
	readonly frame: number;
}
const PHASES = ["sender", "transit", "wait", "frame"] as const;
const PHASE_WORDS: Record<(typeof PHASES)[number], string> = {
	sender: "the sender's command and its own page's reactions",
	transit: "then until the slowest receiver handles it",
	wait: "then until its frame starts",
	frame: "then the frame itself",
};

/** The latest receiver's first frame with the edit, minus its sending (NaN if one never drew it), and its phases. */
async function editToScreenMs(sender: BenchPage, receivers: readonly BenchPage[], edit: Edit): Promise<Timing> {
	await arm(receivers, edit);
	const { at, end } = await send(sender, edit);
	const times = await drawnAt(receivers);
	const slowest = times.reduce((a, b) => (Number.isNaN(b.drawn) || b.drawn > a.drawn ? b : a));
	return {
		total: slowest.drawn - at,
		sender: end - at,
		transit: slowest.arrived - end,
		wait: slowest.started - slowest.arrived,
		frame: slowest.drawn - slowest.started,
	};
}

/** The participant's one dot (placed through their page the first time). */
async function dotOf(w: TestWorkshop, voter: BenchPage): Promise<string> {
	const mine = () => w.facilitator.boardView.root.dots.find((d) => d.voterId === voter.identity.userId);
	if (!mine()) {
		const ok = await voter.page.evaluate((to) => window.__bench?.run("placeDot", { problematiqueId: to }).ok ?? false, noteId(0));
		if (!ok) throw new Error("placeDot refused");
		await eventually(() => mine() !== undefined, 20_000, "the dot to arrive");
	}
	return mine()?.id ?? "";
}

async function measureKind(
	browser: Browser,
	appUrl: string,
	w: TestWorkshop,
	kind: Kind,
	people: Awaited<ReturnType<typeof participant>>[],
	viewport: { width: number; height: number },
): Promise<{ readonly times: Record<EditKind, Timing[]>; readonly idle: number[] }> {
	openRevealedVote(w);
	await saved(w);
	const pages: BenchPage[] = [];
	try {
		for (let i = 0; i < people.length; i += OPEN_AT_ONCE) {
			const batch = people.slice(i, i + OPEN_AT_ONCE);
			pages.push(...(await Promise.all(batch.map((person) => openPage(browser, appUrl, kind, w.info.id, person, viewport)))));
		}
		// Joins settle (each app page lists itself on the board once).
		await sleep(SETTLE_MS);
		const [fac, voter] = pages as [BenchPage, BenchPage];
		const others = (sender: BenchPage) => pages.filter((p) => p !== sender);
		const times: Record<EditKind, Timing[]> = { note: [], dot: [], step: [] };
		const dotId = await dotOf(w, voter);
		await sleep(SETTLE_MS / 3);
		const idle = people.length === SIZES.participants[0] ? await idleMsPerSecond(pages) : [];
		if (PROFILE && people.length === SIZES.participants[0]) {
			// Apart from the measure (the profiler has its own cost): what an idle participant's page runs.
			const profile = await cpuProfile(voter.page, () => sleep(IDLE_MS));
			writeProfile(`idle-${kind}-${people.length}-participant`, profile, kind);
		}
		const edits = async () => {
			const board = w.facilitator.boardView.root;
			for (let i = 0; EDIT_KINDS.includes("note") && i < SIZES.editsPerKind; i++) {
				const x = 200 + ((i * 97 + (kind === "app" ? 0 : 13)) % 700);
				times.note.push(await editToScreenMs(fac, others(fac), { kind: "note", id: noteId(i % NOTES), x, y: 150 + i }));
				await sleep(100);
			}
			for (let i = 0; EDIT_KINDS.includes("dot") && i < SIZES.editsPerKind; i++) {
				const at = board.dots.find((d) => d.id === dotId)?.problematiqueId ?? noteId(0);
				const to = noteId((Number(at.slice(1)) + 1) % NOTES);
				times.dot.push(await editToScreenMs(voter, others(voter), { kind: "dot", id: dotId, to }));
				await eventually(() => board.dots.find((d) => d.id === dotId)?.problematiqueId === to, 20_000, "the dot moved");
				await sleep(100);
			}
			for (let i = 0; EDIT_KINDS.includes("step") && i < SIZES.editsPerKind; i++) {
				const to = STEP_CYCLE[i % STEP_CYCLE.length] as StepId;
				times.step.push(await editToScreenMs(fac, others(fac), { kind: "step", to }));
				await eventually(() => w.facilitator.processView.root.step === to, 20_000, "the step moved");
				await sleep(100);
			}
		};
		if (PROFILE && people.length === SIZES.participants[0]) {
			// Both first pages, while every edit is made: what a receiver (and a sender) spends.
			const [facProfile, voterProfile] = await profileBoth(fac.page, voter.page, edits);
			// The sender's synchronous part: the command's run and what its own page does inside it.
			const sending = { title: "inside the commands' runs (the sender's own page)", where: /src\/fluid\/commands\/command\.ts/ };
			writeProfile(`edits-${kind}-${people.length}-facilitator`, facProfile, kind, sending);
			writeProfile(`edits-${kind}-${people.length}-participant`, voterProfile, kind, sending);
		} else await edits();
		return { times, idle };
	} finally {
		for (const p of pages) await p.close();
	}
}

export async function editToScreen(browser: Browser, appUrl: string, participants: number): Promise<Row[]> {
	const w = await createTestWorkshop(appUrl, `Bench edits ${participants}`);
	try {
		addNotes(w, NOTES);
		await saved(w);
		const people = [await facilitator(w)];
		for (let i = 1; i < participants; i++) people.push(await participant(w, `Personne ${i}`));
		const viewport = participants > 8 ? { width: 480, height: 360 } : { width: 1024, height: 640 };
		const times = {} as Record<Kind, Record<EditKind, Timing[]>>;
		const idle = {} as Record<Kind, number[]>;
		for (const kind of KINDS) {
			const measured = await measureKind(browser, appUrl, w, kind, people, viewport);
			times[kind] = measured.times;
			idle[kind] = measured.idle;
		}
		const rows: Row[] = [];
		const row = (what: string, app: number[], bare: number[], budget: boolean): Row => {
			const a = spread(app);
			const b = spread(bare);
			const missed = app.length - a.n + (bare.length - b.n);
			const ratio = ratioOf(a, b);
			return {
				part: "edit → screen",
				figure: `${participants} participants, ${what}`,
				unit: "ms",
				app: a,
				bare: b,
				ratio,
				...(budget ? { budget: { text: "app ≤ 1.25× bare", met: ratio <= 1.25 } } : {}),
				note: [
					`max over ${participants - 1} receiver${participants > 2 ? "s" : ""} per edit`,
					`${viewport.width}×${viewport.height}`,
					missed ? `${missed} never drawn within ${DRAW_TIMEOUT_MS / 1000} s` : "",
				]
					.filter(Boolean)
					.join("; "),
			};
		};
		const all = (kind: Kind) => EDIT_KINDS.flatMap((k) => times[kind][k]);
		const totals = (t: readonly Timing[]) => t.map((x) => x.total);
		rows.push(row("every edit", totals(all("app")), totals(all("bare")), participants <= 8));
		for (const k of EDIT_KINDS) rows.push(row(WORDS[k], totals(times.app[k]), totals(times.bare[k]), false));
		for (const phase of PHASES) {
			const a = spread(all("app").map((t) => t[phase]));
			const b = spread(all("bare").map((t) => t[phase]));
			rows.push({
				part: "edit → screen",
				figure: `${participants} participants, every edit: ${PHASE_WORDS[phase]}`,
				unit: "ms",
				app: a,
				bare: b,
				ratio: ratioOf(a, b),
				note: "the sender's run of the command (synchronous); the slowest receiver's first change handler, its frame's start (fabric's before:render; the bare rAF) and end",
			});
		}
		if (idle.app.length > 0) {
			const a = spread(idle.app);
			const b = spread(idle.bare);
			rows.push({
				part: "edit → screen",
				figure: "an idle page's main thread (its clocks ticking), ms per second",
				unit: "ms/s",
				app: a,
				bare: b,
				ratio: ratioOf(a, b),
				note: `each page over ${IDLE_MS / 1000} s with nothing done (Performance.getMetrics' TaskDuration)`,
			});
		}
		return rows;
	} finally {
		w.dispose();
	}
}
