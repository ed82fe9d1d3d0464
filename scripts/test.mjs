#!/usr/bin/env node
/**
 * `npm test`: Biome, then the build (the end-to-end tests serve it), then the type check
 * beside the tests (unit, integration and the benchmark's smoke side by side, then the
 * end-to-end files; see vitest.config.ts), so that the type check uses a core the waiting
 * browser tests leave idle. Any failure fails the run;
 * the type check's report is printed once it ends, never interleaved with the tests'. The tests
 * end with where their time went (test/support/timeline-reporter.ts).
 */
import { spawn } from "node:child_process";

const TEST_PROJECTS = ["unit", "integration", "e2e", "bench-smoke"];

/** Runs a command; resolves with its exit code (and its output when `quiet`). */
function run(command, args, { quiet = false } = {}) {
	return new Promise((resolve) => {
		const child = spawn(command, args, { stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
		let output = "";
		if (quiet) {
			child.stdout.on("data", (chunk) => {
				output += chunk;
			});
			child.stderr.on("data", (chunk) => {
				output += chunk;
			});
		}
		child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
	});
}

const npx = (args, options) => run("npx", args, options);

function stopIfFailed(name, { code }) {
	if (code !== 0) {
		console.error(`\n✗ ${name} failed (exit ${code}).`);
		process.exit(code);
	}
}

const started = Date.now();
stopIfFailed("biome check", await npx(["biome", "check", "."]));
stopIfFailed("build", await run("npm", ["run", "-s", "build"]));

const typecheck = npx(["tsc", "--noEmit", "-p", "tsconfig.json"], { quiet: true });
// vitest's own report, and where the time went (test/support/timeline-reporter.ts).
const REPORTERS = ["--reporter=default", "--reporter=./test/support/timeline-reporter.ts"];
const tests = npx(["vitest", "run", ...REPORTERS, ...TEST_PROJECTS.flatMap((p) => ["--project", p])]);
const [types, vitest] = await Promise.all([typecheck, tests]);

if (types.code !== 0) {
	console.error(`\n✗ typecheck failed:\n${types.output}`);
} else {
	console.log("✓ typecheck");
}
console.log(`npm test took ${Math.round((Date.now() - started) / 1000)} s.`);
process.exit(types.code !== 0 ? types.code : vitest.code);
