/**
 * The app as separate processes, to be killed for real (`kill -9`) and started again on
 * the same ports and the same data folder: the local Fluid service as `npm start` runs
 * it, and the built app server (`dist/server/main.js`).
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { startLocalFluidService, type LocalFluidProcess } from "../../scripts/local-fluid.mjs";
import { ROOT } from "./services";

export interface ServerProcess {
	readonly url: string;
	readonly child: ChildProcess;
	/** Everything it printed (to check that no content reaches the log). */
	output(): string;
	kill(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
	try {
		return (await fetch(url)).ok;
	} catch {
		return false;
	}
}

export async function startServerProcess(options: {
	readonly port: number;
	readonly fluidPort: number;
	readonly dataDir: string;
	readonly env?: Readonly<Record<string, string>>;
}): Promise<ServerProcess> {
	const child = spawn(process.execPath, [path.join(ROOT, "dist/server/main.js")], {
		cwd: ROOT,
		env: {
			...process.env,
			FLUID_MODE: "local",
			PORT: String(options.port),
			LOCAL_FLUID_PORT: String(options.fluidPort),
			LOCAL_FLUID_ENDPOINT: `http://localhost:${options.fluidPort}`,
			DATA_DIR: options.dataDir,
			CLIENT_DIR: path.join(ROOT, "dist/client"),
			...options.env,
		},
		stdio: ["ignore", "pipe", "pipe"],
	});
	let text = "";
	child.stdout?.on("data", (c: Buffer) => (text += c.toString()));
	child.stderr?.on("data", (c: Buffer) => (text += c.toString()));
	const url = `http://localhost:${options.port}`;
	const deadline = Date.now() + 30_000;
	while (!(await answers(`http://127.0.0.1:${options.port}/api/health`))) {
		if (child.exitCode !== null || Date.now() > deadline) {
			child.kill("SIGKILL");
			throw new Error(`The app server did not start:\n${text}`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		url,
		child,
		output: () => text,
		kill: () => killHard(child),
	};
}

/** `kill -9`: no chance to save anything on the way out. */
export function killHard(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) return resolve();
		child.once("exit", () => resolve());
		child.kill("SIGKILL");
	});
}

export function startFluidProcess(port: number, dataDir: string): Promise<LocalFluidProcess> {
	return startLocalFluidService({ port, dataDir, stderr: "ignore" });
}
