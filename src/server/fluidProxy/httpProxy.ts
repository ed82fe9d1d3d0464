/**
 * The local Fluid service's REST routes, served on the app's own origin: each request is
 * read (RestLess or plain), its token checked, its route decided by `restAccess`, then
 * rebuilt and sent to the service on its internal loopback port. Only the content type of
 * the answer is passed back (the service's `Access-Control-Allow-Origin: *` is not).
 */
import { request as httpRequest, type IncomingMessage } from "node:http";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { LiveConnections } from "./connections";
import type { CreatedDocuments } from "./created";
import { tokenOfAuthorization, type TokenChecker } from "./fluidToken";
import { restAccess } from "./restPolicy";
import { plainRequest } from "./restless";

/** Summaries travel through here (a whole board when a document is created or restored). */
const BODY_LIMIT = 32 * 1024 * 1024;

export interface ProxyDeps {
	/** The service's internal address (loopback). */
	readonly upstream: string;
	readonly tokens: TokenChecker;
	readonly created: CreatedDocuments;
	readonly connections: LiveConnections;
}

function deny(reply: FastifyReply, status: number, error: string, message: string) {
	return reply.code(status).header("cache-control", "no-store").send({ error, message });
}

function forward(upstream: string, method: string, path: string, headers: Record<string, string>, body: string | undefined) {
	return new Promise<IncomingMessage>((resolve, reject) => {
		const url = new URL(path, upstream);
		const payload = body === undefined ? undefined : Buffer.from(body, "utf8");
		const req = httpRequest(
			url,
			{
				method,
				headers: { ...headers, ...(payload ? { "content-length": String(payload.length) } : {}) },
				timeout: 60_000,
			},
			resolve,
		);
		req.on("timeout", () => req.destroy(new Error("timeout")));
		req.on("error", reject);
		req.end(payload);
	});
}

async function readAll(res: IncomingMessage): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of res) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

/** A creation's body without a chosen id: the service picks a new one, so no existing document can be overwritten. */
function withoutChosenId(body: string | undefined): string | undefined {
	if (body === undefined) return undefined;
	try {
		const parsed = JSON.parse(body) as unknown;
		if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return undefined;
		const { id: _chosen, ...rest } = parsed as Record<string, unknown>;
		return JSON.stringify(rest);
	} catch {
		return undefined;
	}
}

export async function fluidHttpProxy(app: FastifyInstance, deps: ProxyDeps): Promise<void> {
	await app.register(async (scope) => {
		scope.removeAllContentTypeParsers();
		scope.addContentTypeParser("*", { parseAs: "buffer", bodyLimit: BODY_LIMIT }, (_req, body, done) => done(null, body));
		const handler = async (
			req: { method: string; url: string; headers: IncomingMessage["headers"]; body: unknown },
			reply: FastifyReply,
		) => {
			const url = new URL(req.url, "http://fluid.invalid");
			const plain = plainRequest(req.method, req.headers, Buffer.isBuffer(req.body) ? req.body : undefined);
			if (!plain) return deny(reply, 400, "fluidBadRequest", "Unreadable request");
			const jwt = tokenOfAuthorization(plain.authorization);
			const claims = jwt ? await deps.tokens.verify(jwt) : undefined;
			if (!claims || deps.connections.isRevoked(claims)) {
				return deny(reply, 401, "fluidTokenInvalid", "A valid token from this app is required");
			}
			const decision = restAccess(plain.method, url.pathname, url.searchParams, claims);
			if (!decision.ok) return deny(reply, decision.status, "fluidAccessDenied", "Not allowed with this token");
			const body = plain.method === "GET" ? undefined : decision.kind === "create" ? withoutChosenId(plain.body) : plain.body;
			if (plain.method !== "GET" && body === undefined) return deny(reply, 400, "fluidBadRequest", "Unreadable request");
			const headers: Record<string, string> = { authorization: plain.authorization ?? "", accept: "application/json" };
			if (body !== undefined) headers["content-type"] = "application/json";
			let answer: IncomingMessage;
			try {
				answer = await forward(deps.upstream, plain.method, decision.path, headers, body);
			} catch {
				return deny(reply, 502, "fluidUnavailable", "The Fluid service cannot be reached");
			}
			reply.code(answer.statusCode ?? 502).header("cache-control", "no-store");
			const type = answer.headers["content-type"];
			if (type) reply.type(type);
			if (decision.kind === "create") {
				const data = await readAll(answer);
				try {
					const id = JSON.parse(data.toString("utf8")) as unknown;
					if (typeof id === "string" && (answer.statusCode ?? 0) < 300) deps.created.add(id, claims.user.id);
				} catch {
					// Not an id: passed back as it is.
				}
				return reply.send(data);
			}
			return reply.send(answer);
		};
		for (const prefix of ["/documents/*", "/deltas/*", "/repos/*"]) {
			scope.route({ method: ["GET", "POST"], url: prefix, handler });
		}
		// The driver may fall back to long polling; only the WebSocket (checked frame by frame) passes.
		scope.route({
			method: ["GET", "POST"],
			url: "/socket.io/*",
			handler: (_req, reply) => deny(reply, 400, "fluidWebSocketOnly", "Connect with a WebSocket"),
		});
	});
}
