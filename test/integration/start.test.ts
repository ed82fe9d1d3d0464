/**
 * `npm start` (scripts/start.mjs): starts the local Fluid service and the app server,
 * prints the address, stops both on Ctrl-C, and says clearly when a port is busy.
 * Runs on the build that `npm test` made.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { freePort, ROOT } from "../support/services";

// The database and the app secret go to a temporary DATA_DIR, never the checkout's ./data.
const dataDir = mkdtempSync(path.join(tmpdir(), "atelier-start-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function start(env: Record<string, string>): ChildProcessWithoutNullStreams {
	return spawn(process.execPath, [path.join(ROOT, "scripts/start.mjs")], {
		cwd: ROOT,
		env: { ...process.env, DATA_DIR: dataDir, ...env },
	});
}

function output(child: ChildProcessWithoutNullStreams): { text: () => string } {
	let text = "";
	child.stdout.on("data", (c: Buffer) => (text += c.toString()));
	child.stderr.on("data", (c: Buffer) => (text += c.toString()));
	return { text: () => text };
}

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
	const deadline = Date.now() + ms;
	while (!check()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 100));
	}
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
	});

	it("serves the app with the local Fluid service, and Ctrl-C stops both", async () => {
		const [appPort, fluidPort] = [await freePort(), await freePort()];
		const child = start({ PORT: String(appPort), LOCAL_FLUID_PORT: String(fluidPort) });
		children.push(child);
		const out = output(child);
		await until(() => out.text().includes("is ready"), 60_000, "the ready line");
		expect(out.text()).toContain(`http://localhost:${appPort}/`);
		expect(await answers(`http://127.0.0.1:${appPort}/api/health`)).toBe(true);
		expect(await answers(`http://127.0.0.1:${fluidPort}/`)).toBe(true);
		const page = await fetch(`http://127.0.0.1:${appPort}/`).then((r) => r.text());
		expect(page).toContain('<div id="root">');
		child.kill("SIGINT");
		await exited(child);
		// Both are gone: neither port answers any more.
		await new Promise((r) => setTimeout(r, 500));
		expect(await answers(`http://127.0.0.1:${appPort}/api/health`)).toBe(false);
		expect(await answers(`http://127.0.0.1:${fluidPort}/`)).toBe(false);
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
