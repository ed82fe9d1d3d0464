/**
 * Teams sign-in on the server: the single sign-on token is verified (signature, audience,
 * issuer, expiry) with stand-in keys in place of Microsoft's; the person who sets up the
 * tab is the facilitator; the same meeting finds the same workshop.
 */
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app";
import { loadConfig } from "../../src/server/config";
import { MAX_ACTIVE_PER_FACILITATOR } from "../../src/server/registryBound";
import { openStorage } from "../../src/server/storage/sqlite";
import { ssoVerifier } from "../../src/server/teams/sso";
import { ROOT } from "../support/services";

const AAD = "11111111-2222-3333-4444-555555555555";
const TENANT = "99999999-8888-7777-6666-555555555555";
const HOST = "atelier.example.org";

describe("Teams sign-in", () => {
	let sign: (claims: Record<string, unknown>, opts?: { key?: "own" | "other"; exp?: number }) => Promise<string>;
	let jwks: { keys: JWK[] };

	beforeAll(async () => {
		const own = await generateKeyPair("RS256");
		const other = await generateKeyPair("RS256");
		jwks = { keys: [{ ...(await exportJWK(own.publicKey)), kid: "k1", alg: "RS256" }] };
		sign = (claims, opts = {}) =>
			new SignJWT({
				tid: TENANT,
				iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
				aud: `api://${HOST}/${AAD}`,
				...claims,
			})
				.setProtectedHeader({ alg: "RS256", kid: "k1" })
				.setIssuedAt()
				.setExpirationTime(opts.exp ?? Math.floor(Date.now() / 1000) + 600)
				.sign(opts.key === "other" ? other.privateKey : own.privateKey);
	});

	async function app(withSso = true, env: Readonly<Record<string, string>> = {}) {
		const config = loadConfig({ FLUID_MODE: "local", PORT: "0", PUBLIC_URL: `https://${HOST}`, AAD_APP_ID: AAD, ...env }, ROOT);
		const sso = withSso
			? ssoVerifier({ keys: createLocalJWKSet(jwks), aadAppId: AAD, publicHost: HOST, tenantId: TENANT })
			: undefined;
		return buildApp({ config, storage: await openStorage(":memory:"), secret: "s".repeat(40), sso });
	}

	const setup = (token: string, meetingId = "meeting-1") => ({
		method: "POST" as const,
		url: "/api/teams/workshops",
		payload: { ssoToken: token, meetingId, title: "Atelier de l'équipe", announcedEnd: Date.now() + 3600_000 },
	});

	it("makes the person who sets up the tab the facilitator, under their Teams identity", async () => {
		const a = await app();
		const res = await a.inject(setup(await sign({ oid: "oid-fanny", name: "Fanny Martin" })));
		expect(res.statusCode).toBe(201);
		const body = res.json() as { identity: { userId: string; name: string; role: string }; facilitatorKey: string };
		expect(body.identity).toMatchObject({ userId: "t-oid-fanny", name: "Fanny Martin", role: "facilitator" });
		expect(body.facilitatorKey.length).toBeGreaterThan(20);
	});

	it("finds the workshop already set up in the same meeting; others join as participants", async () => {
		const a = await app();
		const first = (await a.inject(setup(await sign({ oid: "oid-fanny", name: "Fanny" })))).json() as { workshop: { id: string } };
		const again = await a.inject(setup(await sign({ oid: "oid-alice", name: "Alice" })));
		expect(again.statusCode).toBe(200);
		expect((again.json() as { workshop: { id: string } }).workshop.id).toBe(first.workshop.id);
		const join = await a.inject({
			method: "POST",
			url: `/api/workshops/${first.workshop.id}/teams-join`,
			payload: { ssoToken: await sign({ oid: "oid-alice", name: "Alice" }), meetingId: "meeting-1" },
		});
		expect(join.json()).toMatchObject({ userId: "t-oid-alice", name: "Alice", role: "participant" });
		const fanny = await a.inject({
			method: "POST",
			url: `/api/workshops/${first.workshop.id}/teams-join`,
			payload: { ssoToken: await sign({ oid: "oid-fanny", name: "Fanny" }) },
		});
		expect(fanny.json()).toMatchObject({ role: "facilitator" });
	});

	it("never gives a writer's ticket to someone who came by an observer link, nor outside the meeting", async () => {
		const a = await app();
		const created = (await a.inject(setup(await sign({ oid: "oid-fanny", name: "Fanny" })))).json() as {
			workshop: { id: string };
			participantKey: string;
			observerKey: string;
		};
		const teamsJoin = async (payload: Readonly<Record<string, string | undefined>>) =>
			a.inject({
				method: "POST",
				url: `/api/workshops/${created.workshop.id}/teams-join`,
				payload: { ssoToken: await sign({ oid: "oid-olga", name: "Olga" }), ...payload },
			});
		// By the observer link's key: an observer, even from the meeting itself.
		expect((await teamsJoin({ key: created.observerKey })).json()).toMatchObject({ role: "observer" });
		expect((await teamsJoin({ key: created.observerKey, meetingId: "meeting-1" })).json()).toMatchObject({ role: "observer" });
		// By the participant link's key: a participant.
		expect((await teamsJoin({ key: created.participantKey })).json()).toMatchObject({ role: "participant" });
		// Without a key, from another meeting or none, or with a wrong key: refused.
		for (const payload of [{}, { meetingId: "meeting-2" }, { key: "wrong" }, { key: "wrong", meetingId: "meeting-1" }]) {
			const res = await teamsJoin(payload);
			expect(res.statusCode).toBe(403);
			expect((res.json() as { error: string }).error).toBe("wrongLinkKey");
		}
	});

	it("bounds the active workshops one Teams identity facilitates, with a clear 429", async () => {
		const a = await app(true, { RATE_LIMIT_SCALE: "100" });
		const token = await sign({ oid: "oid-fanny", name: "Fanny" });
		for (let i = 0; i < MAX_ACTIVE_PER_FACILITATOR; i++) {
			expect((await a.inject(setup(token, `meeting-${i}`))).statusCode).toBe(201);
		}
		const refused = await a.inject(setup(token, "meeting-one-more"));
		expect(refused.statusCode).toBe(429);
		expect(refused.json()).toMatchObject({ error: "tooManyActive", max: MAX_ACTIVE_PER_FACILITATOR });
		// Someone else still can.
		expect((await a.inject(setup(await sign({ oid: "oid-alice", name: "Alice" }), "meeting-alice"))).statusCode).toBe(201);
	});

	it("refuses a forged, expired, foreign-tenant or other-app token", async () => {
		const a = await app();
		const refused = async (token: string) => (await a.inject(setup(token))).statusCode;
		expect(await refused(await sign({ oid: "x", name: "X" }, { key: "other" }))).toBe(401);
		expect(await refused(await sign({ oid: "x", name: "X" }, { exp: Math.floor(Date.now() / 1000) - 60 }))).toBe(401);
		expect(
			await refused(
				await sign({
					oid: "x",
					name: "X",
					tid: "00000000-0000-0000-0000-000000000000",
					iss: "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0",
				}),
			),
		).toBe(401);
		expect(await refused(await sign({ oid: "x", name: "X", aud: "api://elsewhere/other" }))).toBe(401);
		expect(await refused(await sign({ oid: "x", name: "X", iss: "https://evil.example/" }))).toBe(401);
		expect(await refused("not-a-token")).toBe(401);
		// A token without a name would break the Fluid document for everyone: refused.
		expect(await refused(await sign({ oid: "x" }))).toBe(401);
	});

	it("says clearly when Teams sign-in is not configured", async () => {
		const a = await app(false);
		const res = await a.inject(setup("whatever"));
		expect(res.statusCode).toBe(501);
		expect((res.json() as { error: string }).error).toBe("teamsNotConfigured");
	});
});
