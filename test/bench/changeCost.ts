/**
 * A remote change's cost to the app: one app page follows changes another client (the
 * facilitator's Node client) makes one at a time, each waited for until drawn. Reported:
 * the board's own handlers' time per change (BoardStats, fabric's redraw apart) and the
 * page's main-thread CPU per change (DevTools metrics, its idle rate taken off).
 * - notes: moves of the problématiques the board draws, with 10, 200 and 1000 in the document;
 * - dots: with 200 problématiques and 30 or 630 dots (revealed, so every dot is drawn),
 *   a late voter's dot and a move of an existing dot, in turn.
 */
import { Tree } from "fluid-framework";
import type { Browser } from "playwright-core";
import { CAPS } from "../../src/domain/limits";
import { moveProblematique } from "../../src/fluid/commands/sheets";
import { Dot } from "../../src/fluid/schema";
import type { TestWorkshop } from "../support/clients";
import { cpuMeter } from "./support/cdp";
import { cpuProfile, writeProfile } from "./support/profile";
import { PROFILE, SETTLE_MS, SIZES } from "./support/config";
import { arm, drawnAt, type Edit } from "./support/edits";
import { spread, trimmedMean, type Row, type Spread } from "./support/figures";
import { openPage, participant, sleep, type BenchPage } from "./support/pages";
import { addDots, addNotes, noteId, openRevealedVote, saved } from "./support/seed";
import { createTestWorkshop } from "../support/clients";

export interface Cost {
	/** Board handlers, ms per change (the flatness budget compares the medians), and their trimmed mean. */
	readonly work: Spread;
	readonly workMean: number;
	/** Page main-thread CPU, ms per change. */
	readonly cpu: Spread;
	readonly missed: number;
}

/** The i-th remote change: what the page is to draw, and its writing by the other client. */
type Change = (i: number) => { readonly edit: Edit; write(): void };

/** The page's timer (performance.now without cross-origin isolation) counts in tenths of a millisecond. */
const TICK_MS = 0.1;

/** After a change is drawn, what it still sets off (React's commit, Fluid's acks) is left to run before the reading. */
const AFTER_MS = 150;

/**
 * Makes `count` remote changes, each drawn before the next; per change, the board's
 * handlers' time and the page's main-thread CPU (its idle rate over the same time taken off).
 */
async function follow(page: BenchPage, count: number, change: Change, label: string): Promise<Cost> {
	await sleep(SETTLE_MS);
	const meter = await cpuMeter(page.page);
	try {
		const idle0 = await meter.read();
		await sleep(SIZES.idleSeconds * 1000);
		const idle1 = await meter.read();
		const idleRate = (idle1.taskMs - idle0.taskMs) / (idle1.at - idle0.at);
		const work: number[] = [];
		const cpu: number[] = [];
		let missed = 0;
		const run = async () => {
			for (let i = 0; i < count; i++) {
				const { edit, write } = change(i);
				await arm([page], edit);
				await page.page.evaluate(() => window.__bench?.resetWork());
				const before = await meter.read();
				write();
				const [times] = await drawnAt([page]);
				if (!Number.isFinite(times?.drawn ?? Number.NaN)) missed++;
				await sleep(AFTER_MS);
				const after = await meter.read();
				work.push(await page.page.evaluate(() => window.__bench?.work().workMs ?? Number.NaN));
				cpu.push(after.taskMs - before.taskMs - idleRate * (after.at - before.at));
			}
		};
		if (PROFILE) {
			const profile = await cpuProfile(page.page, run);
			writeProfile(label, profile, "app", { title: "inside the board's change handlers", where: /src\/board\/stats\.ts/ });
		} else await run();
		return { work: spread(work), workMean: trimmedMean(work), cpu: spread(cpu), missed };
	} finally {
		await meter.detach();
	}
}

export async function noteCost(browser: Browser, appUrl: string, w: TestWorkshop, notes: number): Promise<Cost> {
	const page = await openPage(browser, appUrl, "app", w.info.id, await participant(w, "Suivi notes"));
	try {
		const drawn = Math.min(notes, CAPS.problematiques.total);
		const change: Change = (i) => {
			const [id, x, y] = [noteId(i % drawn), 300 + ((i * 37) % 900), 100 + i];
			return {
				edit: { kind: "note", id, x, y },
				write: () => w.facilitator.run(moveProblematique, { problematiqueId: id, x, y }),
			};
		};
		return await follow(page, SIZES.changes, change, `notes-${notes}`);
	} finally {
		await page.close();
	}
}

export async function dotCost(browser: Browser, appUrl: string, dots: number): Promise<Cost> {
	const w = await createTestWorkshop(appUrl, `Bench ${dots} dots`);
	try {
		addNotes(w, 200);
		openRevealedVote(w);
		const drawn = CAPS.problematiques.total;
		addDots(w, dots, drawn);
		await saved(w);
		const board = w.facilitator.boardView.root;
		const page = await openPage(browser, appUrl, "app", w.info.id, await participant(w, "Suivi gommettes"));
		try {
			// Each voter's 3 dots sit on 3 consecutive notes: moving one 3 notes on keeps the 3 apart (all valid).
			const change: Change = (i) => {
				if (i % 2 === 0) {
					const id = `late${i}`;
					const dot = new Dot({ id, voterId: `late-${i}`, problematiqueId: noteId(i % drawn) });
					return { edit: { kind: "newDot", id }, write: () => Tree.runTransaction(board, () => board.dots.insertAtEnd(dot)) };
				}
				const id = `d${(i * 17) % dots}`;
				const dot = board.dots.find((d) => d.id === id);
				const to = noteId((Number(dot?.problematiqueId.slice(1) ?? 0) + 3) % drawn);
				return {
					edit: { kind: "dot", id, to },
					write: () => {
						if (!dot) return;
						Tree.runTransaction(board, () => {
							dot.problematiqueId = to;
						});
					},
				};
			};
			return await follow(page, SIZES.changes, change, `dots-${dots}`);
		} finally {
			await page.close();
		}
	} finally {
		w.dispose();
	}
}

export function costRows(what: string, sizes: readonly number[], costs: readonly Cost[], unitWord: string): Row[] {
	const first = costs[0];
	return costs.flatMap((c, i) => {
		const size = sizes[i] ?? 0;
		const flat = i > 0 && first ? c.work.median / first.work.median : undefined;
		// Within 1.5× the smallest size's median, give or take one tick of the page's timer (0.1 ms).
		const met = first !== undefined && c.work.median <= 1.5 * first.work.median + TICK_MS;
		const budget = flat === undefined ? {} : { budget: { text: `≤ 1.5× ${sizes[0]} ${unitWord} (± ${TICK_MS} ms)`, met } };
		const mean = `trimmed mean ${c.workMean.toFixed(2)} ms`;
		const versus = flat === undefined ? `; ${mean}` : `; ${flat.toFixed(2)}× the median at ${sizes[0]} ${unitWord}; ${mean}`;
		return [
			{
				part: "remote change cost",
				figure: `${what}, ${size} ${unitWord}: board handlers`,
				unit: "ms/change",
				app: c.work,
				...budget,
				note: `BoardStats: the app's handlers, fabric's redraw apart; one change at a time${versus}${c.missed ? `; ${c.missed} never drawn` : ""}`,
			},
			{
				part: "remote change cost",
				figure: `${what}, ${size} ${unitWord}: page main thread`,
				unit: "ms/change",
				app: c.cpu,
				note: `CPU (DevTools TaskDuration, thread time) until ${AFTER_MS} ms after the frame, idle rate taken off`,
			},
		];
	});
}
