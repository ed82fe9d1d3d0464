/** The proxy's pure parts: which REST route passes with which token, how frames and RestLess requests are read, revocation. */
import { describe, expect, it } from "vitest";
import { LiveConnections } from "../../src/server/fluidProxy/connections";
import type { FluidClaims } from "../../src/server/fluidProxy/fluidToken";
import { tokenOfAuthorization } from "../../src/server/fluidProxy/fluidToken";
import { plainRequest } from "../../src/server/fluidProxy/restless";
import { restAccess } from "../../src/server/fluidProxy/restPolicy";
import { readClientFrame } from "../../src/server/fluidProxy/socketFrames";

const RW = ["doc:read", "doc:write", "summary:write"] as const;
const claims = (documentId: string, scopes: FluidClaims["scopes"] = RW, iat = 1000): FluidClaims => ({
	documentId,
	tenantId: "local",
	scopes,
	user: { id: "u-a", name: "Alice" },
	iat,
	exp: iat + 3600,
});
const q = (s = "") => new URLSearchParams(s);

describe("restAccess", () => {
	it("lets a token reach its own document's deltas, session, commits and ref", () => {
		const c = claims("doc1");
		expect(restAccess("GET", "/deltas/local/doc1", q("from=0&to=3"), c)).toMatchObject({
			ok: true,
			path: "/deltas/local/doc1?from=0&to=3",
		});
		expect(restAccess("GET", "/documents/local/doc1", q(), c)).toMatchObject({ ok: true });
		expect(restAccess("GET", "/repos/local/commits", q("count=1&sha=doc1"), c)).toMatchObject({ ok: true });
		expect(restAccess("GET", "/repos/local/git/refs/heads/doc1", q(), c)).toMatchObject({ ok: true });
	});
	it("lets the summarizer read the history from a summary it knows, by the commit's hash", () => {
		// Before each summary the summarizer asks for the latest one by its commit's hash: refused,
		// no summary was ever written after a document's creation (found on 4 Dec).
		const hash = "37c591a6b758314727826b7b14a85c3a75d0c208";
		expect(restAccess("GET", "/repos/local/commits", q(`count=1&sha=${hash}`), claims("doc1"))).toMatchObject({
			ok: true,
			path: `/repos/local/commits?count=1&sha=${hash}`,
		});
		expect(restAccess("GET", "/repos/local/commits", q(`sha=${hash.toUpperCase()}`), claims("doc1"))).toMatchObject({
			ok: false,
		});
		expect(restAccess("GET", "/repos/local/commits", q(`sha=${hash}0`), claims("doc1"))).toMatchObject({ ok: false });
	});
	it("refuses another document, the list of refs, an unknown route or parameter, another tenant", () => {
		const c = claims("doc1");
		expect(restAccess("GET", "/deltas/local/doc2", q(), c)).toMatchObject({ ok: false, status: 403 });
		expect(restAccess("GET", "/repos/local/commits", q("sha=doc2"), c)).toMatchObject({ ok: false, status: 403 });
		expect(restAccess("GET", "/repos/local/commits", q("sha=doc1&sha=doc2"), c)).toMatchObject({ ok: false });
		expect(restAccess("GET", "/repos/local/git/refs", q(), c)).toMatchObject({ ok: false, status: 404 });
		expect(restAccess("PATCH", "/repos/local/git/refs/heads/doc1", q(), c)).toMatchObject({ ok: false });
		expect(restAccess("GET", "/deltas/local/doc1", q("evil=1"), c)).toMatchObject({ ok: false });
		expect(restAccess("GET", "/deltas/other/doc1", q(), c)).toMatchObject({ ok: false, status: 403 });
		expect(restAccess("GET", "/deltas/local/..", q(), c)).toMatchObject({ ok: false });
		expect(restAccess("POST", "/local/doc1/broadcast-signal", q(), c)).toMatchObject({ ok: false });
	});
	it("creates only with a creation token that may write; uploads only with summary:write", () => {
		expect(restAccess("POST", "/documents/local", q(), claims(""))).toMatchObject({ ok: true, kind: "create" });
		expect(restAccess("POST", "/documents/local", q(), claims("doc1"))).toMatchObject({ ok: false });
		expect(restAccess("POST", "/documents/local", q(), claims("", ["doc:read"]))).toMatchObject({ ok: false });
		expect(restAccess("POST", "/repos/local/git/blobs", q(), claims("doc1"))).toMatchObject({ ok: true, kind: "upload" });
		expect(restAccess("POST", "/repos/local/git/blobs", q(), claims("doc1", ["doc:read"]))).toMatchObject({ ok: false });
		expect(restAccess("GET", "/repos/local/git/blobs/abc123", q(), claims("doc1", ["doc:read"]))).toMatchObject({ ok: true });
	});
});

describe("readClientFrame", () => {
	it("names the driver's events and refuses the rest", () => {
		expect(readClientFrame('42["connect_document",{"id":"d"}]')).toEqual({
			kind: "event",
			name: "connect_document",
			args: [{ id: "d" }],
		});
		expect(readClientFrame('4212["submitOp","c",[]]')).toMatchObject({ kind: "event", name: "submitOp" });
		expect(readClientFrame("3")).toEqual({ kind: "pass" });
		expect(readClientFrame("40")).toEqual({ kind: "pass" });
		expect(readClientFrame('42["broadcast-signal",{}]')).toMatchObject({ kind: "refuse" });
		expect(readClientFrame('42/admin,["connect_document",{}]')).toMatchObject({ kind: "refuse" });
		expect(readClientFrame('451-["connect_document",{"_placeholder":true}]')).toMatchObject({ kind: "refuse" });
		expect(readClientFrame("42[not json")).toMatchObject({ kind: "refuse" });
	});
});

describe("RestLess requests and authorization headers", () => {
	it("reads the real method, the authorization and the body from the form", () => {
		const form = new URLSearchParams({ method: "GET" });
		form.append("header", "Authorization: Basic abc.def.ghi");
		const plain = plainRequest(
			"POST",
			{ "content-type": "application/x-www-form-urlencoded;restless" },
			Buffer.from(form.toString()),
		);
		expect(plain).toEqual({
			method: "GET",
			authorization: "Basic abc.def.ghi",
			contentType: "application/json",
			body: undefined,
		});
	});
	it("refuses two methods or two authorizations", () => {
		const form = new URLSearchParams();
		form.append("method", "GET");
		form.append("method", "POST");
		expect(
			plainRequest("POST", { "content-type": "application/x-www-form-urlencoded;restless" }, Buffer.from(form.toString())),
		).toBeUndefined();
	});
	it("finds the token as the orderer and storage send it", () => {
		expect(tokenOfAuthorization("Basic a.b.c")).toBe("a.b.c");
		expect(tokenOfAuthorization(`Basic ${Buffer.from("local:a.b.c").toString("base64")}`)).toBe("a.b.c");
		expect(tokenOfAuthorization("Bearer a.b.c")).toBe("a.b.c");
		expect(tokenOfAuthorization("Basic garbage")).toBeUndefined();
		expect(tokenOfAuthorization(undefined)).toBeUndefined();
	});
});

describe("LiveConnections", () => {
	it("revokes the write tokens issued until now, closes the writers, and leaves readers and later tokens alone", () => {
		let now = 2_000_000;
		const live = new LiveConnections(() => now);
		const closed: string[] = [];
		live.add({ documentId: "p", userId: "u-a", writer: true, close: () => closed.push("writer") });
		live.add({ documentId: "p", userId: "u-b", writer: false, close: () => closed.push("reader") });
		expect(live.revokeWriters(["p"], "u-a")).toBe(1);
		expect(closed).toEqual(["writer"]);
		expect(live.isRevoked(claims("p", RW, 1999))).toBe(true);
		expect(live.isRevoked(claims("p", ["doc:read"], 1999))).toBe(false);
		expect(live.isRevoked({ ...claims("p", RW, 1999), user: { id: "u-c", name: "C" } })).toBe(false);
		now += 5000;
		expect(live.isRevoked(claims("p", RW, 2004))).toBe(false);
	});
});
