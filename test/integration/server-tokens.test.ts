/**
 * POST /api/token: the Fluid token's claims (the Azure Fluid Relay contract) and the
 * scopes, which are where the facilitator's authority is enforced.
 */
import { decodeProtectedHeader, jwtVerify, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import type { Identity } from "../../src/api/types";
import { loadConfig } from "../../src/server/config";
import { READ_ONLY, READ_WRITE, signFluidToken, type FluidScope } from "../../src/server/tokens";
import { TicketSigner } from "../../src/server/tickets";
import {
	createBoundWorkshop,
	createWorkshop,
	DAY_MS,
	errorOf,
	joinOk,
	json,
	makeApp,
	ROOT,
	requestToken,
	type TestApp,
	type TokenReply,
} from "../support/server-helpers";

interface FluidClaims {
	readonly documentId: string;
	readonly scopes: readonly FluidScope[];
	readonly tenantId: string;
	readonly user: { readonly id: string; readonly name: string };
	readonly ver: string;
	readonly jti: string;
	readonly iat: number;
	readonly exp: number;
}

const RW: readonly FluidScope[] = ["doc:read", "doc:write", "summary:write"];
const RO: readonly FluidScope[] = ["doc:read"];

/** Verifies the JWT with the tenant key at the server's time and returns its claims and header. */
async function decode(t: TestApp, jwt: string): Promise<{ claims: FluidClaims; alg: string | undefined }> {
	const { payload, protectedHeader } = await jwtVerify(jwt, new TextEncoder().encode(t.config.fluid.tenantKey), {
		algorithms: ["HS256"],
		currentDate: new Date(t.clock),
	});
	return { claims: payload as unknown as FluidClaims, alg: protectedHeader.alg };
}

/** Asks for a token that must be issued; returns the reply and the verified claims. */
async function tokenOk(t: TestApp, who: Identity, documentId?: string): Promise<TokenReply & { claims: FluidClaims }> {
	const response = await requestToken(t, who.ticket, documentId);
	expect(response.statusCode, response.body).toBe(200);
	expect(response.headers["cache-control"]).toBe("no-store");
	const reply = json<TokenReply>(response);
	const { claims } = await decode(t, reply.jwt);
	expect(claims.scopes).toEqual(reply.scopes);
	return { ...reply, claims };
}

describe("Fluid token claims", () => {
	it("carries the document, tenant, user id and name of the ticket, ver 1.0, a jti, HS256, one hour at most", async () => {
		const t = await makeApp();
		const w = await createBoundWorkshop(t);
		const alice = await joinOk(t, w.workshop.id, "Alice Martin");
		const response = await requestToken(t, alice.ticket, w.containers.board);
		expect(response.statusCode).toBe(200);
		const { jwt } = json<TokenReply>(response);
		const { claims, alg } = await decode(t, jwt);
		expect(alg).toBe("HS256");
		expect(decodeProtectedHeader(jwt).alg).toBe("HS256");
		expect(claims.documentId).toBe(w.containers.board);
		expect(claims.tenantId).toBe("local");
		expect(claims.user).toEqual({ id: alice.userId, name: "Alice Martin" });
		expect(claims.user.id).not.toBe("");
		expect(claims.user.name).not.toBe("");
		expect(claims.ver).toBe("1.0");
		expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/);
		expect(claims.iat).toBe(Math.floor(t.clock / 1000));
		expect(claims.exp - claims.iat).toBeGreaterThan(0);
		expect(claims.exp - claims.iat).toBeLessThanOrEqual(3600);
		expect(claims.exp - claims.iat).toBe(3600);
	});

	it("gives each token its own jti", async () => {
		const t = await makeApp();
		const w = await createBoundWorkshop(t);
		const a = await tokenOk(t, w.identity, w.containers.process);
		const b = await tokenOk(t, w.identity, w.containers.process);
		expect(a.claims.jti).not.toBe(b.claims.jti);
	});

	it("names the facilitator in the token as they were named at creation", async () => {
		const t = await makeApp();
		const w = await createBoundWorkshop(t);
		const { claims } = await tokenOk(t, w.identity, w.containers.process);
		expect(claims.user).toEqual({ id: w.identity.userId, name: "Camille" });
	});

	it("is not signed with anything but the tenant key", async () => {
		const t = await makeApp();
		const w = await createBoundWorkshop(t);
		const { jwt } = await tokenOk(t, w.identity, w.containers.process);
		await expect(jwtVerify(jwt, new TextEncoder().encode("x".repeat(40)), { currentDate: new Date(t.clock) })).rejects.toThrow();
	});

	it("expires within the configured TOKEN_LIFETIME_SECONDS", async () => {
		const t = await makeApp({ TOKEN_LIFETIME_SECONDS: "600" });
		expect(t.config.tokenLifetimeSeconds).toBe(600);
		const w = await createBoundWorkshop(t);
		const { claims } = await tokenOk(t, w.identity, w.containers.board);
		expect(claims.exp - claims.iat).toBe(600);
	});

	it("signs with the Azure tenant key and tenant id in azure mode, and refuses another tenant", async () => {
		const t = await makeApp({
			FLUID_MODE: "azure",
			AZURE_FLUID_ENDPOINT: "https://example.fluidrelay.azure.com",
			AZURE_TENANT_ID: "tenant-123",
			AZURE_TENANT_KEY: "super-secret-key",
		});
		const w = await createBoundWorkshop(t);
		const { claims } = await tokenOk(t, w.identity, w.containers.process);
		expect(claims.tenantId).toBe("tenant-123");
		const other = await requestToken(t, w.identity.ticket, w.containers.process, { tenantId: "another-tenant" });
		expect(other.statusCode).toBe(400);
		expect(errorOf(other).error).toBe("tenantMismatch");
		const same = await requestToken(t, w.identity.ticket, w.containers.process, { tenantId: "tenant-123" });
		expect(same.statusCode).toBe(200);
	});
});

describe("scopes before the containers are bound", () => {
	it("gives the facilitator a read-write token to create the documents, and none for a document they did not create", async () => {
		const t = await makeApp();
		const w = await createWorkshop(t);
		const creation = await tokenOk(t, w.identity);
		expect(creation.scopes).toEqual(RW);
		expect(creation.claims.documentId).toBe("");
		// In local mode the app sees every creation (its proxy): an id nobody created through
		// it is refused (the documents created through it are opened by every other test).
		const other = await requestToken(t, w.identity.ticket, "new-doc-id");
		expect(other.statusCode).toBe(403);
		expect(errorOf(other).error).toBe("documentNotInWorkshop");
	});

	it("refuses participants and observers with 403 documentNotInWorkshop", async () => {
		const t = await makeApp();
		const w = await createWorkshop(t);
		const participant = await joinOk(t, w.workshop.id, "Alice");
		const observer = await joinOk(t, w.workshop.id, "Olga", true);
		for (const who of [participant, observer]) {
			for (const documentId of [undefined, "new-doc-id"]) {
				const response = await requestToken(t, who.ticket, documentId);
				expect(response.statusCode).toBe(403);
				expect(errorOf(response).error).toBe("documentNotInWorkshop");
			}
		}
	});

	it("does not let the facilitator of an unbound workshop write another workshop's documents", async () => {
		// Anyone can create a workshop. Before binding, its facilitator's ticket must not
		// open a live workshop's process document (whose ids are public) with write scopes.
		const t = await makeApp();
		const victim = await createBoundWorkshop(t, "victim");
		const mallory = await createWorkshop(t, { facilitatorName: "Mallory" });
		const response = await requestToken(t, mallory.identity.ticket, victim.containers.process);
		// The body shows what was granted when the check is missing.
		expect(response.statusCode, response.body).toBe(403);
		expect(errorOf(response).error).toBe("documentNotInWorkshop");
	});

	it("does not let a new workshop bind another workshop's documents and then write them", async () => {
		const t = await makeApp();
		const victim = await createBoundWorkshop(t, "victim");
		const mallory = await createWorkshop(t, { facilitatorName: "Mallory" });
		const bindResponse = await t.app.inject({
			method: "PUT",
			url: `/api/workshops/${mallory.workshop.id}/containers`,
			payload: { key: mallory.facilitatorKey, ...victim.containers },
		});
		expect(bindResponse.statusCode, bindResponse.body).toBe(409);
		const response = await requestToken(t, mallory.identity.ticket, victim.containers.process);
		expect(response.statusCode, response.body).toBe(403);
	});
});

describe("scopes after the containers are bound", () => {
	it("gives the facilitator read, write and summary on both documents", async () => {
		const t = await makeApp();
		const w = await createBoundWorkshop(t);
		expect((await tokenOk(t, w.identity, w.containers.process)).scopes).toEqual(RW);
		expect((await tokenOk(t, w.identity, w.containers.board)).scopes).toEqual(RW);
		expect(READ_WRITE).toEqual(RW);
		expect(READ_ONLY).toEqual(RO);
	});

	it("gives the facilitator the same rights through the facilitator link", async () => {
		const t = await makeApp();
		const w = await createBoundWorkshop(t);
		const back = await t.app.inject({
			method: "POST",
			url: `/api/workshops/${w.workshop.id}/facilitator`,
			payload: { key: w.facilitatorKey },
		});
		const identity = json<Identity>(back);
		expect((await tokenOk(t, identity, w.containers.process)).scopes).toEqual(RW);
	});

	it("gives a participant read-only on the process and write on the board", async () => {
		const t = await makeApp();
		const w = await createBoundWorkshop(t);
		const alice = await joinOk(t, w.workshop.id, "Alice");
		const processToken = await tokenOk(t, alice, w.containers.process);
		expect(processToken.scopes).toEqual(["doc:read"]);
		expect(processToken.claims.documentId).toBe(w.containers.process);
		const boardToken = await tokenOk(t, alice, w.containers.board);
		expect(boardToken.scopes).toContain("doc:write");
		expect(boardToken.scopes).toEqual(RW);
		expect(boardToken.claims.user).toEqual({ id: alice.userId, name: "Alice" });
	});

	it("gives an observer read-only on both documents", async () => {
		const t = await makeApp();
		const w = await createBoundWorkshop(t);
		const olga = await joinOk(t, w.workshop.id, "Olga", true);
		expect((await tokenOk(t, olga, w.containers.process)).scopes).toEqual(["doc:read"]);
		expect((await tokenOk(t, olga, w.containers.board)).scopes).toEqual(["doc:read"]);
	});

	it("refuses a document that is not in the workshop, or no document at all", async () => {
		const t = await makeApp();
		const w = await createBoundWorkshop(t);
		const alice = await joinOk(t, w.workshop.id, "Alice");
		for (const who of [w.identity, alice]) {
			for (const documentId of ["some-other-doc", undefined]) {
				const response = await requestToken(t, who.ticket, documentId);
				expect(response.statusCode).toBe(403);
				expect(errorOf(response).error).toBe("documentNotInWorkshop");
			}
		}
	});

	it("refuses a ticket of another workshop on this workshop's documents", async () => {
		const t = await makeApp();
		const a = await createBoundWorkshop(t, "a");
		const b = await createBoundWorkshop(t, "b");
		const bob = await joinOk(t, b.workshop.id, "Bob");
		for (const ticket of [bob.ticket, b.identity.ticket]) {
			for (const documentId of [a.containers.process, a.containers.board]) {
				const response = await requestToken(t, ticket, documentId);
				expect(response.statusCode).toBe(403);
				expect(errorOf(response).error).toBe("documentNotInWorkshop");
			}
		}
	});

	it("gives everyone read-only on both documents once the workshop has ended", async () => {
		const t = await makeApp();
		const w = await createBoundWorkshop(t);
		const alice = await joinOk(t, w.workshop.id, "Alice");
		const record = await t.store.get(w.workshop.id);
		if (!record) throw new Error("no record");
		await t.store.put({ ...record, status: "ended", endedAt: t.clock });
		for (const who of [w.identity, alice]) {
			expect((await tokenOk(t, who, w.containers.process)).scopes).toEqual(RO);
			expect((await tokenOk(t, who, w.containers.board)).scopes).toEqual(RO);
		}
	});

	it("does not make a participant facilitator by a ticket claiming the facilitator role", async () => {
		const t = await makeApp();
		const w = await createBoundWorkshop(t);
		// Even signed with the right secret, a facilitator role with another user id is not the facilitator.
		const signer = new TicketSigner("x".repeat(40));
		const ticket = await signer.sign(
			{ workshopId: w.workshop.id, userId: "u-someone", name: "Someone", role: "facilitator" },
			t.clock,
		);
		const response = await requestToken(t, ticket, w.containers.process);
		expect(json<TokenReply>(response).scopes).toEqual(["doc:read"]);
	});
});

describe("tickets that are not valid", () => {
	it("refuses a ticket signed with another secret with 401 ticketInvalid", async () => {
		const t = await makeApp();
		const w = await createBoundWorkshop(t);
		const forger = new TicketSigner("y".repeat(40));
		const forged = await forger.sign(
			{ workshopId: w.workshop.id, userId: w.identity.userId, name: "Camille", role: "facilitator" },
			t.clock,
		);
		const response = await requestToken(t, forged, w.containers.process);
		expect(response.statusCode).toBe(401);
		expect(errorOf(response).error).toBe("ticketInvalid");
		expect(response.body).not.toContain("jwt");
	});

	it("refuses a garbage ticket with 401 ticketInvalid", async () => {
		const t = await makeApp();
		const w = await createBoundWorkshop(t);
		for (const ticket of ["garbage", "a.b.c", w.identity.ticket.slice(0, -2)]) {
			const response = await requestToken(t, ticket, w.containers.board);
			expect(response.statusCode).toBe(401);
			expect(errorOf(response).error).toBe("ticketInvalid");
		}
	});

	it("refuses an unsigned (alg none) ticket", async () => {
		const t = await makeApp();
		const w = await createBoundWorkshop(t);
		const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
		const none = `${b64({ alg: "none", typ: "JWT" })}.${b64({
			wid: w.workshop.id,
			sub: w.identity.userId,
			name: "Camille",
			role: "facilitator",
			iat: Math.floor(t.clock / 1000),
			exp: Math.floor(t.clock / 1000) + 3600,
		})}.`;
		const response = await requestToken(t, none, w.containers.process);
		expect(response.statusCode).toBe(401);
		expect(errorOf(response).error).toBe("ticketInvalid");
	});

	it("refuses a ticket with an unknown role or a ticket for a workshop the server does not know", async () => {
		const t = await makeApp();
		const w = await createBoundWorkshop(t);
		const key = new TextEncoder().encode("x".repeat(40));
		const iat = Math.floor(t.clock / 1000);
		const admin = await new SignJWT({ wid: w.workshop.id, name: "Eve", role: "admin" })
			.setProtectedHeader({ alg: "HS256" })
			.setSubject("u-eve")
			.setIssuedAt(iat)
			.setExpirationTime(iat + 3600)
			.sign(key);
		const adminResponse = await requestToken(t, admin, w.containers.process);
		expect(adminResponse.statusCode).toBe(401);
		expect(errorOf(adminResponse).error).toBe("ticketInvalid");
		const ghost = await new TicketSigner("x".repeat(40)).sign(
			{ workshopId: "ghost", userId: "u-ghost", name: "Ghost", role: "participant" },
			t.clock,
		);
		const ghostResponse = await requestToken(t, ghost, w.containers.board);
		expect(ghostResponse.statusCode).toBe(404);
		expect(errorOf(ghostResponse).error).toBe("workshopNotFound");
	});

	it("accepts a ticket for 30 days and refuses it after, with 401", async () => {
		const t = await makeApp();
		const w = await createBoundWorkshop(t);
		const alice = await joinOk(t, w.workshop.id, "Alice");
		t.clock += 29 * DAY_MS;
		expect((await requestToken(t, alice.ticket, w.containers.board)).statusCode).toBe(200);
		t.clock += 2 * DAY_MS;
		for (const ticket of [alice.ticket, w.identity.ticket]) {
			const response = await requestToken(t, ticket, w.containers.board);
			expect(response.statusCode).toBe(401);
			expect(errorOf(response).error).toBe("ticketInvalid");
		}
	});

	it("refuses a request without a ticket with 400", async () => {
		const t = await makeApp();
		const response = await t.app.inject({ method: "POST", url: "/api/token", payload: { documentId: "d" } });
		expect(response.statusCode).toBe(400);
	});
});

describe("signFluidToken", () => {
	const base = {
		tenantId: "local",
		tenantKey: loadConfig({ FLUID_MODE: "local" }, ROOT).fluid.tenantKey,
		documentId: "doc-1",
		scopes: READ_ONLY,
		lifetimeSeconds: 3600,
		now: Date.UTC(2030, 0, 1),
	};

	it("throws when the user name or id is empty", async () => {
		await expect(signFluidToken({ ...base, user: { id: "u-1", name: "" } })).rejects.toThrow(/user id and name/);
		await expect(signFluidToken({ ...base, user: { id: "", name: "Alice" } })).rejects.toThrow(/user id and name/);
	});

	it("signs the token contract and caps the lifetime at one hour", async () => {
		const jwt = await signFluidToken({ ...base, user: { id: "u-1", name: "Alice" }, lifetimeSeconds: 7200 });
		const { payload, protectedHeader } = await jwtVerify(jwt, new TextEncoder().encode(base.tenantKey), {
			currentDate: new Date(base.now),
		});
		const claims = payload as unknown as FluidClaims;
		expect(protectedHeader.alg).toBe("HS256");
		expect(claims).toMatchObject({
			documentId: "doc-1",
			scopes: ["doc:read"],
			tenantId: "local",
			user: { id: "u-1", name: "Alice" },
			ver: "1.0",
			iat: base.now / 1000,
			exp: base.now / 1000 + 3600,
		});
		expect(typeof claims.jti).toBe("string");
	});
});
