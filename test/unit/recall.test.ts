import { describe, expect, it } from "vitest";
import { RECALL_MS, recallShown } from "../../src/domain/recall";

describe("the facilitator's recall", () => {
	const recall = { at: 1_000, step: "echanges" as const };

	it("shows for a while, then goes away by itself", () => {
		expect(recallShown(recall, "echanges", 1_000)).toBe(true);
		expect(recallShown(recall, "echanges", 1_000 + RECALL_MS - 1)).toBe(true);
		expect(recallShown(recall, "echanges", 1_000 + RECALL_MS)).toBe(false);
		expect(RECALL_MS).toBe(30_000);
	});

	it("goes away at the next step", () => {
		expect(recallShown(recall, "recolte", 1_500)).toBe(false);
	});

	it("an older recall (no step) still goes away with time", () => {
		expect(recallShown({ at: 0 }, "documentation", 10)).toBe(true);
		expect(recallShown({ at: 0 }, "documentation", RECALL_MS + 1)).toBe(false);
	});
});
