import { defineConfig } from "vitest/config";

/**
 * Three levels, all run by `npm test`:
 * - unit: the domain's pure rules;
 * - integration: the server by `inject`, and several Fluid clients against the local service;
 * - e2e: real Chromium with several participants against the built app.
 * Integration and e2e share one global setup that starts the local Fluid service and the app server.
 */
export default defineConfig({
	test: {
		maxWorkers: Number(process.env.TEST_WORKERS ?? 4),
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
			{
				test: {
					// Not part of `npm test`: `npm run bench` prints figures, asserts no timing (`npm run bench:smoke`: the short run).
					name: "bench",
					include: ["test/bench/**/*.run.ts"],
					environment: "node",
					// The tests' services plus the bare SharedTree page, served beside the app.
					globalSetup: ["test/bench/global-setup.ts"],
					testTimeout: 600_000,
					hookTimeout: 120_000,
					fileParallelism: false,
				},
			},
			{
				test: {
					name: "e2e",
					isolate: false,
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
