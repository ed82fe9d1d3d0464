#!/usr/bin/env node
/**
 * `npm start`: builds if needed, starts the embedded local Fluid service (unless
 * FLUID_MODE=azure or LOCAL_FLUID_ENDPOINT points elsewhere) and the app server,
 * prints the address; Ctrl-C stops both. A busy port gives a clear message.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env };
const mode = env.FLUID_MODE ?? "local";
const appPort = Number(env.PORT ?? 3000);
const fluidPort = Number(env.LOCAL_FLUID_PORT ?? 7070);
const embedded = mode === "local" && !env.LOCAL_FLUID_ENDPOINT;

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

async function waitFor(url, child, ms) {
	const deadline = Date.now() + ms;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) return false;
		try {
			if ((await fetch(url)).ok) return true;
		} catch {
			// not yet
		}
		await new Promise((r) => setTimeout(r, 150));
	}
	return false;
}

if (needsBuild()) {
	console.log("Building the app (first start or changed sources)…");
	const result = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
	if (result.status !== 0) {
		console.error("The build failed: see above.");
		process.exit(1);
	}
}

const children = [];
function stopAll(code = 0) {
	process.exitCode ??= code;
	for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
	setTimeout(() => process.exit(), 300).unref();
}
process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));

if (!(await portFree(appPort, env.HOST ?? "127.0.0.1"))) {
	console.error(
		`Port ${appPort} is already in use (app server). Stop the other program, or start with PORT=<free port> npm start.`,
	);
	process.exit(3);
}

if (embedded) {
	if (!(await portFree(fluidPort, "0.0.0.0"))) {
		console.error(
			`Port ${fluidPort} is already in use (local Fluid service). Stop the other program, or start with LOCAL_FLUID_PORT=<free port> npm start.`,
		);
		process.exit(3);
	}
	const bin = path.join(root, "node_modules/@fluidframework/azure-local-service/index.js");
	const fluid = spawn(process.execPath, [bin], {
		cwd: root,
		env: { ...env, PORT: String(fluidPort) },
		stdio: ["ignore", "ignore", "inherit"],
	});
	children.push(fluid);
	fluid.on("exit", (code) => {
		console.error(`The local Fluid service stopped (${code ?? "signal"}).`);
		stopAll(1);
	});
	if (!(await waitFor(`http://127.0.0.1:${fluidPort}/`, fluid, 30_000))) {
		console.error("The local Fluid service did not start within 30 s.");
		stopAll(1);
	} else {
		console.log(`Local Fluid service: http://localhost:${fluidPort}`);
	}
}

const server = spawn(process.execPath, [path.join(root, "dist/server/main.js")], {
	cwd: root,
	env: { ...env, LOCAL_FLUID_PORT: String(fluidPort) },
	stdio: "inherit",
});
children.push(server);
server.on("exit", (code) => stopAll(code ?? 0));
