/**
 * Cold join: from opening the link (navigation start, a new browser context: empty cache
 * and storage but the identity a join stored) to the first frame with the board drawn and
 * its handlers wired, with 10, 200 and 1000 problématiques in the document; the app and the
 * bare page in turn, each time a new participant. Then the memory of one client of the
 * largest document (JS heap after a collection, the renderer's resident memory).
 */
import type { Browser } from "playwright-core";
import { CAPS } from "../../src/domain/limits";
import { createTestWorkshop, type TestWorkshop } from "../support/clients";
import { heapMb, largestRendererMb } from "./support/cdp";
import { SIZES } from "./support/config";
import { ratioOf, spread, type Row } from "./support/figures";
import { KINDS, loadMs, openPage, participant, sleep, type Kind } from "./support/pages";
import { addNotes, saved, setStep } from "./support/seed";

/** A workshop at "partage" with `notes` problématiques on the table. */
export async function workshopWithNotes(appUrl: string, notes: number): Promise<TestWorkshop> {
	const w = await createTestWorkshop(appUrl, `Bench ${notes} notes`);
	setStep(w, "partage");
	addNotes(w, notes);
	await saved(w);
	return w;
}

export async function coldJoin(browser: Browser, appUrl: string, w: TestWorkshop, notes: number): Promise<Row> {
	const times: Record<Kind, number[]> = { app: [], bare: [] };
	let drawn = 0;
	for (let r = 0; r < SIZES.joins; r++) {
		for (const kind of KINDS) {
			const person = await participant(w, `Arrivée ${kind} ${r + 1}`);
			const p = await openPage(browser, appUrl, kind, w.info.id, person);
			times[kind].push(await loadMs(p.page));
			if (kind === "app") {
				drawn = await p.page.evaluate(() => window.__bench?.notesDrawn() ?? 0);
			}
			await p.close();
			await sleep(300);
		}
	}
	const app = spread(times.app);
	const bare = spread(times.bare);
	const ratio = ratioOf(app, bare);
	const capped = Math.min(notes, CAPS.problematiques.total);
	return {
		part: "cold join",
		figure: `${notes} notes in the document`,
		unit: "ms",
		app,
		bare,
		ratio,
		...(notes === 200 ? { budget: { text: "app ≤ 1.2× bare", met: ratio <= 1.2 } } : {}),
		note: `link → board drawn; app draws ${drawn} (cap ${CAPS.problematiques.total}: ${capped}), bare every note as a div`,
	};
}

export async function memory(browser: Browser, appUrl: string, w: TestWorkshop, notes: number): Promise<Row[]> {
	const heap: Record<Kind, number> = { app: Number.NaN, bare: Number.NaN };
	const rss: Record<Kind, number> = { app: Number.NaN, bare: Number.NaN };
	for (const kind of KINDS) {
		const p = await openPage(browser, appUrl, kind, w.info.id, await participant(w, `Mémoire ${kind}`));
		await sleep(2000);
		heap[kind] = await heapMb(p.page);
		rss[kind] = await largestRendererMb(browser);
		await p.close();
	}
	const row = (figure: string, v: Record<Kind, number>, note: string): Row => ({
		part: "memory",
		figure: `${figure}, ${notes} notes`,
		unit: "MB",
		app: v.app,
		bare: v.bare,
		ratio: v.app / v.bare,
		note,
	});
	return [
		row("JS heap", heap, "one client, after a full collection"),
		row("renderer RSS", rss, "one client alone in the browser (its renderer process)"),
	];
}
