/**
 * Starts the real parts for tests: the local Fluid service (as `npm start` does) and the
 * app server, on free ports. Used by the global setup and by benchmarks.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { startLocalFluidService } from "../../scripts/local-fluid.mjs";
import { startArchiver } from "../../src/server/archive/start";
import { buildApp } from "../../src/server/app";
import { archiverEvents, LiveConnections } from "../../src/server/fluidProxy/connections";
import { loadConfig, withAppSecret } from "../../src/server/config";
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

export interface LocalFluidService {
	readonly port: number;
	readonly endpoint: string;
	/** The DATA_DIR it keeps its files under (in `fluid/`), as `npm start` shares it with the app. */
	readonly dataDir: string;
	stop(): Promise<void>;
}

/** The local Fluid service as `npm start` runs it (loopback only, its files in a folder of its own). */
export async function startLocalFluid(port?: number): Promise<LocalFluidService> {
	const dataDir = await mkdtemp(path.join(tmpdir(), "atelier-fluid-"));
	const service = await startLocalFluidService({ port: port ?? (await freePort()), dataDir, stderr: "ignore" });
	return {
		port: service.port,
		endpoint: service.endpoint,
		dataDir,
		stop: async () => {
			await service.stop();
			await rm(dataDir, { recursive: true, force: true });
		},
	};
}

export interface AppServer {
	readonly url: string;
	/** Its DATA_DIR (a fresh temporary folder removed by stop, unless one was given). */
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
	// A DATA_DIR of its own, unless given one (shared with the local service, as under npm start).
	const own = env.DATA_DIR === undefined;
	const dataDir = env.DATA_DIR ?? (await mkdtemp(path.join(tmpdir(), "atelier-data-")));
	const secret = "test-secret-test-secret-test-secret";
	const config = withAppSecret(
		loadConfig(
			// Every simulated person of the suite comes from one address: limits scaled up.
			{ FLUID_MODE: "local", LOCAL_FLUID_ENDPOINT: fluidEndpoint, PORT: "0", RATE_LIMIT_SCALE: "100", ...env, DATA_DIR: dataDir },
			ROOT,
		),
		secret,
	);
	const storage = await openStorage(config.dataDir);
	// As main.ts does: the archive reads every bound workshop (and marks ended ones).
	const connections = new LiveConnections();
	const archiver = startArchiver(config, storage, () => undefined, archiverEvents(connections));
	const app = await buildApp({ config, storage, hooks: archiver, secret, sso, connections });
	await app.listen({ host: "127.0.0.1", port: 0 });
	const address = app.server.address();
	const port = typeof address === "object" && address ? address.port : 0;
	return {
		url: `http://localhost:${port}`,
		dataDir: config.dataDir,
		stop: async () => {
			await app.close();
			await archiver.stop();
			await storage.close();
			if (own) await rm(dataDir, { recursive: true, force: true });
		},
	};
}
