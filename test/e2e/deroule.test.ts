/**
 * The whole déroulé in real Chromium, step 1 (accueil) to step 17 (documentation), timers
 * running, one `it` per stage: Fanny facilitates; Alice, Bob, Chloé and Dan take part, then
 * Dan (second in the vote, after Chloé's "non") becomes the offreur and the others contributors.
 * At every step every page shows the same step and the same fresh countdown; what is not
 * one's to do is refused (absent, or aria-disabled and saying why when pressed); the turns
 * (partage, clarification, échanges, partage des contributeurs) go round as the kit says;
 * and axe-core finds no serious violation on the facilitator's and a participant's page.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { STEP_IDS, type StepId } from "../../src/domain/steps";
import { createWorkshop, joinByLink, launchBrowser, person, stepOf } from "../support/browser";
import {
	KIT_MINUTES,
	WAIT,
	everyoneAt,
	expectFreshCountdown,
	expectNoSeriousViolations,
	focused,
	givePersonalTurn,
	personalTurnOptions,
	placeDot,
	pressRefused,
	REFUSED,
	rebondColumn as column,
	sortedTexts,
	voteItem,
} from "../support/deroule-helpers";

const NAMES = ["Alice", "Bob", "Chloé", "Dan"];
const PROBLEMS = {
	alice: "Reprendre une équipe après un départ difficile",
	bob: "Dire non à ma direction sans me fermer des portes",
	chloe: "Animer des réunions où personne ne parle",
	dan: "Trouver du temps pour former les nouveaux arrivants",
};
const RULES = ["Bienveillance et confidentialité", "Téléphones en silencieux"];
const FORMULATION = "trouver du temps pour accueillir les nouveaux";
const QUESTIONS = {
	alice1: "Combien de nouveaux arrivent chaque année ?",
	alice2: "Qui les forme aujourd'hui ?",
	bob: "Qu'as-tu déjà essayé ?",
	chloe: "Ta direction est-elle au courant ?",
};
const ANSWERS = { alice1: "Une dizaine", bob: "Un tutorat, abandonné" };
const REBONDS = {
	alice: "J'ai organisé un binôme pour chaque arrivée",
	bob: "Le livre « Former sans s'épuiser » m'a aidé",
	chloe1: "Nous avons enregistré de courtes vidéos",
	chloe2: "Un parcours d'accueil écrit a bien marché",
};
const PLAN = [
	{ text: "Proposer un binôme à chaque arrivée", when: "dès lundi" },
	{ text: "Écrire un parcours d'accueil", when: "avant la fin du mois" },
];
const LEARNINGS = {
	dan: "Je ne suis pas seul : je partage la formation",
	alice: "Poser des questions avant de proposer",
	bob: "Le temps d'écoute sans réponse m'a apaisé",
	chloe: "Mes vidéos peuvent servir à d'autres",
};
const DOCUMENTATION = "Idées gardées : binômes, vidéos, parcours. Plan : binôme dès lundi.";

describe("the whole déroulé, accueil to documentation, with the timers running", () => {
	let browser: Browser;
	let fanny: Page;
	let alice: Page;
	let bob: Page;
	let chloe: Page;
	let dan: Page;
	let everyone: Page[];
	let participants: Page[];
	/** After consent: Alice, Bob and Chloé. */
	let contributors: Page[];
	let step: StepId = "invitation";

	/** "Étape suivante": the next step of the déroulé on every page, its countdown fresh and agreed. */
	async function next(to: StepId): Promise<void> {
		expect(STEP_IDS[STEP_IDS.indexOf(step) + 1], "the déroulé's order").toBe(to);
		await fanny.getByRole("button", { name: "Étape suivante" }).click();
		await everyoneAt(everyone, to);
		step = to;
		const minutes = KIT_MINUTES[to];
		if (minutes === undefined) {
			for (const page of everyone) await expect.poll(() => page.getByTestId("step-timer").count(), WAIT).toBe(0);
		} else {
			await expectFreshCountdown(everyone, "step-timer", minutes * 60);
		}
	}

	async function ask(page: Page, text: string): Promise<void> {
		await expect.poll(() => page.getByTestId("question-turn").getAttribute("data-ok"), WAIT).toBe("yes");
		await page.locator('input[name="question"]').fill(text);
		await page.getByTestId("ask-question").click();
		await expect.poll(() => fanny.getByTestId("question").filter({ hasText: text }).count(), WAIT).toBe(1);
	}

	function floorButton(name: string): Locator {
		return fanny.getByRole("button", { name: `Donner la parole à ${name}`, exact: true });
	}

	async function everyoneSeesSpeaker(name: string): Promise<void> {
		for (const page of everyone)
			await expect.poll(() => page.getByTestId("speaker").textContent(), WAIT).toBe(`À la parole : ${name}`);
	}

	async function learn(page: Page, text: string): Promise<void> {
		await page.locator('input[name="learning"]').fill(text);
		await page.getByTestId("add-learning").click();
		for (const other of everyone)
			await expect.poll(() => other.getByTestId("learning").filter({ hasText: text }).count(), WAIT).toBe(1);
	}

	beforeAll(async () => {
		browser = await launchBrowser();
		everyone = [];
		for (let i = 0; i < 5; i++) everyone.push((await person(browser)).page);
		[fanny, alice, bob, chloe, dan] = everyone as [Page, Page, Page, Page, Page];
		participants = [alice, bob, chloe, dan];
		contributors = [alice, bob, chloe];
	});
	afterAll(async () => {
		await browser?.close();
	});

	it("1. accueil: the facilitator opens the workshop to four participants; nothing is theirs to do yet", async () => {
		const link = await createWorkshop(fanny, inject("appUrl"), "Atelier d'entraide du jeudi", "Fanny");
		// One after the other: the join order is the order of the turns.
		for (const [i, page] of participants.entries()) await joinByLink(page, link, NAMES[i] ?? "");
		for (const page of everyone) await expect.poll(() => page.getByTestId("participant").count(), WAIT).toBe(5);
		expect(await stepOf(fanny)).toBe("invitation");
		await next("accueil");
		// Only the facilitator moves the steps.
		for (const page of participants) expect(await page.getByRole("button", { name: "Étape suivante" }).count()).toBe(0);
		expect(await fanny.getByTestId("my-role").textContent()).toContain("Facilitat");
		for (const page of participants) expect(await page.getByTestId("my-role").textContent()).toContain("Participant");
		// Nothing goes on the table at the accueil, and no rule is written yet.
		await pressRefused(alice.getByTestId("put-on-table"), REFUSED.notNow);
		for (const page of everyone) expect(await page.locator('input[name="rule"]').count()).toBe(0);
		await expectNoSeriousViolations(fanny, alice);
	});

	it("2–3. présentation, then règles du jeu: each says what matters to them", async () => {
		await next("presentation");
		for (const page of everyone) expect(await page.locator('input[name="rule"]').count()).toBe(0);
		await next("regles");
		await Promise.all(
			[alice, fanny].map(async (page, i) => {
				await page.locator('input[name="rule"]').fill(RULES[i] ?? "");
				await page.locator('input[name="rule"]').press("Enter");
			}),
		);
		for (const page of everyone) await expect.poll(() => sortedTexts(page, "rule"), WAIT).toEqual([...RULES].sort());
	});

	it("4. recherche: each participant writes a problématique, privately; none is put on the table yet", async () => {
		await next("recherche");
		expect(await fanny.locator('textarea[name="problematique"]').count()).toBe(0);
		for (const [i, page] of participants.entries())
			await page.locator('textarea[name="problematique"]').fill(Object.values(PROBLEMS)[i] ?? "");
		await pressRefused(bob.getByTestId("put-on-table"), REFUSED.notNow);
		expect(await fanny.content()).not.toContain(PROBLEMS.bob);
		expect(await alice.content()).not.toContain(PROBLEMS.dan);
	});

	it("5. partage: each participant has a 2-minute turn that everyone sees, and puts the problématique on the table", async () => {
		await next("partage");
		for (const page of everyone)
			expect(await page.getByTestId("personal-turn").textContent()).toContain("Personne n'a la parole.");
		for (const page of participants)
			expect(await page.getByRole("combobox", { name: "Donner la parole (temps par personne)" }).count()).toBe(0);
		for (const [i, page] of participants.entries()) {
			const [name, problem] = [NAMES[i] ?? "", Object.values(PROBLEMS)[i] ?? ""];
			await givePersonalTurn(fanny, name);
			for (const other of everyone)
				await expect
					.poll(() => other.getByTestId("turn-timer").textContent(), WAIT)
					.toMatch(new RegExp(`^Parole à ${name} — [0-2]:\\d\\d restantes$`));
			await expectFreshCountdown(everyone, "turn-timer", 120);
			await page.getByTestId("put-on-table").click();
			for (const other of everyone)
				await expect.poll(() => other.getByTestId("problematique-card").filter({ hasText: problem }).count(), WAIT).toBe(1);
		}
		for (const page of everyone) expect(await sortedTexts(page, "problematique-text")).toEqual(Object.values(PROBLEMS).sort());
		// The vote waits for its step: no gommette can be placed yet.
		for (const page of everyone) expect(await page.getByTestId("place-dot").count()).toBe(0);
	});

	it("6. choix: three gommettes each, two at most on one, none for the facilitator; Chloé's comes first", async () => {
		await next("choix");
		expect(await fanny.getByTestId("dots-left").count()).toBe(0);
		expect(await fanny.getByTestId("place-dot").count()).toBe(0);
		// The four vote at the same moment; Alice's third dot on one problématique is refused, so is her fourth.
		const votes: [Page, string[]][] = [
			[alice, [PROBLEMS.chloe, PROBLEMS.chloe, PROBLEMS.dan]],
			[bob, [PROBLEMS.chloe, PROBLEMS.chloe, PROBLEMS.dan]],
			[chloe, [PROBLEMS.dan, PROBLEMS.dan, PROBLEMS.alice]],
			[dan, [PROBLEMS.chloe, PROBLEMS.alice, PROBLEMS.bob]],
		];
		await Promise.all(
			votes.map(async ([page, targets]) => {
				for (const [i, text] of targets.entries()) {
					await placeDot(page, text, targets.slice(0, i + 1).filter((t) => t === text).length);
					if (page === alice && i === 1) await pressRefused(voteItem(alice, text).getByTestId("place-dot"), REFUSED.onOne);
				}
			}),
		);
		await pressRefused(voteItem(alice, PROBLEMS.alice).getByTestId("place-dot"), REFUSED.allPlaced);
		for (const page of participants)
			expect(await page.getByTestId("dots-left").textContent()).toBe("Il ne vous reste plus de gommette");
		await fanny.getByTestId("toggle-reveal").click();
		const tallies = { [PROBLEMS.chloe]: "5", [PROBLEMS.dan]: "4", [PROBLEMS.alice]: "2", [PROBLEMS.bob]: "1" };
		for (const page of everyone) {
			for (const [text, n] of Object.entries(tallies)) {
				await expect.poll(() => voteItem(page, text).getByTestId("tally").getAttribute("data-count"), WAIT).toBe(n);
			}
			const groups = page.getByTestId("ranking").getByTestId("rank-group");
			expect(await groups.evaluateAll((els) => els.map((e) => e.getAttribute("data-votes")))).toEqual(["5", "4", "2", "1"]);
			expect(await groups.first().textContent()).toContain(PROBLEMS.chloe);
			expect(await groups.nth(1).textContent()).toContain(PROBLEMS.dan);
			expect(await page.getByTestId("tie").count()).toBe(0);
		}
		await expectNoSeriousViolations(fanny, alice);
	});

	it("7. consentement: Chloé says no, Dan (next-ranked) says yes; the role cards are dealt", async () => {
		await next("consentement");
		for (const page of everyone) expect(await page.getByTestId("place-dot").count()).toBe(0);
		await fanny.getByTestId("ask-consent").click();
		await expect.poll(() => chloe.getByTestId("consent-prompt").count(), WAIT).toBe(1);
		expect(await chloe.getByTestId("consent-prompt").textContent()).toContain("Êtes-vous toujours d'accord");
		for (const page of [fanny, alice, bob, dan]) expect(await page.getByTestId("consent-prompt").count()).toBe(0);
		await chloe.getByTestId("consent-no").click();
		await expect.poll(() => fanny.getByTestId("consent-refused").textContent(), WAIT).toBe("A dit non : Chloé");
		await expect.poll(() => chloe.getByTestId("consent-prompt").count(), WAIT).toBe(0);

		await fanny.getByTestId("ask-consent").click();
		await expect.poll(() => dan.getByTestId("consent-prompt").count(), WAIT).toBe(1);
		await expect.poll(() => fanny.getByTestId("consent-state").textContent(), WAIT).toContain("Dan");
		for (const page of [alice, bob, chloe]) expect(await page.getByTestId("consent-prompt").count()).toBe(0);
		await dan.getByTestId("consent-yes").click();
		await expect.poll(() => fanny.getByTestId("consent-state").textContent(), WAIT).toBe("A accepté : Dan");
		await expect.poll(() => dan.getByTestId("my-role").textContent(), WAIT).toContain("Offreu");
		for (const page of contributors)
			await expect.poll(() => page.getByTestId("my-role").textContent(), WAIT).toContain("Contributeur");
		expect(await fanny.getByTestId("my-role").textContent()).toContain("Facilitat");

		// Each card opens by itself, with the kit's words; the offreur's carries the thanks.
		const cards: [Page, string, string][] = [
			[fanny, "Facilitateur, facilitatrice du processus", "rappelle si besoin les règles du jeu"],
			[dan, "Offreur, offreuse de situation", "Cette personne expose sa problématique, répond aux questions"],
			...contributors.map((page): [Page, string, string] => [
				page,
				"Contributeurs, contributrices",
				"Ces personnes questionnent, réfléchissent et rebondissent",
			]),
		];
		for (const [page, title, text] of cards) {
			await expect.poll(() => page.getByTestId("role-card").isVisible(), WAIT).toBe(true);
			expect(await page.getByTestId("role-card").textContent()).toMatch(new RegExp(`${title}.*${text}`));
		}
		expect(await dan.getByTestId("role-card").textContent()).toContain("Merci pour la générosité de ce partage.");
		expect(await bob.getByTestId("role-card").textContent()).not.toContain("générosité");
		await expectNoSeriousViolations(fanny, dan);
		for (const page of everyone) {
			await page.getByTestId("role-card").getByRole("button", { name: "Fermer" }).click();
			await expect.poll(() => page.getByTestId("role-card").count(), WAIT).toBe(0);
		}
		// Each can reopen their own card; closing it gives the focus back to « Ma carte rôle » (WAI-ARIA dialog pattern).
		const focusBack: string[] = [];
		for (const [page, title] of [cards[1], cards[2]].filter((c): c is [Page, string, string] => c !== undefined)) {
			await page.getByTestId("my-card").click();
			await expect.poll(() => page.getByTestId("role-card").textContent(), WAIT).toContain(title);
			await page.keyboard.press("Escape");
			await expect.poll(() => page.getByTestId("role-card").count(), WAIT).toBe(0);
			await page
				.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "my-card", null, { timeout: 2_000 })
				.catch(() => undefined);
			focusBack.push(await focused(page));
		}
		// The choice is made: nobody else is asked.
		await pressRefused(fanny.getByTestId("ask-consent"), REFUSED.decided);
		expect(focusBack, "where the focus is after closing the reopened card (offreur, contributor)").toEqual([
			"my-card",
			"my-card",
		]);
	});

	it("8. exposé: Dan exposes; contributors listen and take private notes; no question, no rebond yet", async () => {
		await next("expose");
		for (const page of everyone) expect(await page.locator('input[name="question"]').count()).toBe(0);
		const add = alice.getByTestId("add-rebond");
		expect(await add.getAttribute("aria-disabled")).toBe("true");
		await add.focus();
		await alice.keyboard.press("Enter");
		expect(await alice.getByTestId("rebond-draft").count()).toBe(0);
		await bob.getByTestId("add-note").click();
		await bob.getByTestId("note-draft").locator("textarea").fill("Dan forme seul depuis deux ans");
		expect(await fanny.content()).not.toContain("Dan forme seul");
	});

	it("9. clarification: contributors ask in turn, nobody twice before the others; Dan answers", async () => {
		await next("clarification");
		for (const page of [fanny, dan]) expect(await page.locator('input[name="question"]').count()).toBe(0);
		for (const page of [fanny, ...contributors]) expect(await page.locator('input[name="answer"]').count()).toBe(0);
		await ask(alice, QUESTIONS.alice1);
		// Alice has asked this round: she waits for Bob and Chloé.
		await expect.poll(() => alice.getByTestId("question-turn").getAttribute("data-ok"), WAIT).toBe("no");
		expect(await alice.getByTestId("question-turn").textContent()).toBe(REFUSED.notYourTurn);
		await alice.locator('input[name="question"]').fill(QUESTIONS.alice2);
		await pressRefused(alice.getByTestId("ask-question"), REFUSED.notYourTurn);
		await expect
			.poll(() => fanny.getByTestId("question-waiting").textContent(), WAIT)
			.toContain("N'ont pas encore eu leur tour : Bob, Chloé");
		await ask(bob, QUESTIONS.bob);
		await ask(chloe, QUESTIONS.chloe);
		// A new round: Alice may ask her second question.
		await ask(alice, QUESTIONS.alice2);
		for (const [key, answer] of Object.entries(ANSWERS)) {
			const question = dan.getByTestId("question").filter({ hasText: QUESTIONS[key as keyof typeof ANSWERS] });
			await question.locator('input[name="answer"]').fill(answer);
			await question.getByTestId("answer-question").click();
		}
		for (const page of everyone) {
			await expect.poll(() => page.getByTestId("question").count(), WAIT).toBe(4);
			for (const [key, answer] of Object.entries(ANSWERS)) {
				const question = page.getByTestId("question").filter({ hasText: QUESTIONS[key as keyof typeof ANSWERS] });
				await expect.poll(() => question.getByTestId("question-answer").textContent(), WAIT).toBe(`Réponse : ${answer}`);
			}
		}
	});

	it("10. reformulation: only the offreur writes « J'aimerais que le groupe m'aide à … »", async () => {
		await next("reformulation");
		for (const page of [fanny, ...contributors]) {
			expect(await page.locator('textarea[name="formulation"]').count()).toBe(0);
			expect(await page.getByTestId("save-formulation").count()).toBe(0);
		}
		await dan.locator('textarea[name="formulation"]').fill(FORMULATION);
		await dan.getByTestId("save-formulation").click();
		for (const page of everyone) await expect.poll(() => page.getByTestId("formulation").textContent(), WAIT).toBe(FORMULATION);
	});

	it("11. réflexion: contributors write rebonds privately; sharing waits for the échanges", async () => {
		await next("reflexion");
		expect(await dan.getByTestId("my-rebonds").count()).toBe(0);
		const drafts: [Page, string][] = [
			[alice, REBONDS.alice],
			[bob, REBONDS.bob],
			[chloe, REBONDS.chloe1],
			[chloe, REBONDS.chloe2],
		];
		for (const [page, text] of drafts) {
			const before = await page.getByTestId("rebond-draft").count();
			await page.getByTestId("add-rebond").click();
			await page.getByTestId("rebond-draft").nth(before).locator('textarea[name="rebond-howMet"]').fill(text);
		}
		await pressRefused(alice.getByTestId("rebond-draft").first().getByTestId("share-rebond"), REFUSED.notNow);
		for (const page of [fanny, dan, bob]) expect(await page.content()).not.toContain(REBONDS.alice);
		for (const page of [fanny, dan, alice]) expect(await page.content()).not.toContain(REBONDS.chloe2);
	});

	it("12. échanges: rebonds shared; the floor goes round, nobody twice before all had the chance; the offreur listens", async () => {
		await next("echanges");
		for (const page of contributors) {
			for (let left = await page.getByTestId("rebond-draft").count(); left > 0; left--) {
				await page.getByTestId("rebond-draft").first().getByTestId("share-rebond").click();
				await expect.poll(() => page.getByTestId("rebond-draft").count(), WAIT).toBe(left - 1);
			}
		}
		for (const page of everyone) {
			await expect.poll(() => column(page, "Alice").textContent(), WAIT).toContain(REBONDS.alice);
			await expect.poll(() => column(page, "Bob").textContent(), WAIT).toContain(REBONDS.bob);
			await expect.poll(() => column(page, "Chloé").getByTestId("rebond").count(), WAIT).toBe(2);
			expect(await column(page, "Chloé").textContent()).toContain(REBONDS.chloe2);
			expect(await column(page, "Dan").count()).toBe(0);
		}
		// The offreur is not in the discussion: no hand to raise, no floor to be given, no question.
		expect(await dan.getByTestId("raise-hand").count()).toBe(0);
		expect(await dan.locator('input[name="question"]').count()).toBe(0);
		for (const page of contributors) expect(await page.getByTestId("raise-hand").count()).toBe(1);
		expect(await floorButton("Dan").count()).toBe(0);

		await bob.getByTestId("raise-hand").check();
		await expect
			.poll(() => fanny.getByTestId("hands").getByTestId("queue-person").filter({ hasText: "Bob" }).count(), WAIT)
			.toBe(1);
		await floorButton("Alice").click();
		await everyoneSeesSpeaker("Alice");
		// Alice has spoken: she waits until Bob and Chloé have had the chance.
		await pressRefused(floorButton("Alice"), REFUSED.spokeAlready("Alice"));
		expect(await fanny.getByTestId("queue-person").filter({ hasText: "Alice" }).getAttribute("data-waits")).toBe("yes");
		await floorButton("Bob").click();
		await everyoneSeesSpeaker("Bob");
		// The floor given lowers Bob's hand: nobody is announced "next" who did not ask again.
		await expect.poll(() => bob.getByTestId("raise-hand").isChecked(), WAIT).toBe(false);
		await expect.poll(() => fanny.getByTestId("hands").count(), WAIT).toBe(0);
		expect(await fanny.getByTestId("next-speaker").count()).toBe(0);
		await fanny.getByRole("button", { name: "Passe pour Chloé", exact: true }).click();
		// Everyone has had the chance: Alice may speak again.
		await expect.poll(() => floorButton("Alice").getAttribute("aria-disabled"), WAIT).not.toBe("true");
		await floorButton("Alice").click();
		await everyoneSeesSpeaker("Alice");
		await expectNoSeriousViolations(fanny, alice);
	});

	it("13. récolte: the offreur alone keeps three ideas; a fourth is refused; the plan waits", async () => {
		await next("recolte");
		for (const page of [fanny, ...contributors]) {
			expect(await page.getByTestId("harvest-source").count()).toBe(0);
			expect(await page.getByTestId("keep-idea").count()).toBe(0);
		}
		const sources = dan.getByTestId("harvest-source");
		await expect.poll(() => sources.count(), WAIT).toBe(8);
		const kept = [REBONDS.bob, REBONDS.chloe2, QUESTIONS.alice1];
		for (const [i, text] of kept.entries()) {
			await sources.filter({ hasText: text }).getByTestId("keep-idea").click();
			await expect.poll(() => dan.getByTestId("idea").count(), WAIT).toBe(i + 1);
		}
		for (const page of everyone) {
			await expect.poll(() => page.getByTestId("ideas-count").textContent(), WAIT).toBe("3 / 3 idées");
			for (const text of kept) expect(await page.getByTestId("idea").filter({ hasText: text }).count()).toBe(1);
		}
		await pressRefused(sources.filter({ hasText: REBONDS.alice }).getByTestId("keep-idea"), REFUSED.ideas);
		await pressRefused(dan.getByTestId("add-action"), REFUSED.notNow);
		await expectNoSeriousViolations(fanny, alice);
	});

	it("14. plan: the offreur writes the first actions, each with a when", async () => {
		await next("plan");
		for (const page of [fanny, ...contributors]) expect(await page.getByTestId("add-action").count()).toBe(0);
		const plan = dan.getByTestId("plan");
		for (const [i, action] of PLAN.entries()) {
			await plan.locator('input[name="plan-text"]').fill(action.text);
			await plan.locator('input[name="plan-when"]').fill(action.when);
			await plan.getByTestId("add-action").click();
			await expect.poll(() => plan.getByTestId("plan-action").count(), WAIT).toBe(i + 1);
		}
		for (const page of everyone) {
			await expect.poll(() => page.getByTestId("plan-action-text").allTextContents(), WAIT).toEqual(PLAN.map((a) => a.text));
			expect(await page.getByTestId("plan-action-when").allTextContents()).toEqual(PLAN.map((a) => `Quand : ${a.when}`));
		}
	});

	it("15. partage: the offreur shares what he learned and his plan", async () => {
		await next("partage-offreur");
		for (const page of [fanny, ...contributors]) expect(await page.locator('input[name="learning"]').count()).toBe(0);
		await learn(dan, LEARNINGS.dan);
		expect(await alice.getByTestId("learning").filter({ hasText: LEARNINGS.dan }).textContent()).toContain("Dan");
	});

	it("16. partage des contributeurs: one minute each, timed for everyone to see", async () => {
		await next("partage-contributeurs");
		expect(await dan.locator('input[name="learning"]').count()).toBe(0);
		expect((await personalTurnOptions(fanny)).sort()).toEqual(["Alice", "Bob", "Chloé"]);
		for (const [i, page] of contributors.entries()) {
			const [name, text] = [NAMES[i] ?? "", [LEARNINGS.alice, LEARNINGS.bob, LEARNINGS.chloe][i] ?? ""];
			await givePersonalTurn(fanny, name);
			for (const other of everyone)
				await expect
					.poll(() => other.getByTestId("turn-timer").textContent(), WAIT)
					.toMatch(new RegExp(`^Parole à ${name} — [01]:\\d\\d restantes$`));
			await expectFreshCountdown(everyone, "turn-timer", 60);
			await learn(page, text);
			expect(await dan.getByTestId("learning").filter({ hasText: text }).textContent()).toContain(name);
		}
		for (const page of everyone) await expect.poll(() => page.getByTestId("learning").count(), WAIT).toBe(4);
	});

	it("17. documentation: only once everyone agrees, the offreur condenses the notes", async () => {
		await next("documentation");
		expect(await fanny.getByRole("button", { name: "Étape suivante" }).isDisabled()).toBe(true);
		for (const page of [fanny, ...contributors]) expect(await page.locator('textarea[name="documentation"]').count()).toBe(0);
		await dan.locator('textarea[name="documentation"]').fill(DOCUMENTATION);
		await pressRefused(dan.getByTestId("save-documentation"), REFUSED.notEveryone);
		// A no is a no (not "not yet"), and blocks documentation until she changes her mind.
		await alice.getByTestId("agree-documentation-no").click();
		await expect.poll(() => fanny.getByTestId("refused-list").textContent(), WAIT).toBe("Pas d'accord : Alice");
		await expect
			.poll(() => dan.getByTestId("doc-refusal").textContent(), WAIT)
			.toBe("Alice ne souhaite pas que les notes soient documentées.");
		for (const page of everyone) await page.getByTestId("agree-documentation-yes").click();
		for (const page of everyone)
			await expect.poll(() => page.getByTestId("everyone-agreed").textContent(), WAIT).toBe("Tout le monde est d'accord.");
		await expect.poll(() => dan.getByTestId("save-documentation").getAttribute("aria-disabled"), WAIT).not.toBe("true");
		await dan.getByTestId("save-documentation").click();
		for (const page of everyone)
			await expect.poll(() => page.getByTestId("documentation").textContent(), WAIT).toBe(DOCUMENTATION);
		await expectNoSeriousViolations(fanny, alice);
	});
});
