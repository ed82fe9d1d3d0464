/**
 * The Teams app manifest (schema 1.22, template in manifest/manifest.json) for a given
 * public host: a configurable tab for the meeting side panel, stage, chat and details,
 * the RSC permission to share to the stage, single sign-on, French by default with an
 * English localization (manifest/en-us.json).
 */
import { createHash } from "node:crypto";

export interface PackageOptions {
	/** The app's public https address, e.g. https://atelier.example.org */
	readonly publicUrl: string;
	/** The Teams app id (a GUID); derived from the host when absent, so a host always gets the same id. */
	readonly appId?: string | undefined;
	/** The Microsoft Entra app registration used for single sign-on (a GUID). */
	readonly aadAppId: string;
	readonly version: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class PackageError extends Error {}

/** A stable GUID (name-based, SHA-1) for a host. */
export function guidFor(name: string): string {
	const h = createHash("sha1").update(`atelier-entraide:${name}`).digest();
	h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
	h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
	const hex = h.subarray(0, 16).toString("hex");
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function checkOptions(options: PackageOptions): { url: URL; appId: string } {
	let url: URL;
	try {
		url = new URL(options.publicUrl);
	} catch {
		throw new PackageError(`The public address is not a URL: "${options.publicUrl}"`);
	}
	if (url.protocol !== "https:") throw new PackageError("Teams needs the app on https: give an https:// public address");
	if (!GUID.test(options.aadAppId)) {
		throw new PackageError("AAD_APP_ID must be the GUID of the app registration used for single sign-on");
	}
	const appId = options.appId ?? guidFor(url.host);
	if (!GUID.test(appId)) throw new PackageError("TEAMS_APP_ID must be a GUID");
	return { url, appId };
}

/** Fills the template in manifest/ (reviewed as JSON by admins) for this host. */
export function buildManifest(template: string, options: PackageOptions): Record<string, unknown> {
	const { url, appId } = checkOptions(options);
	const values: Record<string, string> = {
		PUBLIC_ORIGIN: `${url.origin}${url.pathname.replace(/\/+$/, "")}`,
		PUBLIC_HOST: url.host,
		APP_ID: appId,
		AAD_APP_ID: options.aadAppId,
		VERSION: options.version,
	};
	const filled = template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
		const value = values[key];
		if (value === undefined) throw new PackageError(`Unknown placeholder {{${key}}} in the manifest template`);
		// Values go inside JSON strings: escape them as JSON does.
		return JSON.stringify(value).slice(1, -1);
	});
	return JSON.parse(filled) as Record<string, unknown>;
}
