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
			loadSeconds: 1,
			idleSeconds: 0.5,
			writePeriodMs: 400,
			voters: 4,
		}
	: {
			participants: [2, 8, 24],
			editsPerKind: 10,
			notes: [10, 200, 1000],
			joins: 5,
			changes: 24,
			dots: [30, 630],
			writers: [8, 40],
			loadSeconds: 12,
			idleSeconds: 2,
			writePeriodMs: 2000,
			voters: 40,
		};

/** Each writer of the CPU part edits once per `writePeriodMs` (each from its own moment): 8 writers ≈ 4 changes/s, 40 ≈ 20/s. */
export const WRITE_PERIOD_MS = SIZES.writePeriodMs;
/** Pages opened at once (a 24-participant run opens 48 in all). */
export const OPEN_AT_ONCE = 4;

/** How long pages and clients are left to settle between steps (joins, loads, the last change arriving). */
export const SETTLE_MS = SMOKE ? 300 : 1500;

export const OUT_DIR = "test-results/bench";
