/**
 * What Chromium tells about a page through the DevTools protocol: its main thread's CPU
 * (Performance.getMetrics' TaskDuration, ScriptDuration, RecalcStyleDuration, LayoutDuration), its JS heap after a
 * collection, the renderers' resident memory (CPU profiles: profile.ts).
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";

export interface Cpu {
	/** Main-thread task time, ms, since the page started. */
	readonly taskMs: number;
	readonly scriptMs: number;
	/** Of the task time: style recalculation and layout, ms. */
	readonly styleMs: number;
	readonly layoutMs: number;
	/** When read (Node's clock, ms). */
	readonly at: number;
}

export interface CpuMeter {
	read(): Promise<Cpu>;
	detach(): Promise<void>;
}

export async function cpuMeter(page: Page): Promise<CpuMeter> {
	const cdp = await page.context().newCDPSession(page);
	// Thread time (CPU), not wall time: a task descheduled by another process costs nothing here.
	await cdp.send("Performance.enable", { timeDomain: "threadTicks" }).catch(() => cdp.send("Performance.enable"));
	return {
		read: async () => {
			const { metrics } = await cdp.send("Performance.getMetrics");
			const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
			return {
				taskMs: value("TaskDuration"),
				scriptMs: value("ScriptDuration"),
				styleMs: value("RecalcStyleDuration"),
				layoutMs: value("LayoutDuration"),
				at: performance.now(),
			};
		},
		detach: () => cdp.detach(),
	};
}

/** The page's JS heap in use after a full collection, MB. */
export async function heapMb(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	try {
		await cdp.send("HeapProfiler.collectGarbage");
		const { usedSize } = await cdp.send("Runtime.getHeapUsage");
		return usedSize / 1048576;
	} finally {
		await cdp.detach();
	}
}

/**
 * Resident memory of the largest renderer process, MB: with one page open, that page's
 * (a spare renderer Chromium keeps ready is much smaller).
 */
export async function largestRendererMb(browser: Browser): Promise<number> {
	const cdp = await browser.newBrowserCDPSession();
	try {
		const info = (await cdp.send("SystemInfo.getProcessInfo")) as { processInfo: { type: string; id: number }[] };
		let kb = 0;
		for (const p of info.processInfo.filter((x) => x.type === "renderer")) {
			const status = readFileSync(`/proc/${p.id}/status`, "utf8");
			kb = Math.max(kb, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
		}
		return kb / 1024;
	} catch {
		return Number.NaN;
	} finally {
		await cdp.detach();
	}
}
