import { describe, expect, it } from "vitest";
import { ideasSealOnMove, voteSealOnChange } from "../../src/domain/sealing";
import type { STEP_IDS } from "../../src/domain/steps";

describe("what the facilitator's moves seal", () => {
	it("seals the vote when it closes, once; reopening it drops the seal", () => {
		expect(voteSealOnChange({ wasOpen: true, open: false, sealed: false })).toBe("seal");
		expect(voteSealOnChange({ wasOpen: true, open: false, sealed: true })).toBe("keep");
		expect(voteSealOnChange({ wasOpen: false, open: false, sealed: false })).toBe("keep");
		expect(voteSealOnChange({ wasOpen: false, open: true, sealed: true })).toBe("reopen");
		expect(voteSealOnChange({ wasOpen: true, open: true, sealed: false })).toBe("reopen");
	});

	it("seals the kept ideas on moving past the récolte and the plan, reopens them on coming back", () => {
		const at = (to: (typeof STEP_IDS)[number], sealed = false) => ideasSealOnMove(to, sealed);
		expect(at("recolte", true)).toBe("reopen");
		expect(at("plan", true)).toBe("reopen");
		expect(at("partage-offreur")).toBe("seal");
		expect(at("documentation")).toBe("seal");
		expect(at("partage-contributeurs", true)).toBe("keep");
		for (const before of ["invitation", "choix", "echanges"] as const) {
			expect(at(before)).toBe("keep");
			expect(at(before, true)).toBe("keep");
		}
	});
});
