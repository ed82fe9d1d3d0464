/**
 * A workshop's documents are summarized as it goes on, through the app's proxy and with the
 * app's tokens: the summarizer (run by the facilitator's client, which created them) asks for
 * the latest summary by its commit's hash, then uploads the new one. Until 4 Dec the proxy
 * refused the first request, so no summary was ever written after a document's creation:
 * every join replayed every op since then.
 */
import "../support/node-fluid";
import { afterAll, expect, inject, it } from "vitest";
import { createTestWorkshop, type TestWorkshop } from "../support/clients";
import { until } from "../support/waiting";

let w: TestWorkshop | undefined;
afterAll(() => w?.dispose());

/** The summaries the local service holds for a document (read from the service itself, not through the app). */
async function summaries(documentId: string): Promise<number> {
	const answer = await fetch(`${inject("fluidEndpoint")}/repos/local/commits?sha=${documentId}&count=100`);
	return answer.ok ? ((await answer.json()) as unknown[]).length : 0;
}

it("writes new summaries of the process as edits come", async () => {
	w = await createTestWorkshop(inject("appUrl"), "Résumés");
	const { processId } = w.facilitator;
	const before = await summaries(processId);
	expect(before).toBeGreaterThan(0);
	// More ops than the summarizer lets pass before it summarizes, one per turn (a turn's edits go as one batch).
	for (let i = 0; i < 300; i++) {
		w.facilitator.processView.root.title = `Résumés ${i}`;
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
	const after = await until(
		() => summaries(processId),
		(n) => n > before,
		{ timeoutMs: 45_000, intervalMs: 250 },
	);
	expect(after).toBeGreaterThan(before);
}, 60_000);
