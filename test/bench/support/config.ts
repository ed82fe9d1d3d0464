/**
 * The bench's sizes: the full run (`npm run bench`, up to ~10 minutes) or the smoke
 * (`BENCH_SMOKE=1`, `npm run bench:smoke`: every part once at its smallest, under a minute).
 */
export const SMOKE = process.env.BENCH_SMOKE === "1";
/** `BENCH_PROFILE=1`: a Chrome CPU profile of the app's remote changes, summarized in the output folder. */
export const PROFILE = process.env.BENCH_PROFILE === "1";

export const SIZES = SMOKE
	? {
			participants: [2],
			editsPerKind: 2,
			notes: [10],
			joins: 1,
			changes: 4,
			dots: [30],
			writers: [2],
			loadSeconds: 2,
			idleSeconds: 1,
			voters: 4,
		}
	: {
			participants: [2, 8, 24],
			editsPerKind: 10,
			notes: [10, 200, 1000],
			joins: 5,
			changes: 30,
			dots: [30, 630],
			writers: [8, 40],
			loadSeconds: 15,
			idleSeconds: 3,
			voters: 40,
		};

/** Each writer of the CPU part edits once per this period (jittered start): 8 writers ≈ 4 changes/s, 40 ≈ 20/s. */
export const WRITE_PERIOD_MS = 2000;

export const OUT_DIR = "test-results/bench";
