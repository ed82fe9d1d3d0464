/**
 * A reporter added by `npm test` beside vitest's own: where the suite's time went (issue 11,
 * point 3: CI under 6 minutes). At the run's end it prints each project's span (its first
 * file's start to its last file's end, in seconds from the run's start) and the slowest
 * files, import and hooks included, and writes them to test-results/suite-timeline.json.
 * Figures to read, never asserted.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Reporter, TestModule } from "vitest/node";

interface FileTime {
	readonly project: string;
	readonly file: string;
	/** Seconds from the run's start. */
	readonly start: number;
	readonly end: number;
}

const SLOWEST = 10;

export default class TimelineReporter implements Reporter {
	private started = Date.now();
	private readonly files: FileTime[] = [];

	onTestRunStart(): void {
		this.started = Date.now();
	}

	onTestModuleEnd(module: TestModule): void {
		const d = module.diagnostic();
		const end = (Date.now() - this.started) / 1000;
		const span = (d.collectDuration + d.setupDuration + d.duration) / 1000;
		this.files.push({
			project: module.project.name,
			file: module.relativeModuleId,
			start: Math.max(0, end - span),
			end,
		});
	}

	onTestRunEnd(): void {
		if (this.files.length === 0) return;
		const s = (n: number) => `${n.toFixed(0)} s`;
		const projects = [...new Set(this.files.map((f) => f.project))].map((name) => {
			const of = this.files.filter((f) => f.project === name);
			const start = Math.min(...of.map((f) => f.start));
			const end = Math.max(...of.map((f) => f.end));
			const busy = of.reduce((sum, f) => sum + f.end - f.start, 0);
			return { name, files: of.length, start, end, busy };
		});
		const slowest = [...this.files].sort((a, b) => b.end - b.start - (a.end - a.start)).slice(0, SLOWEST);
		const lines = [
			"",
			"Where the suite's time went (seconds from the run's start; a file's time includes its import and hooks):",
			...projects.map(
				(p) =>
					`  ${p.name.padEnd(12)} ${String(p.files).padStart(3)} file${p.files === 1 ? "" : "s"}, ${s(p.start)} → ${s(p.end)}, ${s(p.busy)} of files' time`,
			),
			"  slowest files:",
			...slowest.map((f) => `    ${s(f.end - f.start).padStart(5)}  ${f.file} (${s(f.start)} → ${s(f.end)})`),
		];
		console.log(lines.join("\n"));
		const dir = path.resolve("test-results");
		mkdirSync(dir, { recursive: true });
		writeFileSync(path.join(dir, "suite-timeline.json"), `${JSON.stringify({ projects, files: this.files }, null, "\t")}\n`);
	}
}
