/**
 * What Chromium tells about a page through the DevTools protocol: its main thread's CPU
 * (Performance.getMetrics' TaskDuration and ScriptDuration), its JS heap after a
 * collection, the renderers' resident memory, and a CPU profile summarized by self time.
 */
import { readFileSync } from "node:fs";
import type { Browser, CDPSession, Page } from "playwright-core";

export interface Cpu {
	/** Main-thread task time, ms, since the page started. */
	readonly taskMs: number;
	readonly scriptMs: number;
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
			return { taskMs: value("TaskDuration"), scriptMs: value("ScriptDuration"), at: performance.now() };
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

interface ProfileNode {
	readonly id: number;
	readonly callFrame: {
		readonly functionName: string;
		readonly url: string;
		readonly lineNumber: number;
		readonly columnNumber: number;
	};
}

export interface HotFunction {
	readonly name: string;
	readonly where: string;
	readonly selfMs: number;
	readonly share: number;
}

/** A CPU profile of `during`, on the page: the functions with the most self time. */
export async function profileTop(page: Page, during: () => Promise<void>, top = 15): Promise<HotFunction[]> {
	const cdp: CDPSession = await page.context().newCDPSession(page);
	try {
		await cdp.send("Profiler.enable");
		await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
		await cdp.send("Profiler.start");
		await during();
		const { profile } = (await cdp.send("Profiler.stop")) as unknown as {
			profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
		};
		const byNode = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n]));
		const self = new Map<string, { name: string; where: string; us: number }>();
		let total = 0;
		profile.samples.forEach((id, i) => {
			const node = byNode.get(id);
			const us = profile.timeDeltas[i] ?? 0;
			if (!node) return;
			const { functionName, url, lineNumber, columnNumber } = node.callFrame;
			const name = functionName || "(anonymous)";
			if (name === "(idle)" || name === "(program)") return;
			total += us;
			const where = url ? `${url.split("/").pop()}:${lineNumber + 1}:${columnNumber + 1}` : "";
			const key = `${name}@${where}`;
			const entry = self.get(key) ?? { name, where, us: 0 };
			entry.us += us;
			self.set(key, entry);
		});
		return [...self.values()]
			.sort((a, b) => b.us - a.us)
			.slice(0, top)
			.map((e) => ({ name: e.name, where: e.where, selfMs: e.us / 1000, share: total ? e.us / total : 0 }));
	} finally {
		await cdp.detach();
	}
}
