/**
 * `npm run bench`: the app against a bare SharedTree page, in real Chromium, through the
 * app server and its proxy of the local Fluid service, as users run it. Prints ONE table
 * (each figure a median with its spread) and writes it to test-results/bench/bench.json.
 * `BENCH_SMOKE=1` (`npm run bench:smoke`): every part once at its smallest; it checks only
 * that every figure exists (a finite number), never a timing.
 */
import "./support/quiet";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser";
import type { TestWorkshop } from "../support/clients";
import { costRows, dotCost, noteCost, type Cost } from "./changeCost";
import { coldJoin, workshopWithNotes } from "./coldJoin";
import { editToScreen } from "./editToScreen";
import { shipped } from "./shipped";
import { OUT_DIR, SIZES, SMOKE } from "./support/config";
import { figuresOf, formatTable, type Row } from "./support/figures";
import { cpuPerChange, crowd, voteStorm, type Crowd } from "./writers";

describe(SMOKE ? "bench (smoke)" : "bench", () => {
	let browser: Browser;
	const rows: Row[] = [];
	const appUrl = inject("appUrl");
	const started = Date.now();

	beforeAll(async () => {
		mkdirSync(OUT_DIR, { recursive: true });
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		const title = `Atelier d'entraide bench${SMOKE ? " (smoke: smallest sizes, not figures to read)" : ""}, ${new Date().toISOString()}, ${((Date.now() - started) / 1000).toFixed(0)} s`;
		console.log(`\n${formatTable(rows, title)}\n`);
		writeFileSync(
			path.join(OUT_DIR, "bench.json"),
			`${JSON.stringify({ title, smoke: SMOKE, sizes: SIZES, rows }, null, "\t")}\n`,
		);
	});

	const add = (more: readonly Row[]) => {
		rows.push(...more);
		// Progress (the table comes at the end): which part is done, and when.
		console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${more[0]?.part ?? ""}: ${more.length} rows`);
		for (const r of more) for (const f of figuresOf(r)) expect(Number.isFinite(f), `${r.part}: ${r.figure}`).toBe(true);
	};

	it("JavaScript shipped", () => add(shipped(inject("benchBareDir"))));

	for (const n of SIZES.participants) {
		it(`edit to screen, ${n} participants`, async () => add(await editToScreen(browser, appUrl, n)));
	}

	const noteCosts: Cost[] = [];
	for (const notes of SIZES.notes) {
		it(`${notes} notes: cold join, remote change cost${notes === SIZES.notes.at(-1) ? ", memory" : ""}`, async () => {
			let w: TestWorkshop | undefined;
			try {
				w = await workshopWithNotes(appUrl, notes);
				const largest = notes === SIZES.notes.at(-1);
				const join = await coldJoin(browser, appUrl, w, notes, largest);
				add(join.join);
				noteCosts.push(await noteCost(browser, appUrl, w, notes));
				if (largest) add([...costRows("note moved", SIZES.notes, noteCosts, "notes"), ...join.memory]);
			} finally {
				w?.dispose();
			}
		});
	}

	it("remote change cost with dots", async () => {
		const costs: Cost[] = [];
		for (const dots of SIZES.dots) costs.push(await dotCost(browser, appUrl, dots));
		add(costRows("dot dropped or moved, 200 notes", SIZES.dots, costs, "dots"));
	});

	let people: Crowd | undefined;
	const most = Math.max(...SIZES.writers, SIZES.voters);
	for (const writing of SIZES.writers) {
		it(`CPU per incoming change, ${writing} writing`, async () => {
			people ??= await crowd(appUrl, most);
			add(await cpuPerChange(browser, appUrl, people, writing));
		});
	}
	it(`vote storm, ${SIZES.voters} voters`, async () => {
		try {
			people ??= await crowd(appUrl, most);
			add(await voteStorm(appUrl, people, SIZES.voters));
		} finally {
			people?.dispose();
		}
	});
});
