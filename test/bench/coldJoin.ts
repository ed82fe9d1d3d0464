/**
 * Cold join: from opening the link (navigation start, a new browser context: empty cache
 * and storage but the identity a join stored) to the first frame with the board drawn and
 * its handlers wired, with 10, 200 and 1000 problématiques in the document; the app and the
 * bare page in turn, each time a new participant. With the largest document, the last of
 * them also gives the memory of one client (JS heap after a collection, its renderer's RSS).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { CAPS } from "../../src/domain/limits";
import { createTestWorkshop, type TestWorkshop } from "../support/clients";
import { heapMb, largestRendererMb } from "./support/cdp";
import { OUT_DIR, PROFILE, SETTLE_MS, SIZES, SLOW_LINK } from "./support/config";
import { ratioOf, spread, type Row } from "./support/figures";
import { KINDS, loaded, loadMs, openPage, pageUrl, participant, personPage, sleep, type Kind } from "./support/pages";
import { cpuProfile, writeProfile } from "./support/profile";
import { addNotes, saved, setStep } from "./support/seed";

/** A workshop at "partage" with `notes` problématiques on the table. */
export async function workshopWithNotes(appUrl: string, notes: number): Promise<TestWorkshop> {
	const w = await createTestWorkshop(appUrl, `Bench ${notes} notes`);
	setStep(w, "partage");
	addNotes(w, notes);
	await saved(w);
	return w;
}

export interface ColdJoin {
	readonly join: Row[];
	/** With `withMemory`: the last join's page, measured before it closes. */
	readonly memory: Row[];
}

export async function coldJoin(
	browser: Browser,
	appUrl: string,
	w: TestWorkshop,
	notes: number,
	withMemory: boolean,
): Promise<ColdJoin> {
	const times: Record<Kind, number[]> = { app: [], bare: [] };
	const boards: Record<Kind, number[]> = { app: [], bare: [] };
	const frames: Record<Kind, number[]> = { app: [], bare: [] };
	const heap: Record<Kind, number> = { app: Number.NaN, bare: Number.NaN };
	const rss: Record<Kind, number> = { app: Number.NaN, bare: Number.NaN };
	let drawn = 0;
	const waterfalls: string[] = [];
	for (let r = 0; r < SIZES.joins; r++) {
		for (const kind of KINDS) {
			const person = await participant(w, `Arrivée ${kind} ${r + 1}`);
			const p = await openPage(browser, appUrl, kind, w.info.id, person);
			const load = await loadMs(p.page);
			times[kind].push(load.total);
			boards[kind].push(load.board);
			frames[kind].push(load.frame);
			if (PROFILE && r === SIZES.joins - 1) waterfalls.push(`${kind}, ${notes} notes: ${await waterfall(p.page)}`);
			if (kind === "app") drawn = await p.page.evaluate(() => window.__bench?.notesDrawn() ?? 0);
			if (withMemory && r === SIZES.joins - 1) {
				// One client alone in the browser, settled.
				await sleep(SETTLE_MS);
				heap[kind] = await heapMb(p.page);
				rss[kind] = await largestRendererMb(browser);
			}
			await p.close();
			await sleep(300);
		}
	}
	if (PROFILE) {
		writeFileSync(path.join(OUT_DIR, `coldjoin-${notes}.txt`), `${waterfalls.join("\n")}\n`);
		// A profile from the navigation on (the page's target keeps its profiler across it).
		const { context, page } = await personPage(browser, w.info.id, await participant(w, "Profil"), { width: 1024, height: 640 });
		const profile = await cpuProfile(page, () => loaded(page, pageUrl(appUrl, "app", w.info.id)));
		writeProfile(`coldjoin-app-${notes}`, profile, "app", { title: "inside the board's code", where: /^src\/board\// });
		await context.close();
		const bare = await personPage(browser, w.info.id, await participant(w, "Profil nu"), { width: 1024, height: 640 });
		writeProfile(
			`coldjoin-bare-${notes}`,
			await cpuProfile(bare.page, () => loaded(bare.page, pageUrl(appUrl, "bare", w.info.id))),
			"bare",
		);
		await bare.context.close();
	}
	const app = spread(times.app);
	const bare = spread(times.bare);
	const ratio = ratioOf(app, bare);
	const slow = notes === SLOW_LINK_NOTES ? await overSlowLink(browser, appUrl, w, notes) : [];
	const capped = Math.min(notes, CAPS.problematiques.total);
	const board = { app: spread(boards.app), bare: spread(boards.bare) };
	const frame = { app: spread(frames.app), bare: spread(frames.bare) };
	const join: Row[] = [
		{
			part: "cold join",
			figure: `${notes} notes in the document`,
			unit: "ms",
			app,
			bare,
			ratio,
			...(notes === 200 ? { budget: { text: "app ≤ 1.2× bare", met: ratio <= 1.2 } } : {}),
			note: `link → board drawn, new context each; app draws ${drawn} (cap ${CAPS.problematiques.total}: ${capped}), bare every note as a div`,
		},
		{
			part: "cold join",
			figure: `${notes} notes: of which the board's creation → its first frame`,
			unit: "ms",
			app: board.app,
			bare: board.bare,
			ratio: ratioOf(board.app, board.bare),
			note: "the app's BoardController (fabric) / the bare view, created once both documents are loaded",
		},
		{
			part: "cold join",
			figure: `${notes} notes: of which the first frame itself`,
			unit: "ms",
			app: frame.app,
			bare: frame.bare,
			ratio: ratioOf(frame.app, frame.bare),
			note: "fabric's first render (every object's cache built) / the bare page's first DOM frame",
		},
		...slow,
	];
	const row = (figure: string, v: Record<Kind, number>, note: string): Row => ({
		part: "memory",
		figure: `${figure}, ${notes} notes`,
		unit: "MB",
		app: v.app,
		bare: v.bare,
		ratio: v.app / v.bare,
		note,
	});
	const memory = withMemory
		? [
				row("JS heap", heap, "one client, after a full collection"),
				row("renderer RSS", rss, "one client alone in the browser (its renderer process)"),
			]
		: [];
	return { join, memory };
}

/** The document whose cold join is also measured over a participant's network (`SLOW_LINK`). */
const SLOW_LINK_NOTES = 200;

/** The cold join as a participant away from the server has it: the same, over `SLOW_LINK`. */
async function overSlowLink(browser: Browser, appUrl: string, w: TestWorkshop, notes: number): Promise<Row[]> {
	const times: Record<Kind, number[]> = { app: [], bare: [] };
	for (let r = 0; r < SIZES.joins; r++) {
		for (const kind of KINDS) {
			const person = await participant(w, `Au loin ${kind} ${r + 1}`);
			const p = await openPage(browser, appUrl, kind, w.info.id, person, undefined, SLOW_LINK);
			times[kind].push((await loadMs(p.page)).total);
			await p.close();
			await sleep(300);
		}
	}
	const app = spread(times.app);
	const bare = spread(times.bare);
	return [
		{
			part: "cold join",
			figure: `${notes} notes, over ${SLOW_LINK.mbitPerS} Mbit/s with ${SLOW_LINK.roundTripMs} ms round trips`,
			unit: "ms",
			app,
			bare,
			ratio: ratioOf(app, bare),
			note: "the same join, the page's network emulated by DevTools (on the bytes sent: compressed scripts count as such)",
		},
	];
}

/**
 * Where a cold join's time goes, from the page's resource timings (ms since navigation):
 * the scripts, the app's API calls, the Fluid service's requests (through the proxy), the first frame.
 */
async function waterfall(page: Page): Promise<string> {
	const marks = await page.evaluate(() => {
		const entries = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
		const span = (match: (path: string) => boolean) => {
			const mine = entries.filter((e) => match(new URL(e.name).pathname));
			return mine.length === 0
				? "none"
				: `${Math.min(...mine.map((e) => e.startTime)).toFixed(0)}–${Math.max(...mine.map((e) => e.responseEnd)).toFixed(0)} (${mine.length})`;
		};
		const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
		return {
			html: nav ? nav.responseEnd.toFixed(0) : "?",
			scripts: span((p) => p.endsWith(".js")),
			api: span((p) => p.startsWith("/api/") && p !== "/api/token"),
			tokens: span((p) => p === "/api/token"),
			fluid: span((p) => /^\/(documents|deltas|repos)\//.test(p)),
			frame: ((window.__bench?.probe.firstFrameAt ?? Number.NaN) - performance.timeOrigin).toFixed(0),
			// Each API call (ids left out) and each script as it arrived: what the first frame may wait for.
			calls: entries
				.filter((e) => new URL(e.name).pathname.startsWith("/api/"))
				.map(
					(e) =>
						`${new URL(e.name).pathname.replace(/[A-Za-z0-9_-]{12,}/g, ":id")} ${e.startTime.toFixed(0)}–${e.responseEnd.toFixed(0)}`,
				)
				.join(", "),
			scriptsArrived: entries
				.filter((e) => new URL(e.name).pathname.endsWith(".js"))
				.sort((a, b) => a.responseEnd - b.responseEnd)
				.map(
					(e) =>
						`${new URL(e.name).pathname.replace(/^.*\//, "").replace(/-[A-Za-z0-9_-]{8}\.js$/, "")} ${e.responseEnd.toFixed(0)}`,
				)
				.join(", "),
		};
	});
	return `html ${marks.html}; scripts ${marks.scripts}; api ${marks.api}; tokens ${marks.tokens}; Fluid REST ${marks.fluid}; first frame ${marks.frame}\n  API calls: ${marks.calls}\n  scripts as they arrived: ${marks.scriptsArrived}`;
}
