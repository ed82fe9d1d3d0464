/**
 * The Fluid driver's "RestLess" requests: to avoid CORS preflights it sends every REST
 * call as a form POST (`application/x-www-form-urlencoded;restless`) whose fields carry
 * the real method, headers and body. The proxy reads them into one plain request, checks
 * that, and forwards only that (pure).
 */

export interface PlainRequest {
	readonly method: string;
	readonly authorization: string | undefined;
	readonly contentType: string | undefined;
	readonly body: string | undefined;
}

export function isRestLess(method: string, contentType: string | undefined): boolean {
	if (method !== "POST" || !contentType) return false;
	const parts = contentType
		.toLowerCase()
		.split(";")
		.map((p) => p.trim());
	return parts.includes("application/x-www-form-urlencoded") && parts.includes("restless");
}

/** The request as the service would read it; undefined when it cannot be read. */
export function plainRequest(
	method: string,
	headers: Readonly<Record<string, string | string[] | undefined>>,
	raw: Buffer | undefined,
): PlainRequest | undefined {
	const one = (v: string | string[] | undefined) => (Array.isArray(v) ? undefined : v);
	const contentType = one(headers["content-type"]);
	if (!isRestLess(method, contentType)) {
		return {
			method,
			authorization: one(headers.authorization),
			contentType,
			body: raw && raw.length > 0 ? raw.toString("utf8") : undefined,
		};
	}
	const fields = new URLSearchParams(raw ? raw.toString("utf8") : "");
	const methods = fields.getAll("method");
	const bodies = fields.getAll("body");
	const realMethod = methods[0]?.toUpperCase();
	if (methods.length !== 1 || !realMethod || !/^[A-Z]{3,7}$/.test(realMethod) || bodies.length > 1) return undefined;
	let authorization: string | undefined;
	let type: string | undefined;
	for (const header of fields.getAll("header")) {
		const at = header.indexOf(": ");
		if (at <= 0) continue;
		const name = header.slice(0, at).toLowerCase();
		const value = header.slice(at + 2);
		if (name === "authorization") {
			if (authorization !== undefined) return undefined;
			authorization = value;
		} else if (name === "content-type") type = value;
	}
	return { method: realMethod, authorization, contentType: type ?? "application/json", body: bodies[0] };
}
