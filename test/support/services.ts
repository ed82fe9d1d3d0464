/**
 * Starts the real parts for tests: the local Fluid service (as `npm start` does) and the
 * app server, on free ports. Used by the global setup and by benchmarks.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildApp } from "../../src/server/app";
import { loadConfig } from "../../src/server/config";
import { openStorage } from "../../src/server/storage/sqlite";
import { ssoVerifier, type SsoVerifier } from "../../src/server/teams/sso";
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from "jose";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on("error", reject);
		server.listen(0, "127.0.0.1", () => {
			const address = server.address();
			const port = typeof address === "object" && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

async function waitForHttp(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (child && child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// not up yet
		}
		if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

export interface LocalFluidService {
	readonly port: number;
	readonly endpoint: string;
	stop(): Promise<void>;
}

export async function startLocalFluid(port?: number): Promise<LocalFluidService> {
	const p = port ?? (await freePort());
	const bin = path.join(ROOT, "node_modules/@fluidframework/azure-local-service/index.js");
	const child = spawn(process.execPath, [bin], {
		env: { ...process.env, PORT: String(p) },
		stdio: ["ignore", "ignore", "pipe"],
	});
	let stderr = "";
	child.stderr?.on("data", (chunk: Buffer) => {
		stderr += chunk.toString();
	});
	try {
		await waitForHttp(`http://127.0.0.1:${p}/`, 30_000, child);
	} catch (error) {
		child.kill("SIGKILL");
		throw new Error(`The local Fluid service did not start: ${String(error)}\n${stderr}`);
	}
	return {
		port: p,
		endpoint: `http://localhost:${p}`,
		stop: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once("exit", () => resolve());
				child.kill("SIGTERM");
				setTimeout(() => child.kill("SIGKILL"), 3000).unref();
			}),
	};
}

export interface AppServer {
	readonly url: string;
	/** Its DATA_DIR (a fresh temporary folder, removed by stop). */
	readonly dataDir: string;
	stop(): Promise<void>;
}

/** Teams single sign-on in tests: our own keys stand in for Microsoft's. */
export const TEST_AAD_APP_ID = "11111111-2222-3333-4444-555555555555";
export const TEST_TEAMS_HOST = "atelier.test";
export const TEST_TENANT = "99999999-8888-7777-6666-555555555555";

export async function testSsoKeys(): Promise<{ verifier: SsoVerifier; privateJwk: JWK }> {
	const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
	const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: "test", alg: "RS256" }] };
	const verifier = ssoVerifier({ keys: createLocalJWKSet(jwks), aadAppId: TEST_AAD_APP_ID, publicHost: TEST_TEAMS_HOST });
	return { verifier, privateJwk: await exportJWK(privateKey) };
}

/** A Teams single sign-on token as Microsoft's identity platform would issue it (signed with the test key). */
export async function testSsoToken(privateJwk: JWK, oid: string, name: string): Promise<string> {
	return new SignJWT({
		tid: TEST_TENANT,
		oid,
		name,
		iss: `https://login.microsoftonline.com/${TEST_TENANT}/v2.0`,
		aud: `api://${TEST_TEAMS_HOST}/${TEST_AAD_APP_ID}`,
	})
		.setProtectedHeader({ alg: "RS256", kid: "test" })
		.setIssuedAt()
		.setExpirationTime("1h")
		.sign(await importJWK(privateJwk, "RS256"));
}

export async function startAppServer(
	fluidEndpoint: string,
	env: Record<string, string> = {},
	sso?: SsoVerifier,
): Promise<AppServer> {
	const dataDir = await mkdtemp(path.join(tmpdir(), "atelier-data-"));
	const config = loadConfig(
		{ FLUID_MODE: "local", LOCAL_FLUID_ENDPOINT: fluidEndpoint, PORT: "0", DATA_DIR: dataDir, ...env },
		ROOT,
	);
	const storage = await openStorage(config.dataDir);
	const app = await buildApp({ config, storage, secret: "test-secret-test-secret-test-secret", sso });
	await app.listen({ host: "127.0.0.1", port: 0 });
	const address = app.server.address();
	const port = typeof address === "object" && address ? address.port : 0;
	return {
		url: `http://localhost:${port}`,
		dataDir: config.dataDir,
		stop: async () => {
			await app.close();
			await storage.close();
			await rm(dataDir, { recursive: true, force: true });
		},
	};
}
