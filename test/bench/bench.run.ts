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
import { OUT_DIR, runs, SIZES, SMOKE } from "./support/config";
import { figuresOf, formatTable, type Row } from "./support/figures";
import { cpuPerChange, crowd, voteStorm, type Crowd } from "./writers";

// The smoke runs its parts at the same time (its figures are not to be read, only to exist).
(SMOKE ? describe.concurrent : describe)(SMOKE ? "bench (smoke)" : "bench", () => {
	let browser: Browser;
	/** Each part's rows, in the table's order whatever order the parts end in. */
	const slots: Row[][] = [];
	let next = 0;
	const appUrl = inject("appUrl");
	const started = Date.now();

	beforeAll(async () => {
		mkdirSync(OUT_DIR, { recursive: true });
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		const title = `Atelier d'entraide bench${SMOKE ? " (smoke: smallest sizes, not figures to read)" : ""}, ${new Date().toISOString()}, ${((Date.now() - started) / 1000).toFixed(0)} s`;
		const rows = slots.flat();
		console.log(`\n${formatTable(rows, title)}\n`);
		writeFileSync(
			path.join(OUT_DIR, "bench.json"),
			`${JSON.stringify({ title, smoke: SMOKE, sizes: SIZES, rows }, null, "\t")}\n`,
		);
	});

	/** A part's place in the table, taken as the part is declared: `add` fills it. */
	const slot = () => {
		const at = next++;
		slots[at] = [];
		return (more: readonly Row[]) => add(at, more);
	};
	const add = (at: number, more: readonly Row[]) => {
		slots[at]?.push(...more);
		// Progress (the table comes at the end): which part is done, and when.
		console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${more[0]?.part ?? ""}: ${more.length} rows`);
		for (const r of more) for (const f of figuresOf(r)) expect(Number.isFinite(f), `${r.part}: ${r.figure}`).toBe(true);
	};

	const shippedRows = slot();
	it.runIf(runs("shipped"))("JavaScript shipped", () => shippedRows(shipped(inject("benchBareDir"))));

	for (const n of SIZES.participants) {
		const rows = slot();
		it.runIf(runs("editToScreen"))(`edit to screen, ${n} participants`, async () => rows(await editToScreen(browser, appUrl, n)));
	}

	const noteCosts: Cost[] = [];
	for (const notes of SIZES.notes) {
		const rows = slot();
		const largest = notes === SIZES.notes.at(-1);
		it.runIf(runs("coldJoin") || runs("noteCost"))(
			`${notes} notes: cold join, remote change cost${largest ? ", memory" : ""}`,
			async () => {
				let w: TestWorkshop | undefined;
				try {
					w = await workshopWithNotes(appUrl, notes);
					const join = runs("coldJoin") ? await coldJoin(browser, appUrl, w, notes, largest) : undefined;
					if (join) rows(join.join);
					if (runs("noteCost")) noteCosts.push(await noteCost(browser, appUrl, w, notes));
					const costs = runs("noteCost") ? costRows("note moved", SIZES.notes, noteCosts, "notes") : [];
					if (largest) rows([...costs, ...(join?.memory ?? [])]);
				} finally {
					w?.dispose();
				}
			},
		);
	}

	const dotRows = slot();
	it.runIf(runs("dotCost"))("remote change cost with dots", async () => {
		const costs: Cost[] = [];
		for (const dots of SIZES.dots) costs.push(await dotCost(browser, appUrl, dots));
		dotRows(costRows("dot dropped or moved, 200 notes", SIZES.dots, costs, "dots"));
	});

	// The full run's writers and voters are the same 40 clients, one part after the other; the smoke's parts have their own.
	let shared: Promise<Crowd> | undefined;
	const crowdOf = (count: number): Promise<Crowd> => {
		if (SMOKE) return crowd(appUrl, count);
		shared ??= crowd(appUrl, Math.max(...SIZES.writers, SIZES.voters));
		return shared;
	};
	for (const writing of SIZES.writers) {
		const rows = slot();
		it.runIf(runs("cpu"))(`CPU per incoming change, ${writing} writing`, async () => {
			const people = await crowdOf(writing);
			try {
				rows(await cpuPerChange(browser, appUrl, people, writing));
			} finally {
				if (SMOKE) people.dispose();
			}
		});
	}
	const stormRows = slot();
	it.runIf(runs("voteStorm"))(`vote storm, ${SIZES.voters} voters`, async () => {
		const people = await crowdOf(SIZES.voters);
		try {
			stormRows(await voteStorm(appUrl, people, SIZES.voters));
		} finally {
			people.dispose();
		}
	});
});
