/**
 * Health, server time, public configuration, configuration validation, the client files
 * and the app secret on disk (the database has its own tests: storage-sqlite.test.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import type { PublicFluidConfig } from "../../src/api/types";
import { ConfigError, loadConfig } from "../../src/server/config";
import { appSecret } from "../../src/server/store";
import { measureChunk, WORKSHOP_ROUTE } from "../../scripts/bundle-size.mjs";
import { errorOf, json, makeApp, ROOT, T0 } from "../support/server-helpers";

const AZURE = {
	FLUID_MODE: "azure",
	AZURE_FLUID_ENDPOINT: "https://example.fluidrelay.azure.com",
	AZURE_TENANT_ID: "t",
	AZURE_TENANT_KEY: "super-secret-key",
} as const;

function problemsOf(env: Readonly<Record<string, string>>): readonly string[] {
	try {
		loadConfig(env, ROOT);
	} catch (error) {
		if (error instanceof ConfigError) return error.problems;
		throw error;
	}
	throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

const tempDirs: string[] = [];

async function tempDir(): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), "atelier-store-"));
	tempDirs.push(dir);
	return dir;
}

afterAll(async () => {
	await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("system routes", () => {
	it("GET /api/health says ok and the Fluid mode", async () => {
		const t = await makeApp();
		const response = await t.app.inject({ method: "GET", url: "/api/health" });
		expect(response.statusCode).toBe(200);
		expect(response.json()).toEqual({ ok: true, fluid: "local" });
		const azure = await makeApp(AZURE);
		expect((await azure.app.inject({ method: "GET", url: "/api/health" })).json()).toEqual({ ok: true, fluid: "azure" });
	});

	it("GET /api/time returns the server's clock, never cached", async () => {
		const t = await makeApp({}, { start: T0 + 1234 });
		const first = await t.app.inject({ method: "GET", url: "/api/time" });
		expect(first.statusCode).toBe(200);
		expect(json<{ now: number }>(first)).toEqual({ now: T0 + 1234 });
		expect(first.headers["cache-control"]).toBe("no-store");
		t.clock += 5000;
		const second = await t.app.inject({ method: "GET", url: "/api/time" });
		expect(json<{ now: number }>(second).now).toBe(T0 + 6234);
	});

	it("GET /api/config gives the app itself as the local endpoint, never the service's internal address", async () => {
		const t = await makeApp({ LOCAL_FLUID_ENDPOINT: "http://localhost:7171/" });
		const body = json<{ fluid: PublicFluidConfig }>(await t.app.inject({ method: "GET", url: "/api/config" }));
		expect(body).toEqual({ fluid: { type: "local", endpoint: "/", tenantId: "local" } });
		expect(JSON.stringify(body)).not.toContain("7171");
		expect(JSON.stringify(body)).not.toContain(t.config.fluid.tenantKey);
	});

	it("GET /api/config never contains the Azure tenant key", async () => {
		const t = await makeApp(AZURE);
		const response = await t.app.inject({ method: "GET", url: "/api/config" });
		expect(response.statusCode).toBe(200);
		expect(response.body).not.toContain("super-secret-key");
		expect(json<{ fluid: PublicFluidConfig }>(response)).toEqual({
			fluid: { type: "remote", endpoint: "https://example.fluidrelay.azure.com", tenantId: "t" },
		});
	});

	it("answers an unknown /api/ endpoint with a JSON 404, for GET and POST", async () => {
		const t = await makeApp();
		for (const method of ["GET", "POST"] as const) {
			const response = await t.app.inject({ method, url: "/api/x" });
			expect(response.statusCode).toBe(404);
			expect(response.headers["content-type"]).toMatch(/^application\/json/);
			expect(errorOf(response).error).toBe("notFound");
		}
	});
});

describe("client files", () => {
	const index = path.join(ROOT, "dist/client/index.html");

	it("serves index.html for a workshop link /w/:id (the client routes it)", async () => {
		expect(existsSync(index), "run `npm run build` first").toBe(true);
		const t = await makeApp();
		expect(t.config.clientDir).toBe(path.join(ROOT, "dist/client"));
		const response = await t.app.inject({ method: "GET", url: "/w/some-id" });
		expect(response.statusCode).toBe(200);
		expect(response.headers["content-type"]).toMatch(/^text\/html/);
		// The page itself, with the workshop's first-paint code preloaded beside the entry's.
		const base = readFileSync(index, "utf8");
		const preloads = (html: string) => [...html.matchAll(/rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
		expect(response.body.replace(/<link rel="modulepreload" crossorigin href="[^"]+" data-workshop>/g, "")).toBe(base);
		const added = preloads(response.body).filter((file) => !preloads(base).includes(file));
		const workshopFirstPaint = measureChunk(WORKSHOP_ROUTE).chunks.map((c) => `/${c.file}`);
		expect(added.length).toBeGreaterThan(0);
		expect([...added].sort()).toEqual(workshopFirstPaint.filter((file) => !base.includes(file)).sort());
		// Every preloaded file is served.
		for (const file of added) expect((await t.app.inject({ method: "GET", url: file ?? "" })).statusCode).toBe(200);
	});

	it("preloads nothing more on the landing page or a group's page", async () => {
		const t = await makeApp();
		const base = readFileSync(index, "utf8");
		for (const url of ["/", "/g/new", "/g/some-group"]) expect((await t.app.inject({ method: "GET", url })).body).toBe(base);
	});

	it("serves index.html at / and the built assets with their type", async () => {
		const t = await makeApp();
		const root = await t.app.inject({ method: "GET", url: "/" });
		expect(root.statusCode).toBe(200);
		expect(root.body).toBe(readFileSync(index, "utf8"));
		const script = readdirSync(path.join(ROOT, "dist/client/assets")).find((f) => f.endsWith(".js"));
		expect(script).toBeDefined();
		const asset = await t.app.inject({ method: "GET", url: `/assets/${script ?? ""}` });
		expect(asset.statusCode).toBe(200);
		expect(asset.headers["content-type"]).toMatch(/javascript/);
	});

	it("sends the scripts compressed as the browser accepts, and lets it keep them", async () => {
		const t = await makeApp();
		const dir = path.join(ROOT, "dist/client/assets");
		const largest = readdirSync(dir)
			.filter((f) => f.endsWith(".js"))
			.sort((a, b) => statSync(path.join(dir, b)).size - statSync(path.join(dir, a)).size)[0];
		const raw = readFileSync(path.join(dir, largest ?? ""));
		const get = (encoding?: string) =>
			t.app.inject({
				method: "GET",
				url: `/assets/${largest ?? ""}`,
				headers: encoding === undefined ? {} : { "accept-encoding": encoding },
			});
		const decoded = { br: brotliDecompressSync, gzip: gunzipSync } as const;
		for (const [accepts, sent] of [
			["gzip, deflate, br, zstd", "br"],
			["gzip", "gzip"],
		] as const) {
			const reply = await get(accepts);
			expect(reply.statusCode).toBe(200);
			expect(reply.headers["content-encoding"]).toBe(sent);
			expect(reply.headers["content-type"]).toMatch(/javascript/);
			expect(String(reply.headers.vary)).toMatch(/accept-encoding/i);
			expect(reply.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
			expect(reply.rawPayload.length).toBeLessThan(raw.length * 0.4);
			expect(decoded[sent](reply.rawPayload).equals(raw)).toBe(true);
		}
		const plain = await get();
		expect(plain.headers["content-encoding"]).toBeUndefined();
		expect(plain.rawPayload.equals(raw)).toBe(true);
		// What is not named by its content is asked again each time.
		for (const url of ["/", "/favicon.svg"]) {
			const reply = await t.app.inject({ method: "GET", url, headers: { "accept-encoding": "br" } });
			expect(reply.statusCode).toBe(200);
			expect(String(reply.headers["cache-control"])).not.toContain("immutable");
		}
	});

	it("answers a missing file or /api itself with a 404, never with the app page", async () => {
		const t = await makeApp();
		const missing = await t.app.inject({ method: "GET", url: "/assets/nothing-here.js" });
		expect(missing.statusCode).toBe(404);
		expect(missing.body).not.toContain("<html");
		const api = await t.app.inject({ method: "GET", url: "/api" });
		expect(api.statusCode).toBe(404);
		expect(errorOf(api).error).toBe("notFound");
	});

	it("says the app is not built when the client folder is empty", async () => {
		const dir = await tempDir();
		const t = await makeApp({ CLIENT_DIR: dir });
		const response = await t.app.inject({ method: "GET", url: "/w/some-id" });
		expect(response.statusCode).toBe(404);
		expect(response.body).toContain("npm run build");
		const api = await t.app.inject({ method: "GET", url: "/api/nothing" });
		expect(errorOf(api).error).toBe("notFound");
	});
});

describe("loadConfig", () => {
	it("defaults to the local service on port 7070 and the app on port 3000", () => {
		const config = loadConfig({}, ROOT);
		expect(config.port).toBe(3000);
		expect(config.host).toBe("127.0.0.1");
		expect(config.fluid.mode).toBe("local");
		expect(config.fluid.endpoint).toBe("http://localhost:7070");
		expect(config.fluid.tenantId).toBe("local");
		expect(config.publicUrl).toBe("http://localhost:3000");
		expect(config.tokenLifetimeSeconds).toBe(3600);
		expect(config.clientDir).toBe(path.join(ROOT, "dist/client"));
		expect(config.dataDir).toBe(path.join(ROOT, "data"));
		expect(config.appSecret).toBeUndefined();
	});

	it("reads an Azure configuration", () => {
		const config = loadConfig({ ...AZURE, AZURE_FLUID_ENDPOINT: "https://example.fluidrelay.azure.com/" }, ROOT);
		expect(config.fluid).toEqual({
			mode: "azure",
			endpoint: "https://example.fluidrelay.azure.com",
			tenantId: "t",
			tenantKey: "super-secret-key",
		});
	});

	it("lists every missing Azure setting at once", () => {
		const problems = problemsOf({ FLUID_MODE: "azure" });
		expect(problems).toHaveLength(3);
		expect(problems.some((p) => p.includes("AZURE_FLUID_ENDPOINT"))).toBe(true);
		expect(problems.some((p) => p.includes("AZURE_TENANT_ID"))).toBe(true);
		expect(problems.some((p) => p.includes("AZURE_TENANT_KEY"))).toBe(true);
		const one = problemsOf({ FLUID_MODE: "azure", AZURE_FLUID_ENDPOINT: "https://e.example", AZURE_TENANT_ID: "t" });
		expect(one).toEqual([expect.stringContaining("AZURE_TENANT_KEY")]);
	});

	it("refuses a bad port, naming the variable and the value", () => {
		for (const value of ["abc", "70000", "-1", "80.5"]) {
			const problems = problemsOf({ PORT: value });
			expect(problems).toHaveLength(1);
			expect(problems[0]).toContain("PORT");
			expect(problems[0]).toContain(`"${value}"`);
		}
		expect(problemsOf({ LOCAL_FLUID_PORT: "nope" })[0]).toContain("LOCAL_FLUID_PORT");
	});

	it("refuses an unknown FLUID_MODE", () => {
		const problems = problemsOf({ FLUID_MODE: "cloud" });
		expect(problems).toEqual([expect.stringContaining('FLUID_MODE must be "local" or "azure" (got "cloud")')]);
	});

	it("refuses a token lifetime above one hour or below one minute", () => {
		for (const value of ["3601", "7200", "59", "abc", "600.5"]) {
			expect(problemsOf({ TOKEN_LIFETIME_SECONDS: value })).toEqual([expect.stringContaining("TOKEN_LIFETIME_SECONDS")]);
		}
		expect(loadConfig({ TOKEN_LIFETIME_SECONDS: "3600" }, ROOT).tokenLifetimeSeconds).toBe(3600);
		expect(loadConfig({ TOKEN_LIFETIME_SECONDS: "60" }, ROOT).tokenLifetimeSeconds).toBe(60);
	});

	it("refuses an APP_SECRET shorter than 32 characters", () => {
		expect(problemsOf({ APP_SECRET: "short" })).toEqual(["APP_SECRET must be at least 32 characters long"]);
		expect(loadConfig({ APP_SECRET: "s".repeat(32) }, ROOT).appSecret).toBe("s".repeat(32));
	});

	it("keeps workshops 180 days unless RETENTION_DAYS says otherwise (a whole number from 1 to 3650)", () => {
		expect(loadConfig({}, ROOT).retentionDays).toBe(180);
		expect(loadConfig({ RETENTION_DAYS: "" }, ROOT).retentionDays).toBe(180);
		expect(loadConfig({ RETENTION_DAYS: "1" }, ROOT).retentionDays).toBe(1);
		expect(loadConfig({ RETENTION_DAYS: "3650" }, ROOT).retentionDays).toBe(3650);
		for (const value of ["0", "3651", "-5", "30.5", "abc", "1e9"]) {
			expect(problemsOf({ RETENTION_DAYS: value })).toEqual([
				`RETENTION_DAYS must be a whole number of days between 1 and 3650 (got "${value}")`,
			]);
		}
	});

	it("refuses a non-http endpoint and reports several problems together", () => {
		const problems = problemsOf({ PORT: "x", FLUID_MODE: "cloud", APP_SECRET: "short", PUBLIC_URL: "ftp://h" });
		expect(problems).toHaveLength(4);
		expect(problemsOf({ LOCAL_FLUID_ENDPOINT: "ws://localhost:7070" })[0]).toContain("LOCAL_FLUID_ENDPOINT");
	});

	it("puts every problem in the error message", () => {
		try {
			loadConfig({ FLUID_MODE: "azure" }, ROOT);
			expect.unreachable("loadConfig should throw");
		} catch (error) {
			expect(error).toBeInstanceOf(ConfigError);
			const message = (error as ConfigError).message;
			expect(message).toContain("AZURE_FLUID_ENDPOINT");
			expect(message).toContain("AZURE_TENANT_ID");
			expect(message).toContain("AZURE_TENANT_KEY");
		}
	});
});

describe("appSecret", () => {
	it("persists the generated secret in the data folder", async () => {
		const dir = await tempDir();
		const first = await appSecret(undefined, dir);
		const second = await appSecret(undefined, dir);
		expect(first).toBe(second);
		expect(first.length).toBeGreaterThanOrEqual(32);
		expect((await readFile(path.join(dir, "app-secret"), "utf8")).trim()).toBe(first);
		expect(statSync(path.join(dir, "app-secret")).mode & 0o777).toBe(0o600);
	});

	it("makes a new secret each run when there is no data folder (local mode)", async () => {
		const a = await appSecret(undefined, undefined);
		const b = await appSecret(undefined, undefined);
		expect(a).not.toBe(b);
		expect(a.length).toBeGreaterThanOrEqual(32);
	});

	it("uses the configured secret when there is one", async () => {
		const dir = await tempDir();
		expect(await appSecret("c".repeat(40), dir)).toBe("c".repeat(40));
		expect(existsSync(path.join(dir, "app-secret"))).toBe(false);
	});
});
