/**
 * A Chrome CPU profile of a page (DevTools `Profiler`), summarized by self time per
 * function, placed in the sources through the build's source maps; optionally only the
 * samples taken inside a given function (e.g. the board's change handlers).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { inject } from "vitest";
import { ROOT } from "../../support/services";
import { OUT_DIR } from "./config";
import type { Kind } from "./pages";
import { sourceResolver, type Resolve } from "./sourcemap";

interface ProfileNode {
	readonly id: number;
	readonly callFrame: {
		readonly functionName: string;
		readonly url: string;
		readonly lineNumber: number;
		readonly columnNumber: number;
	};
	readonly children?: readonly number[];
}

export interface CpuProfile {
	readonly nodes: readonly ProfileNode[];
	readonly samples: readonly number[];
	readonly timeDeltas: readonly number[];
}

export interface HotFunction {
	readonly name: string;
	readonly where: string;
	readonly selfMs: number;
	readonly share: number;
}

export interface ProfileSummary {
	/** Time sampled (idle and the profiler's own "(program)" apart), ms. */
	readonly totalMs: number;
	readonly top: readonly HotFunction[];
}

export async function cpuProfile(page: Page, during: () => Promise<void>): Promise<CpuProfile> {
	const cdp = await page.context().newCDPSession(page);
	try {
		await cdp.send("Profiler.enable");
		await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
		await cdp.send("Profiler.start");
		await during();
		const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: CpuProfile };
		return profile;
	} finally {
		await cdp.detach();
	}
}

/**
 * Self time per function; with `within`, only samples under a frame whose place matches it.
 * With `by`, each sample counts for its nearest frame whose place matches `by` (e.g. the
 * app's own code, /^src\//): which of the app's functions the time is spent under.
 */
export function summarize(profile: CpuProfile, resolve: Resolve, within?: RegExp, top = 20, by?: RegExp): ProfileSummary {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const place = new Map<number, { name: string; where: string }>();
	const placeOf = (id: number) => {
		let p = place.get(id);
		if (!p) {
			const { functionName, url, lineNumber, columnNumber } = byId.get(id)?.callFrame ?? {
				functionName: "?",
				url: "",
				lineNumber: 0,
				columnNumber: 0,
			};
			const where = url ? (resolve(url, lineNumber, columnNumber) ?? `${url.split("/").pop()}:${lineNumber + 1}`) : "";
			p = { name: functionName || "(anonymous)", where };
			place.set(id, p);
		}
		return p;
	};
	const inside = (id: number) => {
		if (!within) return true;
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) if (within.test(placeOf(at).where)) return true;
		return false;
	};
	const self = new Map<string, { name: string; where: string; us: number }>();
	let total = 0;
	const owner = (id: number) => {
		if (!by) return placeOf(id);
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
			if (by.test(placeOf(at).where)) return placeOf(at);
		return { name: "(outside)", where: "" };
	};
	profile.samples.forEach((id, i) => {
		const sampled = placeOf(id);
		if (sampled.name === "(idle)" || sampled.name === "(program)" || !inside(id)) return;
		const p = owner(id);
		const us = profile.timeDeltas[i] ?? 0;
		total += us;
		const key = `${p.name}@${p.where}`;
		const entry = self.get(key) ?? { ...p, us: 0 };
		entry.us += us;
		self.set(key, entry);
	});
	return {
		totalMs: total / 1000,
		top: [...self.values()]
			.sort((a, b) => b.us - a.us)
			.slice(0, top)
			.map((e) => ({ name: e.name, where: e.where, selfMs: e.us / 1000, share: total ? e.us / total : 0 })),
	};
}

/** Where self time goes, by area: the app's folders, each package, the browser's own (native, GC). */
export function byArea(profile: CpuProfile, resolve: Resolve): ProfileSummary {
	const area = (where: string, name: string): string => {
		if (name === "(garbage collector)") return "garbage collector";
		if (!where) return "browser (native: canvas, DOM, timers)";
		const app = /^src\/([^/]+(?:\/[^/]+)?)\//.exec(where);
		if (app) return `src/${app[1]}`;
		const pkg = /^((?:@[^/]+\/)?[^/:]+)/.exec(where);
		return pkg?.[1] ?? where;
	};
	const totals = new Map<string, number>();
	let total = 0;
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	profile.samples.forEach((id, i) => {
		const frame = byId.get(id)?.callFrame;
		if (!frame || frame.functionName === "(idle)" || frame.functionName === "(program)") return;
		const where = frame.url ? (resolve(frame.url, frame.lineNumber, frame.columnNumber) ?? frame.url.split("/").pop() ?? "") : "";
		const key = area(where, frame.functionName);
		const us = profile.timeDeltas[i] ?? 0;
		total += us;
		totals.set(key, (totals.get(key) ?? 0) + us);
	});
	return {
		totalMs: total / 1000,
		top: [...totals.entries()]
			.sort((a, b) => b[1] - a[1])
			.map(([name, us]) => ({ name, where: "", selfMs: us / 1000, share: total ? us / total : 0 })),
	};
}

export function formatSummary(title: string, s: ProfileSummary): string {
	const lines = s.top.map(
		(h) => `${h.selfMs.toFixed(1).padStart(8)} ms ${(h.share * 100).toFixed(1).padStart(5)} %  ${h.name}  ${h.where}`,
	);
	return `${title}: ${s.totalMs.toFixed(0)} ms sampled\n${lines.join("\n")}\n`;
}

/** Profiles of two pages over the same `during`. */
export async function profileBoth(a: Page, b: Page, during: () => Promise<void>): Promise<[CpuProfile, CpuProfile]> {
	let inner: CpuProfile | undefined;
	const outer = await cpuProfile(a, async () => {
		inner = await cpuProfile(b, during);
	});
	if (!inner) throw new Error("no profile");
	return [outer, inner];
}

/** The scripts' source maps: the app's build, or the bare page's. */
export function resolverFor(kind: Kind): Resolve {
	return sourceResolver(kind === "app" ? path.join(ROOT, "dist/client/assets") : path.join(inject("benchBareDir"), "assets"));
}

/**
 * Writes `profile-<label>.txt`: self time over the whole page, then counted for the app's own
 * functions; and the raw profile, `profile-<label>.cpuprofile` (DevTools' Performance panel opens it).
 */
export function writeProfile(
	label: string,
	profile: CpuProfile,
	kind: Kind,
	within?: { readonly title: string; readonly where: RegExp },
): void {
	const resolve = resolverFor(kind);
	const parts = [
		formatSummary(`${label}: the whole page, self time by area`, byArea(profile, resolve)),
		formatSummary(`${label}: the whole page, self time`, summarize(profile, resolve)),
		formatSummary(
			`${label}: the whole page, each sample counted for the nearest function of the app's own code (src/)`,
			summarize(profile, resolve, undefined, 25, /^src\//),
		),
	];
	if (within) {
		parts.push(formatSummary(`${label}: ${within.title}`, summarize(profile, resolve, within.where)));
		parts.push(
			formatSummary(
				`${label}: ${within.title}, each sample counted for the nearest function of the app's own code`,
				summarize(profile, resolve, within.where, 25, /^src\//),
			),
		);
	}
	writeFileSync(path.join(OUT_DIR, `profile-${label}.txt`), parts.join("\n"));
	writeFileSync(path.join(OUT_DIR, `profile-${label}.cpuprofile`), JSON.stringify(profile));
}
