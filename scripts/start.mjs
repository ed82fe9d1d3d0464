#!/usr/bin/env node
/**
 * `npm start`: builds if needed, starts the embedded local Fluid service (unless
 * FLUID_MODE=azure or LOCAL_FLUID_ENDPOINT points elsewhere) and the app server,
 * prints the address; Ctrl-C stops both. A busy port gives a clear message.
 *
 * Each is restarted if it stops unexpectedly, without the other: an app-server crash no
 * longer takes the service's documents with it, and after a service restart the app
 * re-creates the workshops' documents from its archive (DATA_DIR/atelier.db).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startLocalFluidService } from "./local-fluid.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env };
const mode = env.FLUID_MODE ?? "local";
const appPort = Number(env.PORT ?? 3000);
const fluidPort = Number(env.LOCAL_FLUID_PORT ?? 7070);
const embedded = mode === "local" && !env.LOCAL_FLUID_ENDPOINT;
const dataDir = path.resolve(root, env.DATA_DIR ?? "data");
/** Restarts allowed in a minute before giving up (a crash loop is a bug to read, not to hide). */
const MAX_RESTARTS_PER_MINUTE = 5;

function newest(dir) {
	let latest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
	}
	return latest;
}

function needsBuild() {
	const outputs = [path.join(root, "dist/client/index.html"), path.join(root, "dist/server/main.js")];
	if (!outputs.every((f) => existsSync(f))) return true;
	const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
	return newest(path.join(root, "src")) > built;
}

function portFree(port, host) {
	return new Promise((resolve) => {
		const server = createServer();
		server.once("error", () => resolve(false));
		server.listen(port, host, () => server.close(() => resolve(true)));
	});
}

if (needsBuild()) {
	console.log("Building the app (first start or changed sources)…");
	const result = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
	if (result.status !== 0) {
		console.error("The build failed: see above.");
		process.exit(1);
	}
}

let stopping = false;
const running = new Set();
function stopAll(code = 0) {
	stopping = true;
	process.exitCode ??= code;
	for (const child of running) if (child.exitCode === null) child.kill("SIGTERM");
	setTimeout(() => process.exit(), 3000).unref();
	if (running.size === 0) process.exit();
}
process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));

/** Keeps `start()`'s process running: restarted when it stops unexpectedly, unless `fatal(code)`. */
function supervise(name, start, fatal = () => false) {
	const restarts = [];
	const launch = async () => {
		let child;
		try {
			child = await start();
		} catch (error) {
			console.error(String(error instanceof Error ? error.message : error));
			stopAll(1);
			return;
		}
		running.add(child);
		child.on("exit", (code, signal) => {
			running.delete(child);
			if (stopping) {
				if (running.size === 0) process.exit();
				return;
			}
			if (fatal(code)) return stopAll(code ?? 1);
			const now = Date.now();
			restarts.push(now);
			while (restarts.length > 0 && restarts[0] < now - 60_000) restarts.shift();
			if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
				console.error(`The ${name} stopped ${restarts.length} times in a minute: giving up.`);
				return stopAll(1);
			}
			console.error(`The ${name} stopped (${code ?? signal}); starting it again.`);
			setTimeout(launch, 500);
		});
	};
	return launch();
}

if (!(await portFree(appPort, env.HOST ?? "127.0.0.1"))) {
	console.error(
		`Port ${appPort} is already in use (app server). Stop the other program, or start with PORT=<free port> npm start.`,
	);
	process.exit(3);
}

if (embedded) {
	if (!(await portFree(fluidPort, "127.0.0.1"))) {
		console.error(
			`Port ${fluidPort} is already in use (local Fluid service). Stop the other program, or start with LOCAL_FLUID_PORT=<free port> npm start.`,
		);
		process.exit(3);
	}
	await supervise("local Fluid service", async () => {
		const service = await startLocalFluidService({ port: fluidPort, dataDir });
		console.log(
			`Local Fluid service: http://localhost:${fluidPort} (internal: loopback only, reached through the app, which checks every token; files in ${path.relative(root, dataDir) || "."}/fluid)`,
		);
		return service.child;
	});
}

// Exit codes 2 (invalid configuration) and 3 (port in use) are not worth a restart.
await supervise(
	"app server",
	async () =>
		spawn(process.execPath, [path.join(root, "dist/server/main.js")], {
			cwd: root,
			env: { ...env, LOCAL_FLUID_PORT: String(fluidPort), DATA_DIR: dataDir },
			stdio: "inherit",
		}),
	(code) => code === 0 || code === 2 || code === 3,
);
