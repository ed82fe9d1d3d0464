/**
 * The replies a workshop's address asks for before the app's code has come (src/api/early.ts):
 * each taken once, fresh, for the same person and document only; Fluid's token provider takes
 * a document's early token for its first orderer and first storage call, then asks the server.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ApiClient } from "../../src/api/client";
import { early, FRESH_MS, tokenTenant } from "../../src/api/early";
import type { TokenReply } from "../../src/api/types";
import { ServerTokenProvider } from "../../src/fluid/tokenProvider";

const reply = (jwt: string): Promise<TokenReply> => Promise.resolve({ jwt } as TokenReply);

/** An API client that only signs tokens, counting what it was asked. */
function signer() {
	const asked: { ticket: string; documentId: string | undefined; tenantId: string }[] = [];
	const api = {
		token: (ticket: string, documentId: string | undefined, tenantId: string) => {
			asked.push({ ticket, documentId, tenantId });
			return reply(`server-${asked.length}`);
		},
	} as unknown as ApiClient;
	return { api, asked };
}

afterEach(() => {
	early.clear();
	vi.useRealTimers();
});

describe("early replies", () => {
	it("gives a kept reply once, then nothing (the caller asks the server)", async () => {
		const info = Promise.resolve({ id: "w1" } as never);
		early.keepWorkshop("w1", info);
		expect(early.takeWorkshop("w2")).toBeUndefined();
		expect(early.takeWorkshop("w1")).toBe(info);
		expect(early.takeWorkshop("w1")).toBeUndefined();
	});

	it("gives nothing once the reply is older than FRESH_MS", () => {
		vi.useFakeTimers();
		early.keepConfig(Promise.resolve({ fluid: { type: "local", endpoint: "/", tenantId: "t" } }));
		vi.advanceTimersByTime(FRESH_MS + 1);
		expect(early.takeConfig()).toBeUndefined();
	});

	it("hands a failed reply to whoever takes it, never as an unhandled rejection", async () => {
		const failing = Promise.reject(new Error("offline"));
		early.keepConfig(failing);
		await new Promise((resolve) => setTimeout(resolve, 0));
		await expect(early.takeConfig()).rejects.toThrow("offline");
	});

	it("names the tenant as Fluid's client does (the local service's is 'local')", () => {
		expect(tokenTenant({ type: "local", endpoint: "/", tenantId: "anything" })).toBe("local");
		expect(tokenTenant({ type: "remote", endpoint: "https://x", tenantId: "tenant-1" })).toBe("tenant-1");
	});
});

describe("the token provider", () => {
	it("takes the document's early token for its first orderer and first storage call, then asks the server", async () => {
		const { api, asked } = signer();
		early.keepToken("ticket-a", "local", "doc-1", reply("early-1"));
		const provider = new ServerTokenProvider(api, "ticket-a");
		expect((await provider.fetchOrdererToken("local", "doc-1")).jwt).toBe("early-1");
		expect((await provider.fetchStorageToken("local", "doc-1")).jwt).toBe("early-1");
		expect(asked).toHaveLength(0);
		expect((await provider.fetchOrdererToken("local", "doc-1")).jwt).toBe("server-1");
		expect((await provider.fetchStorageToken("local", "doc-1")).jwt).toBe("server-2");
	});

	it("never gives one person's early token to another, nor one document's to another", async () => {
		const { api, asked } = signer();
		early.keepToken("ticket-a", "local", "doc-1", reply("early-1"));
		expect((await new ServerTokenProvider(api, "ticket-b").fetchOrdererToken("local", "doc-1")).jwt).toBe("server-1");
		expect((await new ServerTokenProvider(api, "ticket-a").fetchStorageToken("local", "doc-2")).jwt).toBe("server-2");
		expect((await new ServerTokenProvider(api, "ticket-a").fetchStorageToken("remote-tenant", "doc-1")).jwt).toBe("server-3");
		expect(asked.map((a) => a.ticket)).toEqual(["ticket-b", "ticket-a", "ticket-a"]);
	});
});
