import { describe, expect, it } from "vitest";
import type { RefusalReason } from "../../src/domain/actions";
import { instructionFor, stepTitle } from "../../src/domain/instructions";
import { DEFAULT_LOCALE, LOCALES, METHOD_CREDIT, localeFrom, localeFromList } from "../../src/domain/locale";
import { ROLE_NAMES, refusalMessage, roleName } from "../../src/domain/messages";
import { STEP_IDS, type ActingRole, type Role, type StepId } from "../../src/domain/steps";

/** Every refusal reason: the Record type makes this fail to compile if one is missing. */
const ALL_REASONS: Record<RefusalReason, true> = {
	observerReadOnly: true,
	facilitatorOnly: true,
	notInThisStep: true,
	notForYourRole: true,
	voteClosed: true,
	facilitatorDoesNotVote: true,
	maxDotsReached: true,
	maxDotsOnOne: true,
	unknownProblematique: true,
	unknownItem: true,
	tieUndecided: true,
	alreadyHarvested: true,
	alreadyOnTable: true,
	notEveryoneAgrees: true,
	invalidKind: true,
	outOfRange: true,
	notYourTurn: true,
	notYourCard: true,
	notAsked: true,
	textTooLong: true,
	textEmpty: true,
	tooManyIdeas: true,
	offreurDoesNotSpeak: true,
	notEligibleYet: true,
	alreadyDecided: true,
	noCandidate: true,
	notATie: true,
	reasonOnlyForNo: true,
	anonymousOnlyForYes: true,
	namesAnonymous: true,
	invalidDate: true,
	workshopEnded: true,
	countLimit: true,
	totalLimit: true,
};
const REASONS = Object.keys(ALL_REASONS) as RefusalReason[];
const ACTING_ROLES: readonly ActingRole[] = ["facilitator", "participant", "offreur", "contributor"];
const ROLES: readonly Role[] = [...ACTING_ROLES, "observer"];

/** The kit's French step names, as the spec's déroulé gives them. */
const KIT_TITLES: Readonly<Record<StepId, string>> = {
	invitation: "Invitation",
	accueil: "Accueil des participants",
	presentation: "Présentation",
	regles: "Règles du jeu",
	recherche: "Recherche de problématique",
	partage: "Partage de problématiques",
	choix: "Choix de la problématique",
	consentement: "Vérifier le consentement de l'offreur",
	expose: "Exposé de la situation",
	clarification: "Questions de clarification",
	reformulation: "Reformulation",
	reflexion: "Réflexion individuelle",
	echanges: "Échanges entre les contributeurs",
	recolte: "Récolte",
	plan: "Rédaction du plan d'action",
	"partage-offreur": "Partage",
	"partage-contributeurs": "Partage des contributeurs",
	documentation: "Après la séance : documentation",
};

describe("choosing the language", () => {
	it("is English for an English tag", () => {
		expect(localeFrom("en-US")).toBe("en");
		expect(localeFrom("en")).toBe("en");
		expect(localeFrom("EN-gb")).toBe("en");
		expect(localeFrom(" en_AU ")).toBe("en");
	});

	it("is French for anything else", () => {
		for (const tag of ["fr-FR", "fr", "fr-CA", "de-DE", "es", "enx", "", "  "]) expect(localeFrom(tag)).toBe("fr");
		expect(localeFrom(undefined)).toBe("fr");
		expect(localeFrom(null)).toBe("fr");
		expect(DEFAULT_LOCALE).toBe("fr");
	});

	it("takes the first French or English tag of a preference list", () => {
		expect(localeFromList(["de-DE", "en-US", "fr-FR"])).toBe("en");
		expect(localeFromList(["nl", "fr-BE", "en"])).toBe("fr");
		expect(localeFromList(["de", "it"])).toBe("fr");
		expect(localeFromList([])).toBe("fr");
	});

	it("offers French and English", () => {
		expect([...LOCALES].sort()).toEqual(["en", "fr"]);
	});
});

describe("step texts", () => {
	it.each(LOCALES)("every step has a title in %s", (locale) => {
		for (const step of STEP_IDS) expect(stepTitle(step, locale).trim()).not.toBe("");
	});

	it("uses the kit's French step names", () => {
		for (const step of STEP_IDS) expect(stepTitle(step, "fr")).toBe(KIT_TITLES[step]);
	});

	it("has English titles that are not the French ones where the words differ", () => {
		expect(stepTitle("accueil", "en")).not.toBe(stepTitle("accueil", "fr"));
		expect(stepTitle("echanges", "en")).not.toBe(stepTitle("echanges", "fr"));
	});

	it.each(LOCALES)("every step has a non-empty instruction for every acting role in %s", (locale) => {
		for (const step of STEP_IDS) {
			for (const role of ACTING_ROLES) {
				expect(instructionFor(step, role, locale).trim(), `${step}/${role}`).not.toBe("");
			}
		}
	});

	it("gives the offreur and the contributors different instructions where they act differently", () => {
		for (const locale of LOCALES) {
			for (const step of ["expose", "clarification", "reformulation", "echanges", "recolte"] as const) {
				expect(instructionFor(step, "offreur", locale)).not.toBe(instructionFor(step, "contributor", locale));
			}
		}
	});

	it("lets observers read the facilitator's instruction", () => {
		for (const step of STEP_IDS) {
			expect(instructionFor(step, "observer", "fr")).toBe(instructionFor(step, "facilitator", "fr"));
		}
	});

	it("keeps the kit's key words in the French consignes", () => {
		expect(instructionFor("choix", "participant", "fr")).toMatch(/3 gommettes/);
		expect(instructionFor("choix", "participant", "fr")).toMatch(/2 au maximum/);
		expect(instructionFor("reformulation", "offreur", "fr")).toContain("J'aimerais que le groupe m'aide à");
		expect(instructionFor("echanges", "facilitator", "fr")).toMatch(/pas de conseils ni de jugements/);
		expect(instructionFor("echanges", "offreur", "fr")).toMatch(/prenez note/i);
		expect(instructionFor("recolte", "offreur", "fr")).toMatch(/2 ou 3 idées/);
	});

	it("tells the English reader the same rules", () => {
		expect(instructionFor("choix", "participant", "en")).toMatch(/3 dots/);
		expect(instructionFor("echanges", "facilitator", "en")).toMatch(/no advice/);
		expect(instructionFor("recolte", "offreur", "en")).toMatch(/2 or 3 ideas/);
	});
});

describe("refusal messages", () => {
	it.each(REASONS)("%s has a French and an English message", (reason) => {
		const fr = refusalMessage(reason, "fr");
		const en = refusalMessage(reason, "en");
		expect(fr.trim()).not.toBe("");
		expect(en.trim()).not.toBe("");
		expect(fr).not.toBe(en);
	});

	it("never gives two reasons the same message", () => {
		for (const locale of LOCALES) {
			const messages = REASONS.map((r) => refusalMessage(r, locale));
			expect(new Set(messages).size).toBe(messages.length);
		}
	});

	it("states the vote limits with the kit's numbers", () => {
		expect(refusalMessage("maxDotsReached", "fr")).toMatch(/3 gommettes/);
		expect(refusalMessage("maxDotsOnOne", "fr")).toMatch(/2 gommettes/);
		expect(refusalMessage("maxDotsReached", "en")).toMatch(/3 dots/);
		expect(refusalMessage("maxDotsOnOne", "en")).toMatch(/2 dots/);
	});
});

describe("role names", () => {
	it("names every role in both languages", () => {
		for (const role of ROLES) {
			for (const locale of LOCALES) expect(roleName(role, locale).trim()).not.toBe("");
		}
		expect(Object.keys(ROLE_NAMES).sort()).toEqual([...ROLES].sort());
	});

	it("keeps the kit's inclusive French role names", () => {
		expect(roleName("facilitator", "fr")).toMatch(/^Facilitat/);
		expect(roleName("facilitator", "fr")).toMatch(/rice/);
		expect(roleName("offreur", "fr")).toMatch(/^Offreur·se/);
		expect(roleName("contributor", "fr")).toMatch(/^Contributeur·rice/);
	});

	it("keeps the kit's word offreur in English", () => {
		expect(roleName("offreur", "en")).toMatch(/Offreur/);
	});
});

describe("the method credit", () => {
	it.each(LOCALES)("mentions Payette and Champagne in %s", (locale) => {
		expect(METHOD_CREDIT[locale]).toMatch(/Adrien Payette/);
		expect(METHOD_CREDIT[locale]).toMatch(/Claude Champagne/);
	});

	it("is the spec's French sentence", () => {
		expect(METHOD_CREDIT.fr).toBe(
			"Processus inspiré de la méthodologie de codéveloppement professionnel (Adrien Payette et Claude Champagne)",
		);
	});
});

describe("inclusive and typographic words", () => {
	it("the step-16 consigne uses the kit's inclusive forms", async () => {
		const { instructionFor } = await import("../../src/domain/instructions");
		for (const role of ["facilitator", "offreur", "contributor"] as const) {
			const text = instructionFor("partage-contributeurs", role, "fr");
			expect(text, role).not.toMatch(/contributeurs?(?!·)\b/);
			expect(text, role).not.toMatch(/quoi il repart/);
		}
		expect(instructionFor("partage-contributeurs", "facilitator", "fr")).toContain("contributeur·rice");
	});

	it("English words use English spacing (no space before : ; ! ?) and English names for dots and the harvest", async () => {
		const { BOARD_WORD_TABLES } = await import("../../src/ui/board-list/words");
		const { entryTexts } = await import("../../src/domain/catalogue");
		for (const [key, entry] of Object.entries(BOARD_WORD_TABLES.en)) {
			for (const text of entryTexts(entry)) {
				expect(text, key).not.toMatch(/ [:;!?]/);
				expect(text, key).not.toMatch(/gommette|Récolte|récolte/);
			}
		}
		const { EN } = await import("../../src/domain/instructions-en");
		for (const [step, words] of Object.entries(EN)) {
			for (const text of Object.values(words)) expect(text, step).not.toMatch(/ [:;!?](\s|$)|gommette|Récolte/);
		}
		for (const reason of REASONS) expect(refusalMessage(reason, "en"), reason).not.toMatch(/ [:;!?](\s|$)|gommette/);
	});
});
