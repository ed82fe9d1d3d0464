/**
 * The Fluid WebSocket on the app's origin (`/socket.io/`): the browser's socket is relayed
 * to the local service's internal port, and every frame the browser sends is read first
 * (`readClientFrame`). `connect_document` passes only with a token this app signed, for
 * the document it names; the service then takes the user and the scopes from that token
 * (a read-only token gets a read-only connection). Unknown events, namespaces and binary
 * frames close the socket. The socket closes when its token expires (the driver
 * reconnects with a fresh one), as Azure Fluid Relay does.
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { FastifyInstance } from "fastify";
import WebSocket, { WebSocketServer, type RawData } from "ws";
import type { LiveConnections } from "./connections";
import type { TokenChecker } from "./fluidToken";
import { readClientFrame, serverEvent } from "./socketFrames";

const MAX_FRAME = 4 * 1024 * 1024;
const QUERY = /^[A-Za-z0-9_-]{1,128}$/;

function upstreamUrl(upstream: string, search: URLSearchParams): string | undefined {
	if (search.get("EIO") !== "4" || search.get("transport") !== "websocket") return undefined;
	const out = new URLSearchParams();
	for (const key of ["documentId", "tenantId"]) {
		const value = search.get(key);
		if (value !== null) {
			if (!QUERY.test(value)) return undefined;
			out.set(key, value);
		}
	}
	out.set("EIO", "4");
	out.set("transport", "websocket");
	const url = new URL(`/socket.io/?${out.toString()}`, upstream);
	url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
	return url.toString();
}

function refuseUpgrade(socket: Duplex, status: string): void {
	socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function relay(client: WebSocket, target: string, tokens: TokenChecker, connections: LiveConnections, now: () => number): void {
	const upstream = new WebSocket(target, { maxPayload: MAX_FRAME });
	const waiting: string[] = [];
	let expiry: NodeJS.Timeout | undefined;
	let expiresAt = Number.POSITIVE_INFINITY;
	let chain = Promise.resolve();
	const registered: Array<() => void> = [];
	const close = (code: number) => {
		if (expiry) clearTimeout(expiry);
		for (const remove of registered.splice(0)) remove();
		if (client.readyState === WebSocket.OPEN || client.readyState === WebSocket.CONNECTING) client.close(code);
		if (upstream.readyState === WebSocket.OPEN) upstream.close();
		else if (upstream.readyState === WebSocket.CONNECTING) upstream.terminate();
	};
	const send = (text: string) => {
		if (upstream.readyState === WebSocket.OPEN) upstream.send(text);
		else waiting.push(text);
	};
	upstream.on("open", () => {
		for (const text of waiting.splice(0)) upstream.send(text);
	});
	upstream.on("message", (data: RawData, binary: boolean) => {
		if (client.readyState === WebSocket.OPEN) client.send(data, { binary });
	});
	upstream.on("close", () => close(1000));
	upstream.on("error", () => close(1011));
	client.on("close", () => close(1000));
	client.on("error", () => close(1011));
	const check = async (text: string) => {
		const frame = readClientFrame(text);
		if (frame.kind === "refuse") return close(1008);
		if (frame.kind === "pass" || frame.name !== "connect_document") return send(text);
		const message = frame.args[0] as { token?: unknown; id?: unknown; tenantId?: unknown } | undefined;
		const claims = message && typeof message.token === "string" ? await tokens.verify(message.token) : undefined;
		const valid =
			claims !== undefined &&
			!connections.isRevoked(claims) &&
			claims.documentId !== "" &&
			claims.documentId === message?.id &&
			claims.tenantId === message?.tenantId;
		if (!valid) {
			if (client.readyState === WebSocket.OPEN) {
				// 401: the driver asks the app for a fresh token once (a revoked write token becomes a read-only one).
				client.send(serverEvent("connect_document_error", { code: 401, message: "Invalid token", canRetry: false }));
			}
			return;
		}
		registered.push(
			connections.add({
				documentId: claims.documentId,
				userId: claims.user.id,
				writer: claims.scopes.includes("doc:write"),
				close: () => close(4003),
			}),
		);
		// The socket lives as long as the earliest token it was given.
		if (claims.exp * 1000 < expiresAt) {
			expiresAt = claims.exp * 1000;
			if (expiry) clearTimeout(expiry);
			expiry = setTimeout(() => close(4001), Math.max(0, Math.min(expiresAt - now(), 2 ** 31 - 1)));
			expiry.unref();
		}
		send(text);
	};
	client.on("message", (data: RawData, binary: boolean) => {
		if (binary) return close(1003);
		const text = data.toString();
		chain = chain.then(() => check(text)).catch(() => close(1011));
	});
}

export function fluidSocketProxy(
	app: FastifyInstance,
	upstream: string,
	tokens: TokenChecker,
	connections: LiveConnections,
	now: () => number,
): void {
	const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME });
	app.server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
		const url = new URL(req.url ?? "/", "http://app.invalid");
		if (url.pathname !== "/socket.io/") return refuseUpgrade(socket, "404 Not Found");
		const target = upstreamUrl(upstream, url.searchParams);
		if (!target) return refuseUpgrade(socket, "400 Bad Request");
		sockets.handleUpgrade(req, socket, head, (client) => relay(client, target, tokens, connections, now));
	});
	app.addHook("preClose", async () => {
		for (const client of sockets.clients) client.terminate();
		await new Promise<void>((resolve) => sockets.close(() => resolve()));
	});
}
