/**
 * A whole workshop in real Chromium: a facilitator and four participants, each in their
 * own browser context, drive the accessible list view of the board (keyboard for the key
 * actions).
 *
 * Private drafts stay private; the four vote at the same moment, over-voting attempts
 * included, and one of them votes from two tabs at once (more than 3 dots written
 * together, exactly 3 count); the ranking is the same on every page and obeys the rule
 * (3 dots each, at most 2 on one problématique); consent can be refused; rebonds are
 * written privately then shared; the offreuse keeps three ideas (a fourth is refused
 * with the reason); the action plan is ordered and has a when; and
 * in the end the five boards read the same.
 */
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createWorkshop, joinByLink, launchBrowser, person, stepOf } from "../support/browser";
import { pressRefused } from "../support/deroule-helpers";
import { WAIT, PROBLEMS, REBONDS, NOTE, QUESTIONS, REFUSED, openHoldableTab, sharedBoard } from "../support/board-list-helpers";

describe("the board as lists, five people: a whole workshop by keyboard and DOM", () => {
	let browser: Browser;
	let facilitator: Page;
	let alice: Page;
	let bob: Page;
	let chloe: Page;
	let dan: Page;
	let danContext: BrowserContext;
	let everyone: Page[];
	let participants: Page[];

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

	async function myDotsOn(page: Page, text: string): Promise<string | null> {
		return voteItem(page, text).getByTestId("my-dots").getAttribute("data-count");
	}

	/** Places a gommette with the keyboard only: focus the button, press Enter. */
	async function placeDotByKeyboard(page: Page, text: string, expectedMine: number): Promise<void> {
		const item = voteItem(page, text);
		await item.getByTestId("place-dot").focus();
		await page.keyboard.press("Enter");
		await expect.poll(() => myDotsOn(page, text), WAIT).toBe(String(expectedMine));
	}

	async function placeDotByMouse(page: Page, text: string, expectedMine: number): Promise<void> {
		await voteItem(page, text).getByTestId("place-dot").click();
		await expect.poll(() => myDotsOn(page, text), WAIT).toBe(String(expectedMine));
	}

	/** An over-vote the interface refuses: the button says it is unavailable, pressing it says why, nothing is written. */
	async function overVote(page: Page, text: string, why: string): Promise<void> {
		const item = voteItem(page, text);
		const before = await myDotsOn(page, text);
		const button = item.getByTestId("place-dot");
		expect(await button.getAttribute("aria-disabled")).toBe("true");
		await button.focus();
		await page.keyboard.press("Enter");
		await expect.poll(() => item.getByRole("alert").textContent(), WAIT).toBe(why);
		expect(await myDotsOn(page, text)).toBe(before);
	}

	/** A voter's own valid dots per problématique, as their page shows them. */
	async function myDots(page: Page): Promise<number[]> {
		return page.getByTestId("my-dots").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-count"))));
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
		({ context: danContext, page: dan } = await person(browser));
		everyone = [facilitator, alice, bob, chloe, dan];
		participants = [alice, bob, chloe, dan];
	});
	afterAll(async () => {
		await browser?.close();
	});

	it("gathers a facilitator and four participants on the list view", async () => {
		const link = await createWorkshop(facilitator, inject("appUrl"), "Atelier liste", "Fanny");
		// One after the other: the join order is the order of turns and columns.
		await joinByLink(alice, link, "Alice");
		await joinByLink(bob, link, "Bob");
		await joinByLink(chloe, link, "Chloé");
		await joinByLink(dan, link, "Dan");
		for (const page of everyone) {
			await expect.poll(() => page.getByTestId("participant").count(), WAIT).toBe(5);
			await expect.poll(() => page.getByTestId("zone-problematiques").count(), WAIT).toBe(1);
		}
		// Every zone is there from the start, each a labelled section with its heading.
		for (const zone of [
			"rules",
			"problematiques",
			"vote",
			"formulation",
			"questions",
			"rebonds",
			"notes",
			"recolte",
			"learnings",
			"documentation",
		]) {
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
		for (const page of everyone) {
			await expect.poll(() => page.getByTestId("rule").allTextContents(), WAIT).toEqual(["Pas de conseil, pas de jugement"]);
		}
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
		await dan.locator('textarea[name="problematique"]').fill(PROBLEMS.dan);
		await expect.poll(() => alice.getByTestId("writing-problematique").textContent(), WAIT).toContain("Bob écrit…");
		for (const page of [facilitator, alice, chloe, dan]) expect(await page.content()).not.toContain(PROBLEMS.bob);
		for (const page of [facilitator, alice, bob, chloe]) expect(await page.content()).not.toContain(PROBLEMS.dan);
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
		await dan.getByTestId("put-on-table").click();
		for (const page of everyone) {
			await expect.poll(() => page.getByTestId("problematique-card").count(), WAIT).toBe(4);
			const texts = await page.getByTestId("problematique-text").allTextContents();
			expect(texts.sort()).toEqual(Object.values(PROBLEMS).sort());
		}
		// Nobody is shown as writing any more.
		await expect.poll(() => bob.getByTestId("writing").count(), WAIT).toBe(0);
		// Her own view says the sheet is on the table (not private any more); pressing again says why nothing happens.
		await expect
			.poll(() => alice.getByTestId("draft-status").textContent(), WAIT)
			.toBe("Votre feuille est sur la table : tout le monde la voit.");
		await pressRefused(
			alice.getByTestId("put-on-table"),
			"Votre feuille est déjà sur la table, telle quelle : modifiez le texte pour la mettre à jour.",
		);
		expect(await alice.getByTestId("problematique-card").count()).toBe(4);
	});

	it("lets the four vote at the same moment, over-votes refused, two tabs of one voter converging to 3 dots; the ranking is the same everywhere", async () => {
		await nextStep("choix");
		for (const page of participants) {
			await expect.poll(() => page.getByTestId("vote-state").getAttribute("data-open"), WAIT).toBe("yes");
			expect(await page.getByTestId("dots-left").textContent()).toBe("Il vous reste 3 gommettes");
		}
		expect(await facilitator.getByTestId("dots-left").count()).toBe(0);

		// Dan's second tab: the same browser context, so the same identity (localStorage).
		const danTab = await openHoldableTab(danContext, dan.url());
		const dan2 = danTab.page;
		await expect.poll(() => dan2.getByTestId("dots-left").textContent(), WAIT).toBe("Il vous reste 3 gommettes");
		// Still five people: the second tab is Dan again, not a newcomer.
		await expect.poll(() => facilitator.getByTestId("participant").count(), WAIT).toBe(5);

		// Dan's second tab neither sends nor receives while the clicks race: what each tab
		// writes, it writes without having seen the other's dots.
		danTab.hold();
		await Promise.all([
			(async () => {
				// Alice, keyboard only: 2 on Bob's, a refused 3rd there, 1 on Chloé's, a refused 4th.
				await placeDotByKeyboard(alice, PROBLEMS.bob, 1);
				await placeDotByKeyboard(alice, PROBLEMS.bob, 2);
				await overVote(alice, PROBLEMS.bob, REFUSED.onOne);
				await placeDotByKeyboard(alice, PROBLEMS.chloe, 1);
				expect(await alice.getByTestId("dots-left").textContent()).toBe("Il ne vous reste plus de gommette");
				await overVote(alice, PROBLEMS.alice, REFUSED.allPlaced);
			})(),
			(async () => {
				await placeDotByMouse(bob, PROBLEMS.bob, 1);
				await placeDotByMouse(bob, PROBLEMS.chloe, 1);
				await placeDotByMouse(bob, PROBLEMS.alice, 1);
				await overVote(bob, PROBLEMS.dan, REFUSED.allPlaced);
			})(),
			(async () => {
				// Chloé: 2 on Alice's, a refused 3rd there, one taken back and placed again, 1 on Bob's, a refused 4th.
				await placeDotByMouse(chloe, PROBLEMS.alice, 1);
				await placeDotByMouse(chloe, PROBLEMS.alice, 2);
				await overVote(chloe, PROBLEMS.alice, REFUSED.onOne);
				await voteItem(chloe, PROBLEMS.alice).getByTestId("take-back-dot").press("Enter");
				await expect.poll(() => chloe.getByTestId("dots-left").textContent(), WAIT).toBe("Il vous reste 2 gommettes");
				await placeDotByKeyboard(chloe, PROBLEMS.alice, 2);
				await placeDotByMouse(chloe, PROBLEMS.bob, 1);
				await overVote(chloe, PROBLEMS.chloe, REFUSED.allPlaced);
			})(),
			(async () => {
				await placeDotByMouse(dan, PROBLEMS.bob, 1);
				await placeDotByMouse(dan, PROBLEMS.alice, 1);
			})(),
			(async () => {
				await placeDotByMouse(dan2, PROBLEMS.bob, 1);
				await placeDotByMouse(dan2, PROBLEMS.alice, 1);
			})(),
		]);
		// Each of Dan's tabs wrote two dots and believes one is left: four written together.
		for (const page of [dan, dan2]) {
			expect(await page.getByTestId("dots-left").textContent()).toBe("Il vous reste 1 gommette");
			expect([await myDotsOn(page, PROBLEMS.bob), await myDotsOn(page, PROBLEMS.alice)]).toEqual(["1", "1"]);
		}
		// Those writes of the second tab really were held back (the race is not left to timing).
		expect(danTab.heldFromPage()).toBeGreaterThan(0);
		danTab.release();
		// After convergence, exactly 3 of Dan's dots count, the same in both tabs (the last
		// written, an Alice's, is the one past his limit whatever the order).
		for (const page of [dan, dan2]) {
			await expect.poll(() => page.getByTestId("dots-left").textContent(), WAIT).toBe("Il ne vous reste plus de gommette");
			await expect.poll(() => myDotsOn(page, PROBLEMS.bob), WAIT).toBe("2");
			expect(await myDotsOn(page, PROBLEMS.alice)).toBe("1");
			expect((await myDots(page)).reduce((a, b) => a + b, 0)).toBe(3);
		}
		// A 4th dot from the second tab, now that it knows, is refused.
		await overVote(dan2, PROBLEMS.dan, REFUSED.allPlaced);

		// Every voter: exactly 3 valid dots, at most 2 on one problématique (their own page's count).
		for (const page of [...participants, dan2]) {
			const mine = await myDots(page);
			expect(mine.reduce((a, b) => a + b, 0)).toBe(3);
			expect(Math.max(...mine)).toBeLessThanOrEqual(2);
		}

		// Nobody sees the totals yet, not even the facilitator.
		for (const page of [...everyone, dan2]) expect(await page.getByTestId("tally").count()).toBe(0);
		await facilitator.getByTestId("toggle-reveal").press("Enter");
		const expected = { [PROBLEMS.bob]: "6", [PROBLEMS.alice]: "4", [PROBLEMS.chloe]: "2", [PROBLEMS.dan]: "0" };
		for (const page of [...everyone, dan2]) {
			for (const [text, count] of Object.entries(expected)) {
				await expect.poll(() => voteItem(page, text).getByTestId("tally").getAttribute("data-count"), WAIT).toBe(count);
			}
			const tallies = await page.getByTestId("tally").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-count"))));
			// 4 voters × 3 dots: every valid dot, nothing more.
			expect(tallies.reduce((a, b) => a + b, 0)).toBe(12);
		}
		const ranking = facilitator.getByTestId("ranking");
		expect(await ranking.getByTestId("rank-group").evaluateAll((els) => els.map((e) => e.getAttribute("data-votes")))).toEqual([
			"6",
			"4",
			"2",
			"0",
		]);
		expect(await ranking.getByTestId("tie").count()).toBe(0);
		// The same tallies and ranking, word for word, on all five pages (and Dan's second tab).
		const reference = await sharedBoard(facilitator);
		expect(reference.ranking).not.toBe("");
		for (const page of [...participants, dan2]) {
			const board = await sharedBoard(page);
			expect({ tallies: board.tallies, ranking: board.ranking }).toEqual({
				tallies: reference.tallies,
				ranking: reference.ranking,
			});
		}
		await dan2.close();
	});

	it("respects a no and asks the next-ranked, whose yes makes the offreur", async () => {
		await nextStep("consentement");
		await facilitator.getByTestId("ask-consent").click();
		await expect.poll(() => bob.getByTestId("consent-prompt").count(), WAIT).toBe(1);
		expect(await bob.getByTestId("consent-prompt").textContent()).toContain(
			"Êtes-vous toujours d'accord pour que votre problématique soit traitée collectivement ?",
		);
		for (const page of [alice, chloe, dan, facilitator]) expect(await page.getByTestId("consent-prompt").count()).toBe(0);
		await bob.getByTestId("consent-no").press("Enter");
		// The facilitator's client records the no; the facilitator sees it.
		await expect.poll(() => facilitator.getByTestId("consent-refused").textContent(), WAIT).toContain("Bob");
		await expect.poll(() => bob.getByTestId("consent-prompt").count(), WAIT).toBe(0);
		// Bob is thanked, not left with an empty screen; the facilitator is not told "nobody was asked yet".
		await expect.poll(() => bob.getByTestId("consent-thanks").textContent(), WAIT).toContain("Merci pour votre réponse");
		expect(await facilitator.getByTestId("consent-state").textContent()).toBe("Personne n'est sollicité·e en ce moment.");

		await facilitator.getByTestId("ask-consent").click();
		await expect.poll(() => alice.getByTestId("consent-prompt").count(), WAIT).toBe(1);
		expect(await bob.getByTestId("consent-prompt").count()).toBe(0);
		await alice.getByTestId("consent-yes").click();
		await expect.poll(() => alice.getByTestId("my-role").textContent(), WAIT).toContain("Offreur");
		for (const page of [bob, chloe, dan])
			await expect.poll(() => page.getByTestId("my-role").textContent(), WAIT).toContain("Contributeur");
		await expect.poll(() => facilitator.getByTestId("consent-state").textContent(), WAIT).toContain("A accepté : Alice");
		// The role cards are dealt: each person's own opens once; it closes with Escape.
		const cards: [Page, string][] = [
			[facilitator, "Facilitateur"],
			[alice, "Offreur"],
			[bob, "Contributeurs"],
			[chloe, "Contributeurs"],
			[dan, "Contributeurs"],
		];
		for (const [page, title] of cards) {
			const card = page.getByTestId("role-card");
			await expect.poll(() => card.isVisible(), WAIT).toBe(true);
			expect(await card.textContent()).toContain(title);
			await page.keyboard.press("Escape");
			await expect.poll(() => card.count(), WAIT).toBe(0);
		}
		expect(await alice.getByTestId("my-card").count()).toBe(1);
	});

	it("lets contributors ask clarification questions in turn, answered by the offreur", async () => {
		await jumpTo("clarification", "9. Questions de clarification");
		const ask = async (page: Page, text: string) => {
			await expect.poll(() => page.getByTestId("question-turn").getAttribute("data-ok"), WAIT).toBe("yes");
			await page.locator('input[name="question"]').fill(text);
			await page.getByTestId("ask-question").click();
		};
		await ask(bob, QUESTIONS.bob);
		// Bob has had his turn: he waits until Chloé and Dan have had theirs.
		await expect.poll(() => bob.getByTestId("question-turn").getAttribute("data-ok"), WAIT).toBe("no");
		await ask(chloe, QUESTIONS.chloe);
		await ask(dan, QUESTIONS.dan);
		await expect.poll(() => alice.getByTestId("question").count(), WAIT).toBe(3);
		expect(await alice.locator('input[name="question"]').count()).toBe(0);
		const first = alice.getByTestId("question").filter({ hasText: QUESTIONS.bob });
		await first.locator('input[name="answer"]').fill("Deux ans");
		await first.getByTestId("answer-question").click();
		for (const page of everyone) {
			await expect.poll(() => page.getByTestId("question-answer").allTextContents(), WAIT).toEqual(["Réponse : Deux ans"]);
		}
	});

	it("lets the offreur write the formulation that everyone reads", async () => {
		await nextStep("reformulation");
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
		await dan.getByTestId("add-rebond").click();
		await dan.getByTestId("rebond-draft").first().locator('textarea[name="rebond-howMet"]').fill(REBONDS.dan1);
		await expect.poll(() => alice.getByTestId("writing-rebond").textContent(), WAIT).toContain("écrit…");
		for (const page of [facilitator, alice, chloe, dan]) {
			const html = await page.content();
			expect(html).not.toContain(REBONDS.bob1);
			expect(html).not.toContain(REBONDS.bob2);
		}
		for (const page of [facilitator, alice, bob, dan]) expect(await page.content()).not.toContain(REBONDS.chloe1);
		for (const page of [facilitator, alice, bob, chloe]) expect(await page.content()).not.toContain(REBONDS.dan1);
		// Sharing waits for the échanges.
		expect(await first.getByTestId("share-rebond").getAttribute("aria-disabled")).toBe("true");

		await nextStep("echanges");
		// Bob shares his first rebond with the keyboard.
		await bob.getByTestId("rebond-draft").first().getByTestId("share-rebond").focus();
		await bob.keyboard.press("Enter");
		await expect.poll(() => bob.getByTestId("rebond-draft").count(), WAIT).toBe(1);
		await bob.getByTestId("rebond-draft").first().getByTestId("share-rebond").click();
		await chloe.getByTestId("rebond-draft").first().getByTestId("share-rebond").click();
		await dan.getByTestId("rebond-draft").first().getByTestId("share-rebond").click();
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
			await expect.poll(() => column(page, "Dan").textContent(), WAIT).toContain(REBONDS.dan1);
			await expect.poll(() => page.getByTestId("shared-note").textContent(), WAIT).toContain(NOTE);
		}
		// Chloé's long note shows three lines and "Lire tout", which opens it in full; a short rebond has no button.
		const note = alice.getByTestId("shared-note");
		const text = note.getByText("Penser à écrire");
		await expect.poll(() => note.getByRole("button", { name: "Lire tout" }).getAttribute("aria-expanded"), WAIT).toBe("false");
		const clampedHeight = await text.evaluate((e) => e.getBoundingClientRect().height);
		await note.getByRole("button", { name: "Lire tout" }).click();
		await expect.poll(() => note.getByRole("button", { name: "Réduire" }).getAttribute("aria-expanded"), WAIT).toBe("true");
		expect(await text.evaluate((e) => e.getBoundingClientRect().height)).toBeGreaterThan(clampedHeight);
		expect(await column(alice, "Dan").getByRole("button", { name: "Lire tout" }).count()).toBe(0);
		// Columns follow the member order; the offreur has none.
		const authors = await alice
			.getByTestId("rebond-column")
			.evaluateAll((els) => els.map((e) => e.getAttribute("data-author-name")));
		expect(authors).toEqual(["Bob", "Chloé", "Dan"]);

		// A raised hand reaches the facilitator, who gives the floor.
		await chloe.getByTestId("raise-hand").check();
		const chloeInQueue = facilitator.getByTestId("hands").getByTestId("queue-person").filter({ hasText: "Chloé" });
		await expect.poll(() => chloeInQueue.count(), WAIT).toBe(1);
		await chloeInQueue.getByTestId("give-floor").click();
		await expect.poll(() => bob.getByTestId("speaker").textContent(), WAIT).toBe("À la parole : Chloé");
		// The floor given lowers her hand; giving it again is refused, worded for the facilitator.
		await expect.poll(() => chloe.getByTestId("raise-hand").isChecked(), WAIT).toBe(false);
		await expect.poll(() => chloeInQueue.count(), WAIT).toBe(0);
		const chloeAgain = facilitator.getByTestId("echanges-queue").getByTestId("queue-person").filter({ hasText: "Chloé" });
		await pressRefused(
			chloeAgain.getByTestId("give-floor"),
			"Chloé s'est déjà exprimé·e ce tour-ci : attendez que chacun·e ait eu l'occasion de s'exprimer.",
		);
	});

	it("lets the offreur keep three ideas from the list, and refuses a fourth", async () => {
		await nextStep("recolte");
		const sources = alice.getByTestId("harvest-source");
		// 4 rebonds, 1 note, 3 questions.
		await expect.poll(() => sources.count(), WAIT).toBe(8);
		for (const page of [facilitator, bob, chloe, dan]) expect(await page.getByTestId("harvest-source").count()).toBe(0);

		// Kept from the list, by keyboard (dragging them on the canvas is board-canvas.test.ts's).
		const kept: string[] = [];
		for (const [i, text] of [REBONDS.bob2, REBONDS.chloe1, REBONDS.dan1].entries()) {
			const source = sources.filter({ hasText: text });
			kept.push((await source.getAttribute("data-id")) ?? "");
			await source.getByTestId("keep-idea").press("Enter");
			await expect.poll(() => alice.getByTestId("idea").count(), WAIT).toBe(i + 1);
		}
		for (const page of everyone) {
			await expect
				.poll(() => page.getByTestId("idea").evaluateAll((els) => els.map((e) => e.getAttribute("data-source-id"))), WAIT)
				.toEqual(kept);
		}
		// And from the list, with the keyboard: refused too, saying why.
		const fourth = sources.filter({ hasText: REBONDS.bob1 });
		await fourth.getByTestId("keep-idea").press("Enter");
		await expect.poll(() => fourth.getByRole("alert").textContent(), WAIT).toBe(REFUSED.ideas);
		for (const page of everyone) {
			await expect.poll(() => page.getByTestId("idea").count(), WAIT).toBe(3);
			expect(await page.getByTestId("ideas-count").textContent()).toBe("3 / 3 idées");
		}
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
		for (const page of [facilitator, bob, chloe, dan]) expect(await page.getByTestId("add-action").count()).toBe(0);
	});

	it("ends with the five boards equal", async () => {
		const reference = await sharedBoard(facilitator);
		// Every shared zone has content (the board is not equal because it is empty).
		for (const [zone, text] of Object.entries(reference)) expect(text, zone).not.toBe("");
		expect(reference.problematiques.split(" | ")).toHaveLength(4);
		expect(reference.tallies.split(" | ")).toHaveLength(4);
		expect(reference.rebonds).toContain(REBONDS.dan1);
		expect(reference.ideas).toContain(REBONDS.bob2);
		expect(reference.plan).toContain("Quand : lundi prochain");
		for (const page of participants) await expect.poll(() => sharedBoard(page), WAIT).toEqual(reference);
	});
});
