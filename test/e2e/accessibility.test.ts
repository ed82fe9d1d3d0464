/**
 * axe-core on the views a person meets: landing, join, and the workshop at several steps,
 * for the facilitator and a participant, in French and English. No serious or critical
 * violation.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { STEP_IDS, type StepId } from "../../src/domain/steps";
import { seriousViolations } from "../support/axe";
import { createWorkshop, launchBrowser, person, stepOf } from "../support/browser";

describe("accessibility (axe-core)", () => {
	let browser: Browser;
	let facilitator: Page;
	let alice: Page;
	let link: string;

	beforeAll(async () => {
		browser = await launchBrowser();
		facilitator = (await person(browser)).page;
		alice = (await person(browser, "en-US")).page;
	});
	afterAll(async () => {
		await browser?.close();
	});

	it("has no serious violation on the landing page", async () => {
		await facilitator.goto(inject("appUrl"));
		await facilitator.locator('input[name="title"]').waitFor();
		expect(await seriousViolations(facilitator)).toEqual([]);
	});

	it("has no serious violation on the join form", async () => {
		link = await createWorkshop(facilitator, inject("appUrl"), "Atelier accessible", "Fanny");
		await alice.goto(link);
		await alice.locator('input[name="name"]').waitFor();
		expect(await seriousViolations(alice)).toEqual([]);
		await alice.locator('input[name="name"]').fill("Alice");
		await alice.locator('form button[type="submit"]').click();
		await alice.getByTestId("step-title").waitFor({ timeout: 60_000 });
	});

	const steps: StepId[] = [
		"accueil",
		"regles",
		"recherche",
		"partage",
		"choix",
		"consentement",
		"clarification",
		"echanges",
		"recolte",
		"documentation",
	];
	for (const step of steps) {
		it(`has no serious violation at step ${step}, for the facilitator and a participant`, async () => {
			const jump = facilitator.getByRole("combobox", { name: "Aller à l'étape" });
			await jump.click();
			await facilitator
				.getByRole("option")
				.filter({ hasText: /^\d+\. / })
				.nth(STEP_IDS.indexOf(step))
				.click();
			await expect.poll(() => stepOf(alice), { timeout: 20_000 }).toBe(step);
			await facilitator.waitForTimeout(300);
			const found = [...(await seriousViolations(facilitator)), ...(await seriousViolations(alice))];
			expect(found, JSON.stringify(found, null, 1)).toEqual([]);
		});
	}
});
