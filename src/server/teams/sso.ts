/**
 * Teams single sign-on: the token from `authentication.getAuthToken()` is verified here
 * (signature against the identity platform's keys, audience, issuer, expiry) before any
 * Fluid token is issued to a Teams user. The keys are injectable, so tests stand in for
 * Microsoft's with their own.
 */
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from "jose";

export interface TeamsUser {
	/** The user's object id in their tenant (stable). */
	readonly oid: string;
	readonly tid: string;
	readonly name: string;
}

export interface SsoVerifier {
	/** The user, or undefined when the token is forged, expired or for another app. */
	verify(token: string): Promise<TeamsUser | undefined>;
}

export interface SsoOptions {
	readonly keys: JWTVerifyGetKey;
	/** The Entra app registration of the app (webApplicationInfo.id). */
	readonly aadAppId: string;
	/** The public host (webApplicationInfo.resource is api://host/aadAppId). */
	readonly publicHost: string;
	/** Accept only this tenant's users, when set. */
	readonly tenantId?: string | undefined;
	readonly now?: () => number;
}

/** Microsoft identity platform signing keys (fetched and cached by jose). */
export function microsoftKeys(): JWTVerifyGetKey {
	return createRemoteJWKSet(new URL("https://login.microsoftonline.com/common/discovery/v2.0/keys"));
}

export function ssoVerifier(options: SsoOptions): SsoVerifier {
	const audience = [`api://${options.publicHost}/${options.aadAppId}`, options.aadAppId];
	return {
		async verify(token) {
			try {
				const { payload } = await jwtVerify(token, options.keys, {
					audience,
					algorithms: ["RS256"],
					...(options.now ? { currentDate: new Date(options.now()) } : {}),
				});
				const { tid, oid, iss } = payload;
				const name = typeof payload.name === "string" ? payload.name : payload.preferred_username;
				if (typeof tid !== "string" || typeof oid !== "string" || typeof name !== "string" || name.trim() === "")
					return undefined;
				const issuers = [`https://login.microsoftonline.com/${tid}/v2.0`, `https://sts.windows.net/${tid}/`];
				if (typeof iss !== "string" || !issuers.includes(iss)) return undefined;
				if (options.tenantId && tid !== options.tenantId) return undefined;
				return { oid, tid, name: name.trim().slice(0, 60) };
			} catch {
				return undefined;
			}
		},
	};
}

/** The app's user id for a Teams user. */
export function teamsUserId(user: TeamsUser): string {
	return `t-${user.oid}`;
}
