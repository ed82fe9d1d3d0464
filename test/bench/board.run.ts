/**
 * `npm run bench`: the board with 10, 200 and 1000 notes in real Chromium. Prints, per
 * size: the time from a remote change arriving to its frame drawn, the app's own work
 * per change apart from fabric's redraw, a full redraw, and the renderer's memory; then
 * fabric's caching modes compared at 1000 notes. Figures are printed, never asserted.
 */
import { readFileSync } from "node:fs";
import { Tree } from "fluid-framework";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { BoardController } from "../../src/board/controller";
import { CAPS } from "../../src/domain/limits";
import { moveProblematique } from "../../src/fluid/commands/sheets";
import { moveStep, setVoteRevealed } from "../../src/fluid/commands/process";
import { Dot, Problematique } from "../../src/fluid/schema";
import { joinByLink, launchBrowser } from "../support/browser";
import { createTestWorkshop, eventually, type TestWorkshop } from "../support/clients";

type Stats = { changes: number; workMs: number; latencies: number[]; cards: number; dots: number };

declare global {
	interface Window {
		__atelierBoard?: BoardController;
	}
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? (s[Math.floor((s.length - 1) / 2)] as number) : Number.NaN;
}
function p95(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? (s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] as number) : Number.NaN;
}

/** Resident memory of this browser's renderer processes, MB (from the browser's own process list). */
async function rendererMb(browser: Browser): Promise<number> {
	const cdp = await browser.newBrowserCDPSession();
	try {
		const info = (await cdp.send("SystemInfo.getProcessInfo")) as { processInfo: { type: string; id: number }[] };
		let kb = 0;
		for (const p of info.processInfo.filter((x) => x.type === "renderer")) {
			const status = readFileSync(`/proc/${p.id}/status`, "utf8");
			kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
		}
		return kb / 1024;
	} catch {
		return Number.NaN;
	} finally {
		await cdp.detach();
	}
}

async function readStats(page: Page): Promise<Stats> {
	return page.evaluate(() => {
		const b = window.__atelierBoard;
		if (!b) throw new Error("no board");
		return { changes: b.stats.changes, workMs: b.stats.workMs, latencies: [...b.stats.latenciesMs], ...b.scene.size };
	});
}

/** A full redraw with every note on screen: the first (caches built) and the median of the next five. */
async function fullRedrawMs(page: Page): Promise<{ cold: number; warm: number }> {
	return page.evaluate(() => {
		const canvas = window.__atelierBoard?.scene.canvas;
		if (!canvas) return { cold: Number.NaN, warm: Number.NaN };
		const before = [...canvas.viewportTransform] as [number, number, number, number, number, number];
		canvas.setViewportTransform([0.04, 0, 0, 0.04, 0, 0]);
		let t0 = performance.now();
		canvas.renderAll();
		const cold = performance.now() - t0;
		const times: number[] = [];
		for (let i = 0; i < 5; i++) {
			t0 = performance.now();
			canvas.renderAll();
			times.push(performance.now() - t0);
		}
		times.sort((a, b) => a - b);
		canvas.setViewportTransform(before);
		return { cold, warm: times[2] ?? Number.NaN };
	});
}

describe("board benchmark", () => {
	let browser: Browser;
	const rows: string[] = [];
	const workshops: TestWorkshop[] = [];

	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		for (const w of workshops) w.dispose();
		await browser?.close();
		console.log(`\n${rows.join("\n")}\n`);
	});

	async function boardWith(notes: number, cache: string): Promise<{ w: TestWorkshop; page: Page; close: () => Promise<void> }> {
		const w = await createTestWorkshop(inject("appUrl"), `Bench ${notes}`);
		workshops.push(w);
		w.facilitator.run(moveStep, { to: "partage" });
		const board = w.facilitator.boardView.root;
		for (let start = 0; start < notes; start += 250) {
			const batch = Math.min(250, notes - start);
			Tree.runTransaction(board, () => {
				board.problematiques.insertAtEnd(
					...Array.from(
						{ length: batch },
						(_, i) =>
							new Problematique({
								id: `n${start + i}`,
								authorId: `bench-${start + i}`,
								text: `Problématique n°${start + i}`,
								x: 0,
								y: 0,
							}),
					),
				);
			});
		}
		const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
		const page = await context.newPage();
		await joinByLink(page, `${inject("appUrl")}/w/${w.info.id}?bench=1&cache=${cache}#p=${w.participantKey}`, "Mesure");
		await expect
			.poll(() => page.evaluate(() => window.__atelierBoard?.scene.size.cards ?? 0), { timeout: 120_000 })
			// The table shows the problématiques that count (one each, CAPS' total): the rest are read, never drawn.
			.toBeGreaterThanOrEqual(Math.min(notes, CAPS.problematiques.total));
		await page.waitForTimeout(500);
		return { w, page, close: () => context.close() };
	}

	async function remoteMoves(w: TestWorkshop, page: Page, count: number, notes: number): Promise<void> {
		for (let i = 0; i < count; i++) {
			const id = `n${(i * 7919) % notes}`;
			w.facilitator.run(moveProblematique, { problematiqueId: id, x: 400 + ((i * 37) % 900), y: 80 + ((i * 53) % 600) });
			await page.waitForTimeout(120);
		}
		await eventually(() => !w.facilitator.boardContainer.isDirty, 20_000);
		await page.waitForTimeout(300);
	}

	for (const notes of [10, 200, 1000]) {
		it(`${notes} notes`, async () => {
			const { w, page, close } = await boardWith(notes, "tuned");
			const redraw = await fullRedrawMs(page);
			await page.evaluate(() => window.__atelierBoard?.stats.reset());
			await remoteMoves(w, page, 30, notes);
			const s = await readStats(page);
			const heap = await page.evaluate(
				() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? Number.NaN,
			);
			rows.push(
				`${String(notes).padStart(5)} notes | change→frame median ${median(s.latencies).toFixed(1)} ms, p95 ${p95(s.latencies).toFixed(1)} ms` +
					` | app work per change ${(s.workMs / Math.max(1, s.changes)).toFixed(3)} ms (${s.changes} changes)` +
					` | full redraw, all notes on screen: first ${redraw.cold.toFixed(0)} ms, then ${redraw.warm.toFixed(1)} ms` +
					` | JS heap ${(heap / 1048576).toFixed(0)} MB | renderer RSS ${(await rendererMb(browser)).toFixed(0)} MB`,
			);
			expect(s.changes).toBeGreaterThan(0);
			await close();
		});
	}

	it("200 notes, 600 gommettes, 40 voters: remote dots", async () => {
		const { w, page, close } = await boardWith(200, "tuned");
		w.facilitator.run(moveStep, { to: "choix" });
		// Revealed, so that every dot is drawn.
		w.facilitator.run(setVoteRevealed, { revealed: true });
		const board = w.facilitator.boardView.root;
		Tree.runTransaction(board, () => {
			board.dots.insertAtEnd(
				...Array.from(
					{ length: 600 },
					(_, i) => new Dot({ id: `d${i}`, voterId: `voter-${i % 40}`, problematiqueId: `n${(i * 31) % 200}` }),
				),
			);
		});
		await page.waitForTimeout(1500);
		await page.evaluate(() => window.__atelierBoard?.stats.reset());
		for (let i = 0; i < 30; i++) {
			// A late voter's dot, and a move of an existing one: the two commonest remote changes in a vote.
			Tree.runTransaction(board, () =>
				board.dots.insertAtEnd(new Dot({ id: `late${i}`, voterId: `late-${i}`, problematiqueId: `n${i}` })),
			);
			const dot = board.dots[(i * 17) % 600];
			if (dot) dot.problematiqueId = `n${(i * 13) % 200}`;
			await page.waitForTimeout(120);
		}
		await page.waitForTimeout(300);
		const s = await readStats(page);
		rows.push(
			`  200 notes + 630 dots | change→frame median ${median(s.latencies).toFixed(1)} ms, p95 ${p95(s.latencies).toFixed(1)} ms` +
				` | app work per change ${(s.workMs / Math.max(1, s.changes)).toFixed(3)} ms (${s.changes} changes) | renderer RSS ${(await rendererMb(browser)).toFixed(0)} MB`,
		);
		expect(s.changes).toBeGreaterThan(0);
		await close();
	});

	it("fabric caching modes at 1000 notes", async () => {
		for (const cache of ["tuned", "default", "off"]) {
			const { page, close } = await boardWith(1000, cache);
			const redraw = await fullRedrawMs(page);
			rows.push(
				`caching ${cache.padEnd(7)} | 1000 notes on screen | first redraw ${redraw.cold.toFixed(0)} ms, then ${redraw.warm.toFixed(1)} ms | renderer RSS ${(await rendererMb(browser)).toFixed(0)} MB`,
			);
			await close();
		}
	});
});
