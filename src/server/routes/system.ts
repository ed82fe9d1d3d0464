/** Health, server time (the clock every client's timers follow) and the public Fluid settings. */
import type { FastifyInstance } from "fastify";
import { publicFluidConfig, type AppConfig } from "../config";

export function systemRoutes(app: FastifyInstance, config: AppConfig, now: () => number): void {
	app.get("/api/health", async () => ({ ok: true, fluid: config.fluid.mode }));
	app.get("/api/time", async (_req, reply) => {
		reply.header("cache-control", "no-store");
		return { now: now() };
	});
	app.get("/api/config", async () => ({ fluid: publicFluidConfig(config) }));
}
