/**
 * Starts the app server: validated configuration, the store (SQLite in DATA_DIR, both
 * modes), the retention check (at start, then daily), then listen.
 * The embedded local Fluid service is started beside it by `scripts/start.mjs`.
 */
import { startArchiver } from "./archive/start";
import { buildApp } from "./app";
import { archiverEvents, LiveConnections } from "./fluidProxy/connections";
import { ConfigError, loadConfig, withAppSecret, type AppConfig } from "./config";
import type { ErasureDeps } from "./erasure";
import { DAY_MS, eraseExpired, eraseExpiredGroups } from "./retention";
import { openStorage } from "./storage/sqlite";
import type { Storage } from "./storage/types";
import { appSecret } from "./store";
import { microsoftKeys, ssoVerifier } from "./teams/sso";

async function main(): Promise<void> {
	let loaded: AppConfig;
	try {
		loaded = loadConfig();
	} catch (error) {
		if (error instanceof ConfigError) {
			console.error(error.message);
			process.exit(2);
		}
		throw error;
	}
	let storage: Storage;
	try {
		storage = await openStorage(loaded.dataDir);
	} catch (error) {
		console.error(
			`The database in ${loaded.dataDir} cannot be opened: ${error instanceof Error ? error.message : String(error)}`,
		);
		process.exit(2);
	}
	// Kept in DATA_DIR in both modes, so identity tickets outlive a restart.
	const secret = await appSecret(loaded.appSecret, loaded.dataDir);
	const config = withAppSecret(loaded, secret);
	// The archiver keeps every active workshop's latest state and restores lost documents.
	// The Fluid sockets the app relays: a workshop's end closes its write connections.
	const connections = new LiveConnections();
	const archiver = startArchiver(config, storage, (message) => console.error(message), archiverEvents(connections));
	// The same erasure as the route's.
	const erasure: ErasureDeps = { storage, hooks: archiver };
	await retention(erasure, config.retentionDays);
	setInterval(() => void retention(erasure, config.retentionDays), DAY_MS).unref();
	const sso = config.teams
		? ssoVerifier({
				keys: microsoftKeys(),
				aadAppId: config.teams.aadAppId,
				publicHost: new URL(config.publicUrl).host,
				tenantId: config.teams.tenantId,
			})
		: undefined;
	const app = await buildApp({
		config,
		storage,
		hooks: archiver,
		secret,
		sso,
		connections,
		logger: process.env.LOG_REQUESTS === "1",
	});
	try {
		await app.listen({ host: config.host, port: config.port });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
			console.error(`Port ${config.port} is already in use. Stop the other program or set PORT to a free port.`);
			process.exit(3);
		}
		throw error;
	}
	const address = app.server.address();
	const port = typeof address === "object" && address ? address.port : config.port;
	console.log(`Atelier d'entraide is ready: http://localhost:${port}/`);
	console.log(
		`Fluid service: ${config.fluid.mode === "local" ? `local (internal ${config.fluid.endpoint}, served through the app with its tokens checked)` : `Azure Fluid Relay (${config.fluid.endpoint})`}`,
	);
	const stop = async () => {
		await app.close();
		await archiver.stop();
		await storage.close();
		process.exit(0);
	};
	process.once("SIGINT", stop);
	process.once("SIGTERM", stop);
}

/** Erases what is past the retention limit; logs only how many. */
async function retention(deps: ErasureDeps, days: number): Promise<void> {
	try {
		const erased = await eraseExpired({ ...deps, now: Date.now(), days });
		if (erased > 0) console.log(`Retention: ${erased} workshop(s) older than ${days} days erased`);
		const groups = await eraseExpiredGroups({ ...deps, now: Date.now(), days });
		if (groups > 0) console.log(`Retention: ${groups} group(s) older than ${days} days, with no workshop left, erased`);
	} catch (error) {
		console.error(`Retention check failed: ${error instanceof Error ? error.message : String(error)}`);
	}
}

void main();
