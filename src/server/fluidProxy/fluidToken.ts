/**
 * What the proxy in front of the local Fluid service accepts as a token: one the app
 * signed (HS256 with the tenant key; `alg: none` and any other algorithm refused), not
 * expired, for the local tenant, with a user id and name and known scopes. The service
 * then takes the user, the document and the scopes from these claims, as Azure does.
 */
import { jwtVerify } from "jose";
import type { FluidScope } from "../tokens";

export interface FluidClaims {
	/** Empty for the creation of a new document. */
	readonly documentId: string;
	readonly tenantId: string;
	readonly scopes: readonly FluidScope[];
	readonly user: { readonly id: string; readonly name: string };
	/** Issue and expiry, seconds since the epoch. */
	readonly iat: number;
	readonly exp: number;
}

const SCOPES: readonly string[] = ["doc:read", "doc:write", "summary:write"];

function isScopeList(value: unknown): value is FluidScope[] {
	return Array.isArray(value) && value.every((s) => typeof s === "string" && SCOPES.includes(s));
}

export interface TokenChecker {
	verify(jwt: string): Promise<FluidClaims | undefined>;
}

export function tokenChecker(tenantId: string, tenantKey: string, now: () => number = Date.now): TokenChecker {
	const key = new TextEncoder().encode(tenantKey);
	return {
		async verify(jwt) {
			if (jwt.length > 8000) return undefined;
			try {
				const { payload } = await jwtVerify(jwt, key, {
					algorithms: ["HS256"],
					currentDate: new Date(now()),
					requiredClaims: ["exp", "iat"],
				});
				const { documentId, scopes, user, exp, iat } = payload as Record<string, unknown>;
				if (payload.tenantId !== tenantId || typeof documentId !== "string" || !isScopeList(scopes)) return undefined;
				if (typeof exp !== "number" || typeof iat !== "number" || typeof user !== "object" || user === null) return undefined;
				const { id, name } = user as Record<string, unknown>;
				if (typeof id !== "string" || typeof name !== "string" || id === "" || name === "") return undefined;
				return { documentId, tenantId, scopes, user: { id, name }, iat, exp };
			} catch {
				return undefined;
			}
		},
	};
}

/**
 * The token of a REST request, as the Fluid driver sends it: `Basic <jwt>` to the
 * orderer (documents, deltas), `Basic base64(tenant:jwt)` to storage, or `Bearer <jwt>`.
 */
export function tokenOfAuthorization(header: string | undefined): string | undefined {
	if (!header) return undefined;
	const match = /^(Basic|Bearer) ([A-Za-z0-9._~+/=-]+)$/.exec(header.trim());
	if (!match?.[2]) return undefined;
	const value = match[2];
	if (value.split(".").length === 3) return value;
	if (match[1] !== "Basic") return undefined;
	const decoded = Buffer.from(value, "base64").toString("utf8");
	const colon = decoded.indexOf(":");
	const jwt = colon >= 0 ? decoded.slice(colon + 1) : "";
	return jwt.split(".").length === 3 ? jwt : undefined;
}
