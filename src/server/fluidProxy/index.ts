/**
 * The local Fluid service behind the app: its REST routes and its WebSocket are served on
 * the app's own origin, and a request passes only with a token the app signed, for that
 * document, with the scopes the app granted, unexpired, for the user the app named. The
 * service itself listens on loopback, on an internal port. (On Azure Fluid Relay the
 * service checks tokens itself: no proxy.)
 */
import type { FastifyInstance } from "fastify";
import type { AppConfig } from "../config";
import type { LiveConnections } from "./connections";
import type { CreatedDocuments } from "./created";
import { tokenChecker } from "./fluidToken";
import { fluidHttpProxy } from "./httpProxy";
import { fluidSocketProxy } from "./socketProxy";

export async function fluidProxy(
	app: FastifyInstance,
	config: AppConfig,
	created: CreatedDocuments,
	connections: LiveConnections,
	now: () => number,
): Promise<void> {
	if (config.fluid.mode !== "local") return;
	const tokens = tokenChecker(config.fluid.tenantId, config.fluid.tenantKey, now);
	await fluidHttpProxy(app, { upstream: config.fluid.endpoint, tokens, created, connections });
	fluidSocketProxy(app, config.fluid.endpoint, tokens, connections, now);
}
