import { defineConfig } from "vitest/config";
import LongestFirst from "./test/support/longest-first";

/**
 * Four projects run by `npm test` (scripts/test.mjs): unit, integration and the bench's smoke
 * side by side, their files in parallel, then e2e's files two at a time; each worker imports
 * the modules once (`isolate: false`):
 * - unit: the domain's pure rules;
 * - integration: the server by `inject`, and several Fluid clients against the local service;
 * - e2e: real Chromium with several participants against the built app;
 * - bench-smoke: the benchmark once at its smallest (that it runs and prints its figures).
 * Integration and e2e share one global setup that starts the local Fluid service and the app
 * server; the benchmark's adds the bare SharedTree page. `npm run bench` is the full benchmark.
 */
const bench = {
	include: ["test/bench/**/*.run.ts"],
	environment: "node",
	// The tests' services plus the bare SharedTree page, served beside the app.
	globalSetup: ["test/bench/global-setup.ts"],
	testTimeout: 600_000,
	hookTimeout: 120_000,
	fileParallelism: false,
};

export default defineConfig({
	test: {
		maxWorkers: Number(process.env.TEST_WORKERS ?? 4),
		// The longest files first, whatever their project (see test/support/longest-first.ts).
		sequence: { sequencer: LongestFirst },
		projects: [
			{
				test: {
					name: "unit",
					isolate: false,
					include: ["test/unit/**/*.test.ts"],
					environment: "node",
				},
			},
			{
				test: {
					name: "integration",
					isolate: false,
					include: ["test/integration/**/*.test.ts"],
					environment: "node",
					globalSetup: ["test/support/global-setup.ts"],
					testTimeout: 60_000,
					hookTimeout: 60_000,
				},
			},
			// `npm run bench` prints figures and asserts no timing; `bench-smoke` is its short run.
			{ test: { name: "bench", ...bench } },
			// One file: "in parallel" only puts it in the first group, beside unit and integration (a
			// one-at-a-time project would be run on its own, after the others).
			{ test: { name: "bench-smoke", ...bench, fileParallelism: true, env: { BENCH_SMOKE: "1" } } },
			{
				test: {
					name: "e2e",
					isolate: false,
					// Two files at a time, after the other projects (a group of its own: a project
					// with its own number of workers must be). More at once, or beside the other
					// projects, only stretches every file on 2 cores (measured: 439 s against 406 s
					// for the whole of npm test). The handoff that once took over 60 s with files
					// side by side was a race of the app's, fixed (see src/fluid/handoff.ts).
					fileParallelism: true,
					maxWorkers: 2,
					sequence: { groupOrder: 1 },
					include: ["test/e2e/**/*.test.ts"],
					environment: "node",
					globalSetup: ["test/support/global-setup.ts"],
					testTimeout: 120_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
