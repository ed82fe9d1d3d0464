/**
 * The bench's sizes: the full run (`npm run bench`, up to ~10 minutes) or the smoke
 * (`BENCH_SMOKE=1`, `npm run bench:smoke`: every part once at its smallest, under a minute).
 * To run a part alone: `BENCH_ONLY=editToScreen,coldJoin` (the parts: `PARTS`), and
 * `BENCH_PARTICIPANTS=2,8` / `BENCH_NOTES=200` for some of its sizes, `BENCH_JOINS=15` for
 * more cold joins of each (5 by default: an A/B of the cold join wants more, its spread is wide).
 */
export const SMOKE = process.env.BENCH_SMOKE === "1";
/** `BENCH_PROFILE=1`: a Chrome CPU profile of the app's remote changes, summarized in the output folder. */
export const PROFILE = process.env.BENCH_PROFILE === "1";

const FULL_OR_SMOKE = SMOKE
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

/** A list of numbers from the environment (`"2,8"`), else the default. */
function sizesFrom(name: string, fallback: readonly number[]): number[] {
	const raw = process.env[name];
	if (!raw) return [...fallback];
	return raw.split(",").map(Number).filter(Number.isFinite);
}

export const SIZES = {
	...FULL_OR_SMOKE,
	participants: sizesFrom("BENCH_PARTICIPANTS", FULL_OR_SMOKE.participants),
	notes: sizesFrom("BENCH_NOTES", FULL_OR_SMOKE.notes),
	joins: Number(process.env.BENCH_JOINS ?? FULL_OR_SMOKE.joins),
};

/** The bench's parts, as `BENCH_ONLY` names them. */
export const PARTS = ["shipped", "editToScreen", "coldJoin", "noteCost", "dotCost", "cpu", "voteStorm"] as const;
export type Part = (typeof PARTS)[number];
const ONLY = process.env.BENCH_ONLY?.split(",").map((p) => p.trim());
const unknown = ONLY?.filter((p) => !(PARTS as readonly string[]).includes(p));
if (unknown?.length) throw new Error(`BENCH_ONLY: no part ${unknown.join(", ")} (the parts: ${PARTS.join(", ")})`);
/** Whether this run measures a part (all of them unless `BENCH_ONLY` says). */
export function runs(part: Part): boolean {
	return ONLY === undefined || ONLY.includes(part);
}

/** Each writer of the CPU part edits once per `writePeriodMs` (each from its own moment): 8 writers ≈ 4 changes/s, 40 ≈ 20/s. */
export const WRITE_PERIOD_MS = SIZES.writePeriodMs;
/** Pages opened at once (a 24-participant run opens 48 in all). */
export const OPEN_AT_ONCE = 4;

/** How long pages and clients are left to settle between steps (joins, loads, the last change arriving). */
export const SETTLE_MS = SMOKE ? 300 : 1500;

export const OUT_DIR = "test-results/bench";

/** A participant's network away from the server (a cold join is also measured over it): a modest office or home link. */
export const SLOW_LINK = { mbitPerS: 20, roundTripMs: 40 } as const;
