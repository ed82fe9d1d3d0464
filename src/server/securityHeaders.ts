/**
 * Security headers on every answer (@fastify/helmet): a Content Security Policy that lets
 * the page reach only its own origin and the Fluid service, and be framed only by itself
 * and Teams' hosts (frame-ancestors; no X-Frame-Options, which cannot name Teams), no MIME
 * sniffing, no referrer. No third-party origin is allowed to be loaded.
 */
import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";
import type { AppConfig } from "./config";

/** Where Microsoft Teams (web, desktop, Microsoft 365) frames a tab from. */
export const TEAMS_FRAME_ANCESTORS = [
	"https://teams.microsoft.com",
	"https://*.teams.microsoft.com",
	"https://*.teams.microsoft.us",
	"https://*.cloud.microsoft",
	"https://*.office.com",
	"https://*.skype.com",
] as const;

/** Azure Fluid Relay's origin, for HTTP and its WebSocket (the local service is served on the app's own origin). */
function fluidOrigins(config: AppConfig): string[] {
	if (config.fluid.mode === "local") return [];
	const url = new URL(config.fluid.endpoint);
	const ws = url.protocol === "https:" ? "wss:" : "ws:";
	return [url.origin, `${ws}//${url.host}`];
}

export async function securityHeaders(app: FastifyInstance, config: AppConfig): Promise<void> {
	await app.register(helmet, {
		contentSecurityPolicy: {
			useDefaults: false,
			directives: {
				"default-src": ["'self'"],
				"script-src": ["'self'"],
				// Fluent UI (Griffel) writes its styles at run time.
				"style-src": ["'self'", "'unsafe-inline'"],
				"img-src": ["'self'", "data:", "blob:"],
				"font-src": ["'self'", "data:"],
				"connect-src": ["'self'", ...fluidOrigins(config)],
				"worker-src": ["'self'", "blob:"],
				"object-src": ["'none'"],
				"base-uri": ["'self'"],
				"form-action": ["'self'"],
				"frame-ancestors": ["'self'", ...TEAMS_FRAME_ANCESTORS],
			},
		},
		// frame-ancestors says who may frame the app; X-Frame-Options cannot allow Teams.
		frameguard: false,
		// Plain http on one machine must keep working: no HSTS from here (the HTTPS proxy's job).
		strictTransportSecurity: false,
		referrerPolicy: { policy: "no-referrer" },
		crossOriginOpenerPolicy: false,
	});
}
