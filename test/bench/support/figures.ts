/** Medians and spreads of repeated measurements, and the one table the bench prints (and writes as JSON). */

export interface Spread {
	readonly median: number;
	readonly p10: number;
	readonly p90: number;
	readonly min: number;
	readonly max: number;
	readonly n: number;
}

function quantile(sorted: readonly number[], q: number): number {
	if (sorted.length === 0) return Number.NaN;
	const at = (sorted.length - 1) * q;
	const lo = Math.floor(at);
	const hi = Math.ceil(at);
	const a = sorted[lo] as number;
	const b = sorted[hi] as number;
	return a + (b - a) * (at - lo);
}

/** Median, p10–p90 and min–max of the finite values (NaN ones are left out, and counted apart by the caller). */
export function spread(values: readonly number[]): Spread {
	const s = values.filter(Number.isFinite).sort((a, b) => a - b);
	return {
		median: quantile(s, 0.5),
		p10: quantile(s, 0.1),
		p90: quantile(s, 0.9),
		min: s[0] ?? Number.NaN,
		max: s[s.length - 1] ?? Number.NaN,
		n: s.length,
	};
}

/**
 * The mean of the middle 80 % (the lowest and highest tenth left out): steadier than the
 * median for sub-millisecond figures, which the page's timer gives to 0.1 ms.
 */
export function trimmedMean(values: readonly number[]): number {
	const s = values.filter(Number.isFinite).sort((a, b) => a - b);
	const cut = Math.floor(s.length / 10);
	const mid = s.slice(cut, s.length - cut);
	return mid.length ? mid.reduce((a, b) => a + b, 0) / mid.length : Number.NaN;
}

export interface Budget {
	/** What is promised, in words ("≤ 1.25× bare"). */
	readonly text: string;
	readonly met: boolean;
}

export interface Row {
	readonly part: string;
	readonly figure: string;
	readonly unit: string;
	readonly app: Spread | number;
	readonly bare?: Spread | number;
	/** app / bare (medians). */
	readonly ratio?: number;
	readonly budget?: Budget;
	readonly note?: string;
}

const median = (v: Spread | number) => (typeof v === "number" ? v : v.median);

export function ratioOf(app: Spread | number, bare: Spread | number): number {
	return median(app) / median(bare);
}

function num(x: number): string {
	if (!Number.isFinite(x)) return "—";
	const a = Math.abs(x);
	return a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : a >= 1 ? x.toFixed(2) : x.toFixed(3);
}

function cell(v: Spread | number | undefined): string {
	if (v === undefined) return "";
	if (typeof v === "number") return num(v);
	if (v.n === 0) return "— (no value)";
	if (v.n === 1) return `${num(v.median)} (n=1)`;
	return `${num(v.median)} (${num(v.p10)}–${num(v.p90)}, n=${v.n})`;
}

/** Every figure a row holds, finite or not: what the smoke checks. */
export function figuresOf(row: Row): number[] {
	const all = (v: Spread | number | undefined) => (v === undefined ? [] : typeof v === "number" ? [v] : [v.median]);
	return [...all(row.app), ...all(row.bare)];
}

export function formatTable(rows: readonly Row[], title: string): string {
	const header = ["part", "figure", "unit", "app median (p10–p90)", "bare median (p10–p90)", "app/bare", "budget", "note"];
	const body = rows.map((r) => [
		r.part,
		r.figure,
		r.unit,
		cell(r.app),
		cell(r.bare),
		r.ratio === undefined ? "" : `${num(r.ratio)}×`,
		r.budget ? `${r.budget.text}: ${r.budget.met ? "met" : "NOT MET"}` : "",
		r.note ?? "",
	]);
	const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? "").length)));
	const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
	return [title, line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}
