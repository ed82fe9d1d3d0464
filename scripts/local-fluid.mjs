/**
 * The embedded local Fluid service, as `npm start` and the tests run it: on loopback only,
 * its files in DATA_DIR/fluid (for this instance only, readable by its owner only).
 *
 * The service forgets its documents when it restarts, and a document whose summaries are
 * still on disk then loads but never works again; so its folder starts empty every time.
 * What survives a restart is the app's archive (DATA_DIR/atelier.db), from which the app
 * re-creates the workshops' documents.
 */
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The folder the service keeps its summaries in. */
export function fluidStorageDir(dataDir) {
	return path.join(dataDir, "fluid");
}

async function waitFor(url, child, ms) {
	const deadline = Date.now() + ms;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null) return false;
		try {
			if ((await fetch(url)).ok) return true;
		} catch {
			// not yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return false;
}

/**
 * Starts the service and resolves once it answers.
 * @param {{ port: number, dataDir: string, stderr?: "inherit" | "pipe" | "ignore", timeoutMs?: number }} options
 */
export async function startLocalFluidService({ port, dataDir, stderr = "inherit", timeoutMs = 30_000 }) {
	const storage = fluidStorageDir(dataDir);
	rmSync(storage, { recursive: true, force: true });
	mkdirSync(storage, { recursive: true, mode: 0o700 });
	const bin = path.join(root, "node_modules/@fluidframework/azure-local-service/index.js");
	const child = spawn(process.execPath, ["--require", path.join(root, "scripts/local-fluid-preload.cjs"), bin], {
		cwd: root,
		env: { ...process.env, PORT: String(port), storage, LOCAL_FLUID_HOST: "127.0.0.1" },
		stdio: ["ignore", "ignore", stderr],
	});
	const ready = await waitFor(`http://127.0.0.1:${port}/`, child, timeoutMs);
	if (!ready) {
		child.kill("SIGKILL");
		throw new Error(`The local Fluid service did not start on port ${port} within ${timeoutMs / 1000} s.`);
	}
	return {
		child,
		port,
		endpoint: `http://localhost:${port}`,
		stop: () =>
			new Promise((resolve) => {
				if (child.exitCode !== null || child.signalCode !== null) return resolve();
				child.once("exit", () => resolve());
				child.kill("SIGTERM");
				setTimeout(() => child.kill("SIGKILL"), 3000).unref();
			}),
	};
}
