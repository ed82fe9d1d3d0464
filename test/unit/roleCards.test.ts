import { describe, expect, it } from "vitest";
import { cardRoleOf, GENERAL_POSTURE, postureFor, roleCard, THANKS } from "../../src/domain/roleCards";
import { personalTurnLeftMs, personalTurnMinutes } from "../../src/domain/timeplan";
import { LOCALES } from "../../src/domain/locale";
import { STEP_IDS } from "../../src/domain/steps";

describe("role cards", () => {
	it("deals the kit's three cards, never one for a participant or observer", () => {
		expect(cardRoleOf("facilitator")).toBe("facilitator");
		expect(cardRoleOf("offreur")).toBe("offreur");
		expect(cardRoleOf("contributor")).toBe("contributor");
		expect(cardRoleOf("participant")).toBeUndefined();
		expect(cardRoleOf("observer")).toBeUndefined();
	});

	it("words the cards as the kit does, in French and English", () => {
		expect(roleCard("offreur", "fr").text).toBe(
			"Cette personne expose sa problématique, répond aux questions, partage ce qu'elle retient de la séance, se projette.",
		);
		expect(roleCard("contributor", "fr").title).toBe("Contributeurs, contributrices");
		for (const locale of LOCALES) {
			for (const role of ["facilitator", "offreur", "contributor"] as const) {
				expect(roleCard(role, locale).text.length).toBeGreaterThan(40);
			}
		}
		expect(roleCard("offreur", "en").text).toContain("answers the questions");
	});

	it("gives only the facilitator's card the reminder duties (rules, posture, time, floor)", () => {
		const duties = roleCard("facilitator", "fr").duties ?? "";
		expect(duties).toContain("règles du jeu");
		expect(duties).toContain("pas de conseils, pas de jugement");
		expect(duties).toContain("temps");
		expect(roleCard("offreur", "fr").duties).toBeUndefined();
		expect(roleCard("contributor", "en").duties).toBeUndefined();
	});

	it("thanks the offreur for the generosity of sharing", () => {
		expect(THANKS.fr).toContain("générosité");
		expect(THANKS.en).toContain("generosity");
	});
});

describe("postures to recall", () => {
	it("recalls no advice, no judgement in the exchanges, and questions only in clarification", () => {
		expect(postureFor("echanges", "fr")).toContain("Pas de conseils, pas de jugement");
		expect(postureFor("clarification", "fr")).toContain("aucun jugement");
		expect(postureFor("echanges", "en")).toContain("No advice, no judgement");
	});

	it("falls back to the general posture at other steps, in both languages", () => {
		for (const step of STEP_IDS) for (const locale of LOCALES) expect(postureFor(step, locale).length).toBeGreaterThan(10);
		expect(postureFor("accueil", "fr")).toBe(GENERAL_POSTURE.fr);
	});
});

describe("personal turns", () => {
	it("gives 2 minutes each in partage and 1 minute each at the contributors' sharing, none elsewhere", () => {
		expect(personalTurnMinutes("partage")).toBe(2);
		expect(personalTurnMinutes("partage-contributeurs")).toBe(1);
		expect(personalTurnMinutes("echanges")).toBeUndefined();
		expect(personalTurnMinutes("choix")).toBeUndefined();
	});

	it("counts the time left in a turn, negative once over", () => {
		expect(personalTurnLeftMs("partage", 1_000, 31_000)).toBe(90_000);
		expect(personalTurnLeftMs("partage-contributeurs", 0, 75_000)).toBe(-15_000);
		expect(personalTurnLeftMs("expose", 0, 1)).toBeUndefined();
	});
});
