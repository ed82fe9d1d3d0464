/**
 * A modified client writes a 100,000-character problématique and 2,000 rules straight
 * into the board: a page opened afterwards still draws the board, with the problématique
 * cut to its 400 characters and at most the capped rules (issue 10, point 3). Timing is
 * not asserted beyond the page's ordinary waits.
 */
import "../support/node-fluid";
import { Tree } from "fluid-framework";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CAPS, LIMITS, textLength } from "../../src/domain/limits";
import { moveStep } from "../../src/fluid/commands/process";
import { Problematique, Rule } from "../../src/fluid/schema";
import { drawnCards, withInspect } from "../support/board-page";
import { joinByLink, launchBrowser, person } from "../support/browser";
import { createTestWorkshop, eventually, settled, type TestWorkshop } from "../support/clients";

describe("the board after a modified client's flood", () => {
	let w: TestWorkshop;
	let browser: Browser;
	let page: Page;

	beforeAll(async () => {
		w = await createTestWorkshop(inject("appUrl"), "Inondation");
		const mallory = await w.join("Mallory");
		w.facilitator.run(moveStep, { to: "regles" });
		const board = mallory.boardView.root;
		const me = mallory.me.userId;
		Tree.runTransaction(board, () => {
			board.problematiques.insertAtEnd(
				new Problematique({ id: "huge", authorId: me, text: "Problème ".repeat(12_000).slice(0, 100_000), x: 0, y: 0 }),
			);
		});
		for (let start = 0; start < 2000; start += 250)
			Tree.runTransaction(board, () => {
				board.rules.insertAtEnd(
					...Array.from({ length: 250 }, (_, i) => new Rule({ id: `r${start + i}`, text: `Règle n°${start + i}`, authorId: me })),
				);
			});
		await settled([mallory, w.facilitator], 60_000);
		await eventually(() => w.facilitator.boardView.root.rules.length === 2000, 60_000, "the rules");
		browser = await launchBrowser();
		page = (await person(browser, "fr-FR", { view: "board" })).page;
		await joinByLink(page, `${inject("appUrl")}/w/${w.info.id}#p=${w.participantKey}`, "Alice");
		await page.goto(withInspect(page.url()));
		await page.getByTestId("step-title").waitFor({ timeout: 60_000 });
		await page.getByTestId("board-canvas").waitFor({ timeout: 60_000 });
	}, 180_000);
	afterAll(async () => {
		w?.dispose();
		await browser?.close();
	});

	it("draws the board, the problématique cut and the rules capped", async () => {
		await expect
			.poll(async () => (await drawnCards(page)).filter((c) => c.kind === "rule").length, { timeout: 60_000 })
			.toBe(CAPS.rules.perPerson);
		const cards = await drawnCards(page);
		const note = cards.find((c) => c.id === "huge");
		expect(note, "the problématique is drawn").toBeDefined();
		expect(textLength(note?.full?.text ?? "")).toBe(LIMITS.problematique);
		expect(note?.full?.text.endsWith("…")).toBe(true);
		// The page still answers and shows the step.
		await expect.poll(() => page.getByTestId("step-title").getAttribute("data-step"), { timeout: 20_000 }).toBe("regles");
	});
});
