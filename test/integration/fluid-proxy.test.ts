/**
 * The local Fluid service behind the app (src/server/fluidProxy): a request or a socket
 * reaches it only with a token the app signed, for that document, unexpired, for the user
 * the app named. Each forgery of issue 10 is tried on the WebSocket and on the REST routes
 * (deltas, documents, git), and a forged client cannot open the facilitator's document.
 */
import "../support/node-fluid";
import { AzureClient } from "@fluidframework/azure-client";
import { ConnectionState } from "fluid-framework";
import { decodeJwt, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import WebSocket from "ws";
import { containerSchema } from "../../src/fluid/containers";
import { loadConfig, withAppSecret } from "../../src/server/config";
import { createTestWorkshop, eventually, settled, type TestWorkshop } from "../support/clients";
import { ROOT } from "../support/services";

const appUrl = () => inject("appUrl");
/** The key the test server signs with (services.ts gives it this secret). */
const realKey = () =>
	withAppSecret(loadConfig({ FLUID_MODE: "local" }, ROOT), "test-secret-test-secret-test-secret").fluid.tenantKey;

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

interface Claims {
	documentId: string;
	tenantId: string;
	scopes: string[];
	user: { id: string; name: string };
	iat: number;
	exp: number;
	ver: string;
}

function claimsFor(
	documentId: string,
	user: { id: string; name: string },
	scopes = ["doc:read", "doc:write", "summary:write"],
): Claims {
	const now = Math.floor(Date.now() / 1000);
	return { documentId, tenantId: "local", scopes, user, iat: now, exp: now + 3600, ver: "1.0" };
}

const forge = {
	algNone: (claims: Claims) => `${b64({ alg: "none", typ: "JWT" })}.${b64(claims)}.`,
	madeUpKey: (claims: Claims) =>
		new SignJWT({ ...claims }).setProtectedHeader({ alg: "HS256", typ: "JWT" }).sign(new TextEncoder().encode("made-up-key")),
	expired: (claims: Claims) =>
		new SignJWT({ ...claims, iat: claims.iat - 7200, exp: claims.iat - 3600 })
			.setProtectedHeader({ alg: "HS256", typ: "JWT" })
			.sign(new TextEncoder().encode(realKey())),
	/** A real token whose claims were edited (another user's id): its signature no longer matches. */
	otherUser: (real: string, user: { id: string; name: string }) => {
		const [header, payload, signature] = real.split(".");
		const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString()) as Claims;
		return `${header}.${b64({ ...claims, user })}.${signature}`;
	},
};

async function realToken(ticket: string, documentId: string): Promise<string> {
	const response = await fetch(`${appUrl()}/api/token`, {
		method: "POST",
		headers: { "content-type": "application/json" },
		body: JSON.stringify({ ticket, documentId }),
	});
	expect(response.status).toBe(200);
	return ((await response.json()) as { jwt: string }).jwt;
}

/** A REST call as the Fluid driver makes it (RestLess form POST), through the app. */
async function restless(path: string, jwt: string | undefined, storage = false): Promise<Response> {
	const form = new URLSearchParams({ method: "GET" });
	if (jwt !== undefined) {
		form.append("header", `Authorization: Basic ${storage ? Buffer.from(`local:${jwt}`).toString("base64") : jwt}`);
	}
	return fetch(`${appUrl()}${path}`, {
		method: "POST",
		headers: { "content-type": "application/x-www-form-urlencoded;restless" },
		body: form.toString(),
	});
}

/** Opens the Fluid socket through the app and asks to connect to `documentId` with `jwt`. */
async function socketConnect(documentId: string, jwt: string): Promise<"success" | "error" | "closed"> {
	const url = `${appUrl().replace("http", "ws")}/socket.io/?documentId=${documentId}&tenantId=local&EIO=4&transport=websocket`;
	const socket = new WebSocket(url);
	const user = (jwt.split(".").length === 3 ? decodeJwt(jwt).user : undefined) ?? { id: "x" };
	return new Promise((resolve) => {
		const done = (result: "success" | "error" | "closed") => {
			resolve(result);
			socket.terminate();
		};
		const timer = setTimeout(() => done("closed"), 10_000);
		socket.on("message", (data) => {
			const text = data.toString();
			if (text.startsWith("0")) socket.send("40");
			else if (text.startsWith("40")) {
				const message = {
					tenantId: "local",
					id: documentId,
					token: jwt,
					client: {
						mode: "write",
						details: { capabilities: { interactive: true } },
						permission: [],
						user,
						scopes: ["doc:read", "doc:write"],
					},
					versions: ["^0.4.0"],
					mode: "write",
				};
				socket.send(`42${JSON.stringify(["connect_document", message])}`);
			} else if (text.startsWith('42["connect_document_success"')) {
				clearTimeout(timer);
				done("success");
			} else if (text.startsWith('42["connect_document_error"')) {
				clearTimeout(timer);
				done("error");
			} else if (text === "2") socket.send("3");
		});
		socket.on("close", () => {
			clearTimeout(timer);
			done("closed");
		});
		socket.on("error", () => undefined);
	});
}

describe("the local Fluid service behind the app", () => {
	let w: TestWorkshop;
	let processId: string;
	let boardId: string;
	let alice: { id: string; name: string };
	let participantTicket: string;
	let boardToken: string;
	const facilitator = () => ({ id: w.facilitator.me.userId, name: w.facilitator.me.name });

	beforeAll(async () => {
		w = await createTestWorkshop(appUrl(), "Atelier attaqué");
		processId = w.facilitator.processId;
		boardId = w.facilitator.boardId;
		const aliceIdentity = await w.api.join(w.info.id, "Alice", w.participantKey);
		alice = { id: aliceIdentity.userId, name: "Alice" };
		const mallory = await w.api.join(w.info.id, "Mallory", w.participantKey);
		participantTicket = mallory.ticket;
		boardToken = await realToken(participantTicket, boardId);
	});
	afterAll(() => w?.dispose());

	it("is what the browser is told to use: the app's own origin, with no CORS opening", async () => {
		const config = (await (await fetch(`${appUrl()}/api/config`)).json()) as { fluid: { type: string; endpoint: string } };
		expect(config.fluid).toMatchObject({ type: "local", endpoint: "/" });
		const response = await restless(`/deltas/local/${boardId}`, boardToken);
		expect(response.status).toBe(200);
		expect(Array.isArray(await response.json())).toBe(true);
		expect(response.headers.get("access-control-allow-origin")).toBeNull();
	});

	it("lets a participant's own token connect to the board it was made for (the control)", async () => {
		expect(await socketConnect(boardId, boardToken)).toBe("success");
	});

	describe("refuses on the socket", () => {
		it("no token", async () => {
			expect(await socketConnect(processId, "")).not.toBe("success");
		});
		it("alg: none, as the facilitator, with write scopes", async () => {
			expect(await socketConnect(processId, forge.algNone(claimsFor(processId, facilitator())))).toBe("error");
		});
		it("a made-up key", async () => {
			expect(await socketConnect(processId, await forge.madeUpKey(claimsFor(processId, facilitator())))).toBe("error");
		});
		it("an expired token, even one the app's key signed", async () => {
			expect(await socketConnect(boardId, await forge.expired(claimsFor(boardId, alice)))).toBe("error");
		});
		it("another user's id in a real token (Alice, to answer consent in her name)", async () => {
			expect(await socketConnect(boardId, forge.otherUser(boardToken, alice))).toBe("error");
		});
		it("a real token for another document (the board's token on the process)", async () => {
			expect(await socketConnect(processId, boardToken)).toBe("error");
		});
		it("an event the driver never sends, or a binary frame: the socket is closed", async () => {
			const url = `${appUrl().replace("http", "ws")}/socket.io/?EIO=4&transport=websocket`;
			for (const frame of ['42["broadcast-signal",{}]', Buffer.from([1, 2, 3])]) {
				const socket = new WebSocket(url);
				const closed = await new Promise<boolean>((resolve) => {
					socket.on("message", (data) => {
						if (data.toString().startsWith("0")) socket.send(frame);
					});
					socket.on("close", () => resolve(true));
					setTimeout(() => resolve(false), 10_000);
				});
				expect(closed).toBe(true);
			}
		});
	});

	describe("refuses on the REST routes", () => {
		const routes = () => [
			{ path: `/deltas/local/${processId}`, storage: false },
			{ path: `/documents/local/${processId}`, storage: false },
			{ path: `/repos/local/commits?count=1&sha=${processId}`, storage: true },
			{ path: `/repos/local/git/refs/heads/${processId}`, storage: true },
		];
		it("no token", async () => {
			for (const { path, storage } of routes()) expect((await restless(path, undefined, storage)).status, path).toBe(401);
			// A plain GET, as a curious person would try it.
			expect((await fetch(`${appUrl()}/deltas/local/${processId}`)).status).toBe(401);
		});
		it("alg: none, a made-up key, an expired token, another user's id", async () => {
			const forged = [
				forge.algNone(claimsFor(processId, facilitator())),
				await forge.madeUpKey(claimsFor(processId, facilitator())),
				await forge.expired(claimsFor(processId, facilitator())),
				forge.otherUser(await realToken(participantTicket, processId), facilitator()),
			];
			for (const jwt of forged) {
				for (const { path, storage } of routes()) expect((await restless(path, jwt, storage)).status, path).toBe(401);
			}
		});
		it("a real token for another document", async () => {
			for (const { path, storage } of routes()) expect((await restless(path, boardToken, storage)).status, path).toBe(403);
		});
		it("the list of every document, whatever the token", async () => {
			const response = await restless("/repos/local/git/refs", boardToken, true);
			expect(response.status).toBe(404);
			expect(await response.text()).not.toContain(processId);
		});
		it("a path trick (an encoded slash or dots)", async () => {
			for (const path of [`/deltas/local/${boardId}/..%2F${processId}`, `/deltas/local/%2e%2e/${processId}`]) {
				expect((await restless(path, boardToken)).status, path).not.toBe(200);
			}
		});
	});

	it("a forged facilitator token cannot even open the process document", async () => {
		const jwt = forge.algNone(claimsFor(processId, facilitator()));
		const tokenProvider = {
			fetchOrdererToken: async () => ({ jwt }),
			fetchStorageToken: async () => ({ jwt }),
		};
		const before = w.facilitator.processView.root.step;
		const client = new AzureClient({ connection: { type: "local", endpoint: appUrl(), tokenProvider } });
		await expect(client.getContainer(processId, containerSchema, "2")).rejects.toThrow();
		expect(w.facilitator.processView.root.step).toBe(before);
	});
});

describe("live connections the app takes back", () => {
	it("closes every write connection when the workshop ends: a modified client's board write then reaches no one", async () => {
		const w = await createTestWorkshop(appUrl(), "Atelier qui se termine");
		try {
			const mallory = await w.join("Mallory");
			const reader = await w.join("Rita");
			mallory.boardView.root.rules.insertAtEnd({ id: "r-before", text: "Avant la fin", authorId: mallory.me.userId });
			await eventually(() => reader.boardView.root.rules.some((r) => r.id === "r-before"), 15_000, "the rule before the end");
			let dropped = false;
			mallory.boardContainer.on("disconnected", () => {
				dropped = true;
			});
			// The facilitator ends the workshop (the command's own write, on the process document).
			w.facilitator.processView.root.endedAt = Date.now();
			await eventually(() => dropped, 30_000, "Mallory's write connection to be closed");
			await eventually(
				() => mallory.boardContainer.connectionState === ConnectionState.Connected,
				30_000,
				"Mallory to reconnect",
			);
			await settled([reader]);
			// A modified client writes the tree directly after the end.
			mallory.boardView.root.rules.insertAtEnd({ id: "r-after", text: "Après la fin", authorId: mallory.me.userId });
			await new Promise((r) => setTimeout(r, 1500));
			expect(reader.boardView.root.rules.some((r) => r.id === "r-after")).toBe(false);
			expect(mallory.boardContainer.isDirty).toBe(true);
		} finally {
			w.dispose();
		}
	});

	it("closes every connection to a workshop's documents when it is erased", async () => {
		const w = await createTestWorkshop(appUrl(), "Atelier effacé");
		try {
			const alice = await w.join("Alice");
			let dropped = false;
			alice.boardContainer.on("disconnected", () => {
				dropped = true;
			});
			await w.api.deleteWorkshop(w.info.id, { key: w.key });
			await eventually(() => dropped, 15_000, "Alice's connection to be closed");
		} finally {
			w.dispose();
		}
	});
});
