/**
 * A small seeded PRNG (mulberry32) for the fuzz tests: the same seed gives the same
 * sequence on every machine, so a failing run is replayed from its seed alone.
 */
export interface Rng {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both included. */
	int(min: number, max: number): number;
	chance(p: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** One item, each with its weight (weights > 0). */
	weighted<T>(items: readonly (readonly [T, number])[]): T;
}

export function mulberry32(seed: number): Rng {
	let a = seed >>> 0;
	const next = (): number => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => {
		if (items.length === 0) throw new Error("pick from an empty list");
		return items[int(0, items.length - 1)] as T;
	};
	return {
		next,
		int,
		chance: (p) => next() < p,
		pick,
		weighted: <T>(items: readonly (readonly [T, number])[]): T => {
			const total = items.reduce((sum, [, w]) => sum + w, 0);
			let r = next() * total;
			for (const [item, w] of items) {
				r -= w;
				if (r < 0) return item;
			}
			const last = items[items.length - 1];
			if (!last) throw new Error("weighted pick from an empty list");
			return last[0];
		},
	};
}

/**
 * The seeds a fuzz suite runs: `FUZZ_SEED=<n>` replays that one run, `FUZZ_RUNS=<n>`
 * changes how many (seeds base, base+1, …; `FUZZ_BASE` moves the base to explore new ones).
 */
export function fuzzSeeds(defaultRuns: number, defaultBase: number): number[] {
	const one = process.env.FUZZ_SEED;
	if (one !== undefined && one !== "") return [Number.parseInt(one, 10)];
	const runs = Number.parseInt(process.env.FUZZ_RUNS ?? "", 10);
	const base = Number.parseInt(process.env.FUZZ_BASE ?? "", 10);
	const count = Number.isFinite(runs) && runs > 0 ? runs : defaultRuns;
	const from = Number.isFinite(base) ? base : defaultBase;
	return Array.from({ length: count }, (_, i) => from + i);
}
