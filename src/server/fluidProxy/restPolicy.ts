/**
 * Which REST requests to the local Fluid service pass, with which token (pure). Every
 * request names one document, and the token must be for that document — except git
 * objects read by their hash (which only a document's own summary names) and their
 * upload while summarizing (`summary:write`). The list of every document
 * (`GET /repos/local/git/refs`) and anything not listed here never pass.
 *
 * A passing request is rebuilt from what was checked (path and the query parameters
 * listed here, canonical), so the service never reads anything the check did not.
 */
import type { FluidClaims } from "./fluidToken";

export type RestDecision =
	| { readonly ok: true; readonly path: string; readonly kind: "create" | "read" | "upload" }
	| { readonly ok: false; readonly status: 401 | 403 | 404; readonly reason: string };

const ID = /^[A-Za-z0-9_-]{1,128}$/;
const NUMBER = /^\d{1,15}$/;
const WORD = /^[A-Za-z0-9_.-]{1,100}$/;
/** A git object's hash (SHA-1, as the service names commits): a document id is a UUID. */
const HASH = /^[0-9a-f]{40}$/;

function canonical(base: string, query: URLSearchParams, allowed: Readonly<Record<string, RegExp>>): string | undefined {
	const out = new URLSearchParams();
	for (const key of new Set(query.keys())) {
		const pattern = allowed[key];
		const values = query.getAll(key);
		const value = values[0];
		if (!pattern || values.length !== 1 || value === undefined || !pattern.test(value)) return undefined;
		out.set(key, value);
	}
	const text = out.toString();
	return text ? `${base}?${text}` : base;
}

const refused = (status: 401 | 403 | 404, reason: string): RestDecision => ({ ok: false, status, reason });

export function restAccess(method: string, pathname: string, query: URLSearchParams, claims: FluidClaims): RestDecision {
	const parts = pathname.split("/").slice(1);
	if (parts.some((p) => !ID.test(p))) return refused(404, "unknown route");
	const has = (scope: FluidClaims["scopes"][number]) => claims.scopes.includes(scope);
	const own = (id: string | undefined) => id !== undefined && claims.documentId !== "" && id === claims.documentId;
	if (!has("doc:read")) return refused(403, "no read scope");
	const [root, tenant, ...rest] = parts;
	if (tenant !== claims.tenantId) return refused(403, "other tenant");
	const tail = rest[rest.length - 1];
	if (method === "POST" && root === "documents" && rest.length === 0) {
		// Creation: a token made for a new document (no id yet), allowed to write.
		if (claims.documentId !== "" || !has("doc:write")) return refused(403, "not a creation token");
		return { ok: true, kind: "create", path: `/documents/${tenant}` };
	}
	if (method === "GET" && root === "documents" && rest.length === 1) {
		if (!own(tail)) return refused(403, "other document");
		return { ok: true, kind: "read", path: `/documents/${tenant}/${tail}` };
	}
	if (method === "GET" && root === "deltas" && rest.length === 1) {
		if (!own(tail)) return refused(403, "other document");
		const path = canonical(`/deltas/${tenant}/${tail}`, query, { from: NUMBER, to: NUMBER, fetchReason: WORD });
		return path ? { ok: true, kind: "read", path } : refused(404, "unknown parameter");
	}
	if (root !== "repos") return refused(404, "unknown route");
	const [area, kind, sha, extra] = rest;
	if (method === "GET" && area === "commits" && rest.length === 1) {
		// The document's own summaries (sha: its id), or the history from a summary the client
		// already knows (sha: that commit's hash, as the summarizer asks before each summary).
		const sha = query.get("sha") ?? undefined;
		const known = own(sha) || (sha !== undefined && HASH.test(sha));
		if (!known) return refused(403, "other document");
		const path = canonical(`/repos/${tenant}/commits`, query, { sha: ID, count: NUMBER });
		return path ? { ok: true, kind: "read", path } : refused(404, "unknown parameter");
	}
	if (area !== "git") return refused(404, "unknown route");
	if (method === "GET" && kind === "refs" && sha === "heads" && extra !== undefined && rest.length === 4) {
		if (!own(extra)) return refused(403, "other document");
		return { ok: true, kind: "read", path: `/repos/${tenant}/git/refs/heads/${extra}` };
	}
	const object = kind === "blobs" || kind === "trees" || kind === "commits";
	if (method === "GET" && object && sha !== undefined && rest.length === 3) {
		const path = canonical(`/repos/${tenant}/git/${kind}/${sha}`, query, { recursive: /^[01]$/ });
		return path ? { ok: true, kind: "read", path } : refused(404, "unknown parameter");
	}
	if (method === "POST" && object && rest.length === 2) {
		if (!has("summary:write") || claims.documentId === "") return refused(403, "no summary scope");
		return { ok: true, kind: "upload", path: `/repos/${tenant}/git/${kind}` };
	}
	return refused(404, "unknown route");
}
