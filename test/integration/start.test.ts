/**
 * `npm start` (scripts/start.mjs): starts the local Fluid service and the app server,
 * prints the address, stops both on Ctrl-C, and says clearly when a port is busy.
 * Runs on the build that `npm test` made.
 */
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { freePort, ROOT } from "../support/services";
import { eventually, until } from "../support/waiting";

const dataDirs: string[] = [];

function start(env: Record<string, string>): ChildProcessWithoutNullStreams {
	const dataDir = mkdtempSync(path.join(tmpdir(), "atelier-start-"));
	dataDirs.push(dataDir);
	return spawn(process.execPath, [path.join(ROOT, "scripts/start.mjs")], {
		cwd: ROOT,
		env: { ...process.env, DATA_DIR: dataDir, ...env },
	});
}

/** The processes `npm start` runs: the app server and the local service, by their command lines. */
function childPids(parent: number): { app?: number; fluid?: number } {
	const found: { app?: number; fluid?: number } = {};
	const list = execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(parent)]).toString();
	for (const line of list.split("\n")) {
		const [pid, ...args] = line.trim().split(/\s+/);
		const command = args.join(" ");
		if (command.includes("dist/server/main.js")) found.app = Number(pid);
		if (command.includes("azure-local-service")) found.fluid = Number(pid);
	}
	return found;
}

function output(child: ChildProcessWithoutNullStreams): { text: () => string } {
	let text = "";
	child.stdout.on("data", (c: Buffer) => (text += c.toString()));
	child.stderr.on("data", (c: Buffer) => (text += c.toString()));
	return { text: () => text };
}

/**
 * Waits for `npm start`'s ready line (or its end), within the test's own time, then says what
 * it printed if it is not ready: a start that stops or hangs shows why, not only a timeout.
 */
async function ready(child: ChildProcessWithoutNullStreams, out: { text: () => string }): Promise<void> {
	await until(
		async () => out.text().includes("is ready") || child.exitCode !== null,
		(done) => done,
		{ timeoutMs: 45_000 },
	);
	expect(out.text(), `npm start printed:\n${out.text()}`).toContain("is ready");
}

async function answers(url: string): Promise<boolean> {
	try {
		return (await fetch(url)).ok;
	} catch {
		return false;
	}
}

const exited = (child: ChildProcessWithoutNullStreams) =>
	new Promise<number | null>((resolve) => {
		if (child.exitCode !== null) resolve(child.exitCode);
		else child.once("exit", (code) => resolve(code));
	});

describe("npm start", () => {
	const children: ChildProcessWithoutNullStreams[] = [];
	const servers: Server[] = [];
	afterEach(() => {
		for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
		for (const s of servers) s.close();
		for (const d of dataDirs.splice(0)) rmSync(d, { recursive: true, force: true });
	});

	it("serves the app with the local Fluid service, and Ctrl-C stops both", async () => {
		const [appPort, fluidPort] = [await freePort(), await freePort()];
		const child = start({ PORT: String(appPort), LOCAL_FLUID_PORT: String(fluidPort) });
		children.push(child);
		const out = output(child);
		await ready(child, out);
		expect(out.text()).toContain(`http://localhost:${appPort}/`);
		expect(await answers(`http://127.0.0.1:${appPort}/api/health`)).toBe(true);
		expect(await answers(`http://127.0.0.1:${fluidPort}/`)).toBe(true);
		const page = await fetch(`http://127.0.0.1:${appPort}/`).then((r) => r.text());
		expect(page).toContain('<div id="root">');
		child.kill("SIGINT");
		await exited(child);
		// Both are gone: neither port answers any more.
		expect(
			await until(
				() => answers(`http://127.0.0.1:${appPort}/api/health`),
				(up) => !up,
				{ timeoutMs: 5_000 },
			),
		).toBe(false);
		expect(
			await until(
				() => answers(`http://127.0.0.1:${fluidPort}/`),
				(up) => !up,
				{ timeoutMs: 5_000 },
			),
		).toBe(false);
	});

	it("starts again whichever of the two stops, without stopping the other", async () => {
		const [appPort, fluidPort] = [await freePort(), await freePort()];
		const child = start({ PORT: String(appPort), LOCAL_FLUID_PORT: String(fluidPort) });
		children.push(child);
		const out = output(child);
		await ready(child, out);
		const before = childPids(child.pid ?? 0);
		expect(before.app).toBeTypeOf("number");
		expect(before.fluid).toBeTypeOf("number");

		// The app server crashes: it comes back; the service (and its documents) never stopped.
		process.kill(before.app ?? 0, "SIGKILL");
		await eventually(() => out.text().includes("app server stopped"), 10_000, "the crash notice");
		await eventually(() => childPids(child.pid ?? 0).app !== undefined, 30_000, "a new app server");
		await eventually(() => out.text().split("is ready").length > 2, 30_000, "the second ready line");
		expect(await answers(`http://127.0.0.1:${appPort}/api/health`)).toBe(true);
		expect(childPids(child.pid ?? 0).fluid).toBe(before.fluid);

		// The service crashes: it comes back on its port, the app server keeps running.
		const app = childPids(child.pid ?? 0).app;
		process.kill(before.fluid ?? 0, "SIGKILL");
		await eventually(() => out.text().includes("local Fluid service stopped"), 10_000, "the service's crash notice");
		await eventually(
			() => {
				const now = childPids(child.pid ?? 0).fluid;
				return now !== undefined && now !== before.fluid;
			},
			30_000,
			"a new service",
		);
		await eventually(() => out.text().split("Local Fluid service:").length > 2, 30_000, "the service's second start");
		expect(await answers(`http://127.0.0.1:${fluidPort}/`)).toBe(true);
		expect(childPids(child.pid ?? 0).app).toBe(app);
		child.kill("SIGINT");
		await exited(child);
	});

	it("says which port is busy and how to change it", async () => {
		const busy = await freePort();
		const blocker = createServer();
		servers.push(blocker);
		await new Promise<void>((resolve) => blocker.listen(busy, "127.0.0.1", () => resolve()));
		const child = start({ PORT: String(busy), LOCAL_FLUID_PORT: String(await freePort()) });
		children.push(child);
		const out = output(child);
		expect(await exited(child)).toBe(3);
		expect(out.text()).toContain(`Port ${busy} is already in use`);
		expect(out.text()).toContain("PORT=");
	});

	it("refuses an invalid configuration with the list of problems", async () => {
		const child = start({ PORT: String(await freePort()), FLUID_MODE: "azure", AZURE_TENANT_ID: "t" });
		children.push(child);
		const out = output(child);
		expect(await exited(child)).toBe(2);
		expect(out.text()).toContain("AZURE_FLUID_ENDPOINT is required");
		expect(out.text()).toContain("AZURE_TENANT_KEY is required");
	});
});
