/**
 * The page's first script starts loading a known person's documents early (src/ui/early.ts,
 * `startOpening`), and the page takes that load (`openWorkshop`). On a slow start the page's
 * code may run first (it waits at most 1.5 s for the early requests): it then opens the
 * documents itself, and the early load, started after, must start nothing (it loaded both
 * documents a second time, with four more token requests, then closed them unused).
 */
import "../support/node-fluid";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../../src/api/client";
import type { TokenReply } from "../../src/api/types";
import { openWorkshop, startOpening, type WorkshopSession } from "../../src/fluid/session";
import { createTestWorkshop, type TestWorkshop } from "../support/clients";

/** The app's client, counting the token requests it sends. */
class CountingApi extends ApiClient {
	tokens = 0;
	override token(ticket: string, documentId: string | undefined, tenantId: string): Promise<TokenReply> {
		this.tokens++;
		return super.token(ticket, documentId, tenantId);
	}
}

describe("the early load of a page", () => {
	let w: TestWorkshop;
	const opened: WorkshopSession[] = [];

	beforeAll(async () => {
		w = await createTestWorkshop(inject("appUrl"), "Chargement précoce");
	});
	afterAll(() => {
		for (const s of opened) s.dispose();
		w.dispose();
	});

	it("is taken by the page when it started first", async () => {
		const api = new CountingApi(inject("appUrl"));
		const identity = await w.api.join(w.info.id, "Alice", w.participantKey);
		const info = await api.workshop(w.info.id);
		startOpening(api, w.fluid, info, identity);
		opened.push(await openWorkshop(api, w.fluid, info, identity, w.facilitator.clock, Promise.resolve()));
		// One load: a token for each document's orderer and storage (none asked early here).
		expect(api.tokens).toBe(4);
	});

	it("starts nothing when it comes after the page opened the documents itself", async () => {
		const api = new CountingApi(inject("appUrl"));
		const identity = await w.api.join(w.info.id, "Bruno", w.participantKey);
		const info = await api.workshop(w.info.id);
		opened.push(await openWorkshop(api, w.fluid, info, identity, w.facilitator.clock, Promise.resolve()));
		const asked = api.tokens;
		startOpening(api, w.fluid, info, identity);
		// Nothing to wait for but an absence: a second load would have asked its tokens by then.
		await new Promise((r) => setTimeout(r, 1_500));
		expect(api.tokens).toBe(asked);
	});
});
