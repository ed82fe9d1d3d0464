/**
 * Server configuration, from the environment, validated once at start.
 * Embedded local Fluid service by default; Azure Fluid Relay by configuration.
 */
import { createHmac, randomBytes } from "node:crypto";
import path from "node:path";

export interface LocalFluid {
	readonly mode: "local";
	/**
	 * Internal address of the local Fluid service (loopback). Browsers never reach it: the
	 * app serves its routes on its own origin and checks every token (src/server/fluidProxy).
	 */
	readonly endpoint: string;
	/** Port to start the embedded service on (npm start), if it is embedded. */
	readonly port: number;
	readonly tenantId: "local";
	/** Signs and checks the tokens (the service checks none): derived from the app secret, see `withAppSecret`. */
	readonly tenantKey: string;
}

export interface AzureFluid {
	readonly mode: "azure";
	readonly endpoint: string;
	readonly tenantId: string;
	readonly tenantKey: string;
}

export interface AppConfig {
	readonly host: string;
	readonly port: number;
	readonly fluid: LocalFluid | AzureFluid;
	/** Where the database (atelier.db) and the app secret are kept, in both modes. */
	readonly dataDir: string;
	/** Workshops created more than this many days ago are erased (daily check). */
	readonly retentionDays: number;
	/** The most workshops the registry keeps (creation beyond it is refused). */
	readonly maxWorkshops: number;
	/** Multiplies every rate limit (1: the defaults of rateLimits.ts). */
	readonly rateLimitScale: number;
	/** Secret that signs identity tickets; generated (and kept in dataDir) when absent. */
	readonly appSecret?: string | undefined;
	/** Public address of the app (Teams package, links); defaults to http://localhost:PORT. */
	readonly publicUrl: string;
	/** Built client files. */
	readonly clientDir: string;
	/** Lifetime of a Fluid token, seconds (at most one hour). */
	readonly tokenLifetimeSeconds: number;
	/** Teams single sign-on: the Entra app registration (and, optionally, the only tenant accepted). */
	readonly teams?: { readonly aadAppId: string; readonly tenantId?: string | undefined } | undefined;
}

export class ConfigError extends Error {
	constructor(readonly problems: readonly string[]) {
		super(`Invalid configuration:\n- ${problems.join("\n- ")}`);
	}
}

type Env = Readonly<Record<string, string | undefined>>;

function port(env: Env, name: string, fallback: number, problems: string[]): number {
	const raw = env[name];
	if (raw === undefined || raw === "") return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 0 || value > 65535) {
		problems.push(`${name} must be a port number between 0 and 65535 (got "${raw}")`);
		return fallback;
	}
	return value;
}

function url(env: Env, name: string, problems: string[]): string | undefined {
	const raw = env[name];
	if (!raw) return undefined;
	try {
		const parsed = new URL(raw);
		if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error("protocol");
		return raw.replace(/\/+$/, "");
	} catch {
		problems.push(`${name} must be an http(s) URL (got "${raw}")`);
		return undefined;
	}
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
	const problems: string[] = [];
	const appPort = port(env, "PORT", 3000, problems);
	const mode = env.FLUID_MODE ?? "local";
	let fluid: LocalFluid | AzureFluid | undefined;
	if (mode === "local") {
		const localPort = port(env, "LOCAL_FLUID_PORT", 7070, problems);
		const endpoint = url(env, "LOCAL_FLUID_ENDPOINT", problems) ?? `http://localhost:${localPort}`;
		// A key of this process only, until `withAppSecret` derives the lasting one.
		fluid = { mode: "local", endpoint, port: localPort, tenantId: "local", tenantKey: randomBytes(32).toString("base64url") };
	} else if (mode === "azure") {
		const endpoint = url(env, "AZURE_FLUID_ENDPOINT", problems);
		const tenantId = env.AZURE_TENANT_ID;
		const tenantKey = env.AZURE_TENANT_KEY;
		if (!endpoint) problems.push("AZURE_FLUID_ENDPOINT is required when FLUID_MODE=azure (the Fluid Relay service endpoint)");
		if (!tenantId) problems.push("AZURE_TENANT_ID is required when FLUID_MODE=azure");
		if (!tenantKey) problems.push("AZURE_TENANT_KEY is required when FLUID_MODE=azure (primary or secondary key)");
		if (endpoint && tenantId && tenantKey) fluid = { mode: "azure", endpoint, tenantId, tenantKey };
	} else {
		problems.push(`FLUID_MODE must be "local" or "azure" (got "${mode}")`);
	}
	const lifetime = Number(env.TOKEN_LIFETIME_SECONDS ?? 3600);
	if (!Number.isInteger(lifetime) || lifetime < 60 || lifetime > 3600) {
		problems.push("TOKEN_LIFETIME_SECONDS must be a whole number between 60 and 3600 (Fluid tokens expire within an hour)");
	}
	if (env.APP_SECRET !== undefined && env.APP_SECRET.length < 32) {
		problems.push("APP_SECRET must be at least 32 characters long");
	}
	const retention = env.RETENTION_DAYS === undefined || env.RETENTION_DAYS === "" ? 180 : Number(env.RETENTION_DAYS);
	if (!Number.isInteger(retention) || retention < 1 || retention > 3650) {
		problems.push(`RETENTION_DAYS must be a whole number of days between 1 and 3650 (got "${env.RETENTION_DAYS ?? ""}")`);
	}
	const scale = env.RATE_LIMIT_SCALE === undefined || env.RATE_LIMIT_SCALE === "" ? 1 : Number(env.RATE_LIMIT_SCALE);
	if (!Number.isFinite(scale) || scale < 1 || scale > 10_000) {
		problems.push(`RATE_LIMIT_SCALE must be a number between 1 and 10000 (got "${env.RATE_LIMIT_SCALE ?? ""}")`);
	}
	const maxWorkshops = env.MAX_WORKSHOPS === undefined || env.MAX_WORKSHOPS === "" ? 10_000 : Number(env.MAX_WORKSHOPS);
	if (!Number.isInteger(maxWorkshops) || maxWorkshops < 1 || maxWorkshops > 10_000_000) {
		problems.push(`MAX_WORKSHOPS must be a whole number between 1 and 10000000 (got "${env.MAX_WORKSHOPS ?? ""}")`);
	}
	const publicUrl = url(env, "PUBLIC_URL", problems) ?? `http://localhost:${appPort}`;
	const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
	if (env.AAD_APP_ID !== undefined && !guid.test(env.AAD_APP_ID))
		problems.push("AAD_APP_ID must be a GUID (the app registration's id)");
	if (env.AAD_TENANT_ID !== undefined && !guid.test(env.AAD_TENANT_ID)) problems.push("AAD_TENANT_ID must be a GUID");
	if (problems.length > 0 || !fluid) throw new ConfigError(problems);
	return {
		host: env.HOST ?? "127.0.0.1",
		port: appPort,
		fluid,
		dataDir: path.resolve(cwd, env.DATA_DIR ?? "data"),
		appSecret: env.APP_SECRET,
		publicUrl,
		clientDir: path.resolve(cwd, env.CLIENT_DIR ?? "dist/client"),
		tokenLifetimeSeconds: lifetime,
		retentionDays: retention,
		rateLimitScale: scale,
		maxWorkshops,
		teams: env.AAD_APP_ID ? { aadAppId: env.AAD_APP_ID, tenantId: env.AAD_TENANT_ID } : undefined,
	};
}

/**
 * In local mode, the key that signs Fluid tokens comes from the app secret (kept in
 * DATA_DIR), so tokens stay valid across restarts and no one else can make one.
 */
export function withAppSecret(config: AppConfig, secret: string): AppConfig {
	if (config.fluid.mode !== "local") return config;
	const tenantKey = createHmac("sha256", secret).update("atelier-entraide/local-fluid-tenant-key").digest("base64url");
	return { ...config, fluid: { ...config.fluid, tenantKey } };
}

/**
 * What the browser may know of the configuration: never the tenant key. In local mode the
 * Fluid endpoint is the app itself ("/", resolved against the app's address by the client).
 */
export function publicFluidConfig(config: AppConfig): { type: "local" | "remote"; endpoint: string; tenantId: string } {
	return config.fluid.mode === "local"
		? { type: "local", endpoint: "/", tenantId: "local" }
		: { type: "remote", endpoint: config.fluid.endpoint, tenantId: config.fluid.tenantId };
}
