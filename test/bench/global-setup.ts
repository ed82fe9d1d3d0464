/**
 * The bench's global setup: as the tests' (test/support/global-setup.ts), the local Fluid
 * service and the app server on a copy of dist/client — plus the bare SharedTree page,
 * built here into that copy under /bench-bare/, so that it is same-origin with the app's
 * Fluid proxy. Nothing of it reaches dist/ (the production build) or adds a route.
 */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "vite";
import type { TestProject } from "vitest/node";
import { ROOT, startAppServer, startLocalFluid } from "../support/services";

declare module "vitest" {
	export interface ProvidedContext {
		/** Where the bare page was built (its scripts, for their size). */
		benchBareDir: string;
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const built = path.join(ROOT, "dist/client/index.html");
	if (!existsSync(built)) throw new Error("Build the app first: npm run build (npm run bench does it).");
	const clientDir = await mkdtemp(path.join(tmpdir(), "atelier-bench-client-"));
	await cp(path.join(ROOT, "dist/client"), clientDir, { recursive: true });
	const bareDir = path.join(clientDir, "bench-bare");
	await build({ configFile: path.join(import.meta.dirname, "bare/vite.config.ts"), build: { outDir: bareDir } });
	const fluid = await startLocalFluid();
	const app = await startAppServer(fluid.endpoint, { CLIENT_DIR: clientDir, DATA_DIR: fluid.dataDir });
	project.provide("appUrl", app.url);
	project.provide("fluidEndpoint", fluid.endpoint);
	project.provide("benchBareDir", bareDir);
	return async () => {
		await app.stop();
		await fluid.stop();
		await rm(clientDir, { recursive: true, force: true });
	};
}
