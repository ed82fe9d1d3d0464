/**
 * Rate limits per client address (@fastify/rate-limit), one table for the routes that
 * cost or create something: a workshop's creation, joining, facilitator and Teams
 * sign-ins, Fluid tokens, the list of one's workshops, deletion. Generous for a person,
 * a wall for a script. RATE_LIMIT_SCALE multiplies them (a test server shared by many
 * simulated people on one address).
 */
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";

export interface RateRule {
	readonly method: string;
	/** The route as registered. */
	readonly url: string;
	/** Requests per minute from one address. */
	readonly perMinute: number;
}

export const RATE_RULES: readonly RateRule[] = [
	{ method: "POST", url: "/api/workshops", perMinute: 10 },
	{ method: "POST", url: "/api/teams/workshops", perMinute: 10 },
	{ method: "POST", url: "/api/workshops/:id/join", perMinute: 30 },
	{ method: "POST", url: "/api/workshops/:id/teams-join", perMinute: 30 },
	{ method: "POST", url: "/api/workshops/:id/facilitator", perMinute: 30 },
	{ method: "POST", url: "/api/workshops/:id/links", perMinute: 30 },
	{ method: "POST", url: "/api/workshops/:id/handoff", perMinute: 30 },
	{ method: "POST", url: "/api/workshops/mine", perMinute: 30 },
	{ method: "POST", url: "/api/teams/workshops/mine", perMinute: 30 },
	{ method: "DELETE", url: "/api/workshops/:id", perMinute: 30 },
	// Codev groups (issue 12): creating, joining, starting a session, deleting; and the
	// views read every session's archive, so they are bounded too.
	{ method: "POST", url: "/api/groups", perMinute: 10 },
	{ method: "POST", url: "/api/groups/:id/join", perMinute: 30 },
	{ method: "POST", url: "/api/groups/:id/view", perMinute: 60 },
	{ method: "POST", url: "/api/groups/:id/learnings", perMinute: 60 },
	{ method: "POST", url: "/api/groups/:id/workshops", perMinute: 10 },
	{ method: "PUT", url: "/api/groups/:id/next-facilitator", perMinute: 30 },
	{ method: "DELETE", url: "/api/groups/:id", perMinute: 30 },
	{ method: "DELETE", url: "/api/groups/:id/members/me", perMinute: 30 },
	{ method: "POST", url: "/api/workshops/:id/group-join", perMinute: 30 },
	{ method: "POST", url: "/api/workshops/:id/continuity", perMinute: 60 },
	{ method: "PUT", url: "/api/workshops/:id/returns/:actionId", perMinute: 60 },
	// A page asks for two tokens when it opens, and again as they expire or it reconnects.
	{ method: "POST", url: "/api/token", perMinute: 300 },
];

/** Registers the limiter and gives each listed route its limit (call before the routes). */
export async function rateLimits(app: FastifyInstance, scale: number): Promise<void> {
	app.addHook("onRoute", (route) => {
		const methods = Array.isArray(route.method) ? route.method : [route.method];
		const rule = RATE_RULES.find((r) => r.url === route.url && methods.includes(r.method));
		if (!rule) return;
		route.config = {
			...(route.config ?? {}),
			rateLimit: { max: Math.round(rule.perMinute * scale), timeWindow: 60_000 },
		} as typeof route.config;
	});
	await app.register(rateLimit, {
		global: false,
		errorResponseBuilder: (_request, context) => ({
			statusCode: 429,
			error: "rateLimited",
			message: `Too many requests: try again in ${Math.ceil(context.ttl / 1000)} s`,
		}),
	});
}
