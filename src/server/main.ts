/**
 * Starts the app server: validated configuration, the workshop store, then listen.
 * The embedded local Fluid service is started beside it by `scripts/start.mjs`.
 */
import { buildApp } from "./app";
import { ConfigError, loadConfig, type AppConfig } from "./config";
import { appSecret, FileStore, MemoryStore } from "./store";
import { microsoftKeys, ssoVerifier } from "./teams/sso";

async function main(): Promise<void> {
	let config: AppConfig;
	try {
		config = loadConfig();
	} catch (error) {
		if (error instanceof ConfigError) {
			console.error(error.message);
			process.exit(2);
		}
		throw error;
	}
	const local = config.fluid.mode === "local";
	const store = local ? new MemoryStore() : await FileStore.open(config.dataDir);
	const secret = await appSecret(config.appSecret, local ? undefined : config.dataDir);
	const sso = config.teams
		? ssoVerifier({
				keys: microsoftKeys(),
				aadAppId: config.teams.aadAppId,
				publicHost: new URL(config.publicUrl).host,
				tenantId: config.teams.tenantId,
			})
		: undefined;
	const app = await buildApp({ config, store, secret, sso, logger: process.env.LOG_REQUESTS === "1" });
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
		`Fluid service: ${config.fluid.mode === "local" ? `local (${config.fluid.endpoint})` : `Azure Fluid Relay (${config.fluid.endpoint})`}`,
	);
	const stop = async () => {
		await app.close();
		process.exit(0);
	};
	process.once("SIGINT", stop);
	process.once("SIGTERM", stop);
}

void main();
