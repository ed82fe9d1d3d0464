/**
 * A whole workshop through the accessible list view of the board only (no canvas): a
 * facilitator and three participants, each in their own browser. Private drafts stay
 * private, the vote holds its rules, consent can be refused, and the offreur harvests
 * ideas and writes an ordered action plan. Key actions are done with the keyboard.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createWorkshop, joinByLink, launchBrowser, person, stepOf } from "../support/browser";

const WAIT = { timeout: 20_000 };

const PROBLEMS = {
	alice: "Comment mieux déléguer à mon équipe sans tout reprendre",
	bob: "Gérer un client très exigeant qui change d'avis",
	chloe: "Préparer un entretien annuel difficile",
};

const REBONDS = {
	bob1: "Oui, avec une équipe nouvelle l'an dernier",
	bob2: "Le livre « Le manager minute » m'a aidé",
	chloe1: "J'ai fixé des points courts chaque semaine",
};
const NOTE = "Penser à écrire ce que l'on attend de chaque tâche";

describe("the board as lists: a whole workshop by keyboard and DOM only", () => {
	let browser: Browser;
	let facilitator: Page;
	let alice: Page;
	let bob: Page;
	let chloe: Page;
	let everyone: Page[];

	async function everyoneAt(step: string): Promise<void> {
		for (const page of everyone) await expect.poll(() => stepOf(page), WAIT).toBe(step);
	}

	async function nextStep(step: string): Promise<void> {
		await facilitator.getByRole("button", { name: "Étape suivante" }).click();
		await everyoneAt(step);
	}

	async function jumpTo(step: string, option: string): Promise<void> {
		await facilitator.getByRole("combobox", { name: "Aller à l'étape" }).click();
		await facilitator.getByRole("option", { name: option }).click();
		await everyoneAt(step);
	}

	function voteItem(page: Page, text: string): Locator {
		return page.getByTestId("vote-item").filter({ hasText: text });
	}

	/** Places a gommette with the keyboard only: focus the button, press Enter. */
	async function placeDotByKeyboard(page: Page, text: string, expectedMine: number): Promise<void> {
		const item = voteItem(page, text);
		await item.getByTestId("place-dot").focus();
		await page.keyboard.press("Enter");
		await expect.poll(() => item.getByTestId("my-dots").getAttribute("data-count"), WAIT).toBe(String(expectedMine));
	}

	function column(page: Page, name: string): Locator {
		return page.locator(`[data-testid="rebond-column"][data-author-name="${name}"]`);
	}

	beforeAll(async () => {
		browser = await launchBrowser();
		facilitator = (await person(browser)).page;
		alice = (await person(browser)).page;
		bob = (await person(browser)).page;
		chloe = (await person(browser)).page;
		everyone = [facilitator, alice, bob, chloe];
	});
	afterAll(async () => {
		await browser?.close();
	});

	it("gathers a facilitator and three participants on the list view", async () => {
		const link = await createWorkshop(facilitator, inject("appUrl"), "Atelier liste", "Fanny");
		// One after the other: the join order is the order of turns and columns.
		await joinByLink(alice, link, "Alice");
		await joinByLink(bob, link, "Bob");
		await joinByLink(chloe, link, "Chloé");
		for (const page of everyone) {
			await expect.poll(() => page.getByTestId("participant").count(), WAIT).toBe(4);
			await expect.poll(() => page.getByTestId("zone-problematiques").count(), WAIT).toBe(1);
		}
		// Every zone is there from the start, each a labelled section with its heading.
		for (const zone of ["rules", "problematiques", "vote", "formulation", "questions", "rebonds", "notes", "recolte", "learnings", "documentation"]) {
			const section = alice.getByTestId(`zone-${zone}`);
			expect(await section.count()).toBe(1);
			const labelledBy = await section.getAttribute("aria-labelledby");
			expect(await alice.locator(`[id="${labelledBy}"]`).textContent()).not.toBe("");
		}
		for (const step of ["accueil", "presentation", "regles"]) await nextStep(step);
		expect(await alice.getByTestId("zone-rules").getAttribute("data-current")).toBe("yes");
		// A rule, added with the keyboard (Enter in the field submits).
		await alice.locator('input[name="rule"]').focus();
		await alice.keyboard.type("Pas de conseil, pas de jugement");
		await alice.keyboard.press("Enter");
		await expect.poll(() => bob.getByTestId("rule").allTextContents(), WAIT).toEqual(["Pas de conseil, pas de jugement"]);
	});

	it("keeps each problématique private while it is written, but shows who is writing", async () => {
		await nextStep("recherche");
		expect(await bob.getByTestId("zone-problematiques").getAttribute("data-current")).toBe("yes");
		const field = alice.locator('textarea[name="problematique"]');
		await field.focus();
		await alice.keyboard.type(PROBLEMS.alice);
		await expect.poll(() => bob.getByTestId("writing-problematique").textContent(), WAIT).toContain("Alice écrit…");
		await expect.poll(() => facilitator.getByTestId("writing-problematique").textContent(), WAIT).toContain("Alice écrit…");
		expect(await bob.content()).not.toContain(PROBLEMS.alice);
		expect(await facilitator.content()).not.toContain(PROBLEMS.alice);
		await bob.locator('textarea[name="problematique"]').fill(PROBLEMS.bob);
		await chloe.locator('textarea[name="problematique"]').fill(PROBLEMS.chloe);
		await expect.poll(() => alice.getByTestId("writing-problematique").textContent(), WAIT).toContain("Bob écrit…");
		for (const page of [facilitator, alice, chloe]) expect(await page.content()).not.toContain(PROBLEMS.bob);
		// The facilitator writes none.
		expect(await facilitator.locator('textarea[name="problematique"]').count()).toBe(0);
	});

	it("puts the problématiques on the table in partage, for everyone to see", async () => {
		await nextStep("partage");
		// Alice with the keyboard, the others with the mouse.
		await alice.getByTestId("put-on-table").focus();
		await alice.keyboard.press("Enter");
		await bob.getByTestId("put-on-table").click();
		await chloe.getByTestId("put-on-table").click();
		for (const page of everyone) {
			await expect.poll(() => page.getByTestId("problematique-card").count(), WAIT).toBe(3);
			const texts = await page.getByTestId("problematique-text").allTextContents();
			expect(texts.sort()).toEqual(Object.values(PROBLEMS).sort());
		}
		// Nobody is shown as writing any more.
		await expect.poll(() => bob.getByTestId("writing").count(), WAIT).toBe(0);
	});

	it("votes with gommettes by keyboard, refuses a 3rd dot on one problématique, hides totals until revealed", async () => {
		await nextStep("choix");
		await expect.poll(() => alice.getByTestId("vote-state").getAttribute("data-open"), WAIT).toBe("yes");
		expect(await alice.getByTestId("dots-left").textContent()).toBe("Il vous reste 3 gommettes");
		expect(await facilitator.getByTestId("dots-left").count()).toBe(0);

		await placeDotByKeyboard(alice, PROBLEMS.bob, 1);
		await placeDotByKeyboard(alice, PROBLEMS.bob, 2);
		// The over-vote: the button says it is unavailable, and pressing it says why.
		const bobItem = voteItem(alice, PROBLEMS.bob);
		const third = bobItem.getByTestId("place-dot");
		expect(await third.getAttribute("aria-disabled")).toBe("true");
		await third.focus();
		await alice.keyboard.press("Enter");
		await expect
			.poll(() => bobItem.getByRole("alert").textContent(), WAIT)
			.toBe("2 gommettes au maximum sur la même problématique.");
		expect(await bobItem.getByTestId("my-dots").getAttribute("data-count")).toBe("2");
		await placeDotByKeyboard(alice, PROBLEMS.chloe, 1);
		expect(await alice.getByTestId("dots-left").textContent()).toBe("Il ne vous reste plus de gommette");

		await placeDotByKeyboard(bob, PROBLEMS.bob, 1);
		await placeDotByKeyboard(bob, PROBLEMS.chloe, 1);
		await placeDotByKeyboard(bob, PROBLEMS.alice, 1);
		await placeDotByKeyboard(chloe, PROBLEMS.bob, 1);
		await placeDotByKeyboard(chloe, PROBLEMS.alice, 1);
		await placeDotByKeyboard(chloe, PROBLEMS.alice, 2);
		// A dot taken back and placed again.
		await voteItem(chloe, PROBLEMS.alice).getByTestId("take-back-dot").press("Enter");
		await expect.poll(() => chloe.getByTestId("dots-left").textContent(), WAIT).toBe("Il vous reste 1 gommette");
		await placeDotByKeyboard(chloe, PROBLEMS.alice, 2);

		// Nobody sees the totals yet, not even the facilitator.
		for (const page of everyone) expect(await page.getByTestId("tally").count()).toBe(0);
		await facilitator.getByTestId("toggle-reveal").press("Enter");
		for (const page of everyone) {
			await expect.poll(() => voteItem(page, PROBLEMS.bob).getByTestId("tally").getAttribute("data-count"), WAIT).toBe("4");
			expect(await voteItem(page, PROBLEMS.alice).getByTestId("tally").getAttribute("data-count")).toBe("3");
			expect(await voteItem(page, PROBLEMS.chloe).getByTestId("tally").getAttribute("data-count")).toBe("2");
		}
		const ranking = facilitator.getByTestId("ranking");
		expect(await ranking.getByTestId("rank-group").evaluateAll((els) => els.map((e) => e.getAttribute("data-votes")))).toEqual([
			"4",
			"3",
			"2",
		]);
		expect(await ranking.getByTestId("tie").count()).toBe(0);
	});

	it("respects a no and asks the next-ranked, whose yes makes the offreur", async () => {
		await nextStep("consentement");
		await facilitator.getByTestId("ask-consent").click();
		await expect.poll(() => bob.getByTestId("consent-prompt").count(), WAIT).toBe(1);
		expect(await bob.getByTestId("consent-prompt").textContent()).toContain(
			"Êtes-vous toujours d'accord pour que votre problématique soit traitée collectivement ?",
		);
		for (const page of [alice, chloe, facilitator]) expect(await page.getByTestId("consent-prompt").count()).toBe(0);
		await bob.getByTestId("consent-no").press("Enter");
		// The facilitator's client records the no; the facilitator sees it.
		await expect.poll(() => facilitator.getByTestId("consent-refused").textContent(), WAIT).toContain("Bob");
		await expect.poll(() => bob.getByTestId("consent-prompt").count(), WAIT).toBe(0);

		await facilitator.getByTestId("ask-consent").click();
		await expect.poll(() => alice.getByTestId("consent-prompt").count(), WAIT).toBe(1);
		expect(await bob.getByTestId("consent-prompt").count()).toBe(0);
		await alice.getByTestId("consent-yes").click();
		await expect.poll(() => alice.getByTestId("my-role").textContent(), WAIT).toContain("Offreur");
		await expect.poll(() => bob.getByTestId("my-role").textContent(), WAIT).toContain("Contributeur");
		await expect.poll(() => chloe.getByTestId("my-role").textContent(), WAIT).toContain("Contributeur");
		await expect.poll(() => facilitator.getByTestId("consent-state").textContent(), WAIT).toContain("A accepté : Alice");
	});

	it("lets the offreur write the formulation that everyone reads", async () => {
		await jumpTo("reformulation", "10. Reformulation");
		expect(await bob.locator('textarea[name="formulation"]').count()).toBe(0);
		await alice.locator('textarea[name="formulation"]').fill("déléguer sans tout contrôler");
		await alice.getByTestId("save-formulation").click();
		for (const page of everyone) {
			await expect.poll(() => page.getByTestId("formulation").textContent(), WAIT).toBe("déléguer sans tout contrôler");
		}
	});

	it("keeps rebonds private in réflexion and shares them in échanges, one column per contributor", async () => {
		await nextStep("reflexion");
		await bob.getByTestId("add-rebond").press("Enter");
		// The new draft takes the focus: type straight away.
		await expect.poll(() => bob.evaluate(() => document.activeElement?.getAttribute("name")), WAIT).toBe("rebond-confronted");
		await bob.keyboard.type(REBONDS.bob1);
		const first = bob.getByTestId("rebond-draft").first();
		await first.locator('textarea[name="rebond-howMet"]').fill("En posant un cadre clair");
		await bob.getByTestId("add-rebond").click();
		const second = bob.getByTestId("rebond-draft").nth(1);
		await second.locator('textarea[name="rebond-confronted"]').fill(REBONDS.bob2);
		await second.getByRole("radio", { name: "Référence" }).check();
		await chloe.getByTestId("add-rebond").click();
		await chloe.getByTestId("rebond-draft").first().locator('textarea[name="rebond-whatWorked"]').fill(REBONDS.chloe1);
		await expect.poll(() => alice.getByTestId("writing-rebond").textContent(), WAIT).toContain("écrit…");
		for (const page of [facilitator, alice, chloe]) {
			const html = await page.content();
			expect(html).not.toContain(REBONDS.bob1);
			expect(html).not.toContain(REBONDS.bob2);
		}
		expect(await bob.content()).not.toContain(REBONDS.chloe1);
		// Sharing waits for the échanges.
		expect(await first.getByTestId("share-rebond").getAttribute("aria-disabled")).toBe("true");

		await nextStep("echanges");
		// Bob shares his first rebond with the keyboard.
		await bob.getByTestId("rebond-draft").first().getByTestId("share-rebond").focus();
		await bob.keyboard.press("Enter");
		await expect.poll(() => bob.getByTestId("rebond-draft").count(), WAIT).toBe(1);
		await bob.getByTestId("rebond-draft").first().getByTestId("share-rebond").click();
		await chloe.getByTestId("rebond-draft").first().getByTestId("share-rebond").click();
		// Chloé also shares a personal note.
		await chloe.getByTestId("add-note").click();
		await chloe.getByTestId("note-draft").first().locator("textarea").fill(NOTE);
		await chloe.getByTestId("note-draft").first().getByTestId("share-note").click();

		for (const page of everyone) {
			await expect.poll(() => column(page, "Bob").getByTestId("rebond").count(), WAIT).toBe(2);
			expect(await column(page, "Bob").textContent()).toContain(REBONDS.bob1);
			expect(await column(page, "Bob").textContent()).toContain(REBONDS.bob2);
			await expect.poll(() => column(page, "Chloé").textContent(), WAIT).toContain(REBONDS.chloe1);
			expect(await column(page, "Chloé").textContent()).not.toContain(REBONDS.bob1);
			await expect.poll(() => page.getByTestId("shared-note").textContent(), WAIT).toContain(NOTE);
		}
		// Columns follow the member order; the offreur has none.
		const authors = await alice.getByTestId("rebond-column").evaluateAll((els) => els.map((e) => e.getAttribute("data-author-name")));
		expect(authors).toEqual(["Bob", "Chloé"]);

		// A raised hand reaches the facilitator, who gives the floor.
		await chloe.getByTestId("raise-hand").check();
		const chloeInQueue = facilitator.getByTestId("hands").getByTestId("queue-person").filter({ hasText: "Chloé" });
		await expect.poll(() => chloeInQueue.count(), WAIT).toBe(1);
		await chloeInQueue.getByTestId("give-floor").click();
		await expect.poll(() => bob.getByTestId("speaker").textContent(), WAIT).toBe("A la parole : Chloé");
	});

	it("lets the offreur keep three ideas and refuses a fourth", async () => {
		await nextStep("recolte");
		const sources = alice.getByTestId("harvest-source");
		await expect.poll(() => sources.count(), WAIT).toBe(4);
		expect(await bob.getByTestId("harvest-source").count()).toBe(0);
		await sources.filter({ hasText: REBONDS.bob1 }).getByTestId("keep-idea").press("Enter");
		await sources.filter({ hasText: REBONDS.chloe1 }).getByTestId("keep-idea").click();
		await sources.filter({ hasText: NOTE }).getByTestId("keep-idea").click();
		await expect.poll(() => alice.getByTestId("idea").count(), WAIT).toBe(3);
		const fourth = sources.filter({ hasText: REBONDS.bob2 });
		await fourth.getByTestId("keep-idea").press("Enter");
		await expect
			.poll(() => fourth.getByRole("alert").textContent(), WAIT)
			.toBe("3 idées au maximum dans la récolte : retirez-en une d'abord.");
		for (const page of everyone) await expect.poll(() => page.getByTestId("idea").count(), WAIT).toBe(3);
	});

	it("lets the offreur write an ordered action plan, with a when", async () => {
		await nextStep("plan");
		const plan = alice.getByTestId("plan");
		await plan.locator('input[name="plan-text"]').last().fill("Lister les tâches à déléguer");
		await plan.getByTestId("add-action").click();
		await expect.poll(() => plan.getByTestId("plan-action").count(), WAIT).toBe(1);
		// The second one by keyboard: type, then Enter submits.
		await plan.locator('input[name="plan-text"]').last().focus();
		await alice.keyboard.type("Proposer un point hebdomadaire à l'équipe");
		await plan.locator('input[name="plan-when"]').last().focus();
		await alice.keyboard.type("lundi prochain");
		await alice.keyboard.press("Enter");
		await expect.poll(() => plan.getByTestId("plan-action").count(), WAIT).toBe(2);
		await plan.getByTestId("plan-action").nth(1).getByTestId("move-up").press("Enter");
		for (const page of everyone) {
			await expect
				.poll(() => page.getByTestId("plan-action-text").allTextContents(), WAIT)
				.toEqual(["Proposer un point hebdomadaire à l'équipe", "Lister les tâches à déléguer"]);
			expect(await page.getByTestId("plan-action").first().getAttribute("data-when")).toBe("lundi prochain");
			expect(await page.getByTestId("plan-action-when").allTextContents()).toEqual(["Quand : lundi prochain"]);
		}
		// The focus followed the moved action.
		expect(await alice.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("move-down");
		expect(await bob.getByTestId("add-action").count()).toBe(0);
	});
});
