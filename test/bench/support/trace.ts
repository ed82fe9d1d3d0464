/**
 * A Chromium trace of one page's main thread (`devtools.timeline`), summarized by self time
 * per trace event (script, style, layout, paint, the canvas's commit, tasks' own time…):
 * where a page's thread time goes besides its script, which a CPU profile does not show.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { OUT_DIR } from "./config";

interface TraceEvent {
	readonly name: string;
	readonly ph: string;
	readonly pid: number;
	readonly tid: number;
	readonly ts: number;
	readonly dur?: number;
	readonly args?: { readonly name?: string };
}

export interface TraceSummary {
	/** The main thread's time in complete events over the trace, ms. */
	readonly totalMs: number;
	readonly byEvent: readonly { readonly name: string; readonly selfMs: number }[];
}

/** Traces `page` (and the browser's other threads) while `during` runs. */
export async function traceOf(browser: Browser, page: Page, during: () => Promise<void>): Promise<TraceEvent[]> {
	await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
	await during();
	const buffer = await browser.stopTracing();
	return (JSON.parse(buffer.toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
}

/** The renderer main threads' ("CrRendererMain") complete events, self time per event name. */
export function summarizeTrace(events: readonly TraceEvent[]): TraceSummary {
	const mains = new Set(
		events
			.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
			.map((e) => `${e.pid}:${e.tid}`),
	);
	const complete = events
		.filter((e) => e.ph === "X" && e.dur !== undefined && mains.has(`${e.pid}:${e.tid}`))
		.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
	const self = new Map<string, number>();
	// Per thread, the open events: a child's time is taken off its parent's self time.
	const stacks = new Map<string, { end: number; name: string }[]>();
	let total = 0;
	for (const e of complete) {
		const key = `${e.pid}:${e.tid}`;
		const stack = stacks.get(key) ?? [];
		stacks.set(key, stack);
		while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= e.ts) stack.pop();
		const dur = e.dur ?? 0;
		const parent = stack.at(-1);
		if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - dur);
		else total += dur;
		self.set(e.name, (self.get(e.name) ?? 0) + dur);
		stack.push({ end: e.ts + dur, name: e.name });
	}
	const byEvent = [...self.entries()]
		.map(([name, us]) => ({ name, selfMs: us / 1000 }))
		.filter((x) => x.selfMs > 0.05)
		.sort((a, b) => b.selfMs - a.selfMs);
	return { totalMs: total / 1000, byEvent };
}

/** Writes the summary as `trace-<label>.txt` in the bench's output folder, each event per change too. */
export function writeTrace(label: string, summary: TraceSummary, changes: number): string {
	const lines = [
		`Main thread by trace event (self time), ${label}: ${summary.totalMs.toFixed(0)} ms over ${changes} changes`,
		"",
		"  self ms   per change   event",
		...summary.byEvent
			.slice(0, 30)
			.map(
				(x) => `${x.selfMs.toFixed(1).padStart(8)}   ${(x.selfMs / Math.max(1, changes)).toFixed(2).padStart(10)}   ${x.name}`,
			),
	];
	const file = path.join(OUT_DIR, `trace-${label}.txt`);
	writeFileSync(file, `${lines.join("\n")}\n`);
	return file;
}
