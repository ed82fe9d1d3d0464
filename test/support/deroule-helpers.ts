/**
 * What a person sees while the déroulé runs, as the whole-session test reads it: the step
 * on every page, the countdowns (step and personal turns), a refused control and its
 * reason, the personal-turn dropdown, the vote and rebond zones, where the focus is, and
 * the accessibility audit.
 */
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import type { StepId } from "../../src/domain/steps";
import { seriousViolations } from "./axe";
import { stepOf } from "./browser";

export const WAIT = { timeout: 20_000 };

/** What the interface says when it refuses (src/domain/messages.ts, in French). */
export const REFUSED = {
	notNow: "Ce n'est pas possible à cette étape.",
	onOne: "2 gommettes au maximum sur la même problématique.",
	allPlaced: "Vous avez déjà posé vos 3 gommettes.",
	decided: "C'est déjà décidé.",
	notYourTurn: "Ce n'est pas encore votre tour.",
	/** Worded for the facilitator who gives the floor: about the person, by name. */
	spokeAlready: (name: string) =>
		`${name} s'est déjà exprimé·e ce tour-ci : attendez que chacun·e ait eu l'occasion de s'exprimer.`,
	ideas: "3 idées au maximum dans la récolte : retirez-en une d'abord.",
	notEveryone: "Les notes ne sont documentées que si tout le monde est d'accord.",
};

/**
 * The kit's minutes for each step of the session, for this group (four participants in
 * partage: the 20 minutes cover their 2 minutes each; three contributors at the end:
 * 1 minute each). Documentation happens after the session: no step timer there.
 */
export const KIT_MINUTES: Readonly<Partial<Record<StepId, number>>> = {
	accueil: 30,
	presentation: 2,
	regles: 3,
	recherche: 10,
	partage: 20,
	choix: 2,
	consentement: 3,
	expose: 5,
	clarification: 10,
	reformulation: 5,
	reflexion: 5,
	echanges: 20,
	recolte: 5,
	plan: 2,
	"partage-offreur": 2,
	"partage-contributeurs": 3,
};

/** Every page shows this step (data-step), with the same title. */
export async function everyoneAt(pages: readonly Page[], step: StepId): Promise<void> {
	for (const page of pages) await expect.poll(() => stepOf(page), WAIT).toBe(step);
	const titles = await Promise.all(pages.map((page) => page.getByTestId("step-title").textContent()));
	expect(new Set(titles).size).toBe(1);
}

export type TimerId = "step-timer" | "turn-timer";

export async function secondsLeft(page: Page, timer: TimerId): Promise<number> {
	const raw = await page.getByTestId(timer).getAttribute("data-left", { timeout: 5_000 });
	if (raw === null || raw === "") throw new Error(`no ${timer} on the page`);
	return Number(raw);
}

/**
 * A countdown that has just started from `fullSeconds`: every page shows it, all agree
 * within 2 s, and it goes down (on the first and the last page) while nobody touches it.
 */
export async function expectFreshCountdown(pages: readonly Page[], timer: TimerId, fullSeconds: number): Promise<void> {
	await expect
		.poll(async () => {
			const values = await Promise.all(pages.map((page) => secondsLeft(page, timer)));
			const fresh = values.every((v) => v <= fullSeconds && v >= fullSeconds - 30);
			const spread = Math.max(...values) - Math.min(...values);
			return fresh && spread <= 2 ? "fresh and agreed" : `${fullSeconds} s planned, pages show ${values.join(", ")}`;
		}, WAIT)
		.toBe("fresh and agreed");
	const watched = [pages[0], pages[pages.length - 1]].filter((p): p is Page => p !== undefined);
	await Promise.all(
		watched.map(async (page) => {
			const start = await secondsLeft(page, timer);
			await expect.poll(() => secondsLeft(page, timer), WAIT).toBeLessThan(start);
		}),
	);
}

/**
 * A control that is shown but not available: it says so (aria-disabled), keeps the focus,
 * and pressing it (keyboard) tells why, in an alert right beside it.
 */
export async function pressRefused(button: Locator, why: string): Promise<void> {
	await expect.poll(() => button.getAttribute("aria-disabled"), WAIT).toBe("true");
	await button.focus();
	await button.page().keyboard.press("Enter");
	// The ActionButton's refusal is the next sibling of the span that wraps the button.
	const refusal = button.locator("xpath=../following-sibling::*[@data-testid='refusal']");
	await expect.poll(() => refusal.textContent(), WAIT).toBe(why);
	expect(await refusal.getAttribute("role")).toBe("alert");
}

/** The facilitator gives someone their own timed turn ("Donner la parole (temps par personne)"). */
export async function givePersonalTurn(facilitator: Page, name: string): Promise<void> {
	await facilitator.getByRole("combobox", { name: "Donner la parole (temps par personne)" }).click();
	await facilitator.getByRole("option", { name, exact: true }).click();
}

/** The names the personal-turn dropdown offers (it closes again). */
export async function personalTurnOptions(facilitator: Page): Promise<string[]> {
	await facilitator.getByRole("combobox", { name: "Donner la parole (temps par personne)" }).click();
	const options = facilitator.getByRole("option");
	await options.first().waitFor(WAIT);
	const names = (await options.allTextContents()).map((t) => t.trim());
	await facilitator.keyboard.press("Escape");
	await expect.poll(() => options.count(), WAIT).toBe(0);
	return names;
}

export function voteItem(page: Page, text: string): Locator {
	return page.getByTestId("vote-item").filter({ hasText: text });
}

/** Places a gommette on the problématique with this text; the voter then sees `mineAfter` of theirs on it. */
export async function placeDot(page: Page, text: string, mineAfter: number): Promise<void> {
	await voteItem(page, text).getByTestId("place-dot").click();
	await expect.poll(() => voteItem(page, text).getByTestId("my-dots").getAttribute("data-count"), WAIT).toBe(String(mineAfter));
}

/** A contributor's column of shared rebonds, found by name. */
export function rebondColumn(page: Page, name: string): Locator {
	return page.locator(`[data-testid="rebond-column"][data-author-name="${name}"]`);
}

/** What has the keyboard focus: its data-testid, or its tag name ("BODY" when the focus is lost). */
export async function focused(page: Page): Promise<string> {
	return page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? document.activeElement?.tagName ?? "");
}

/** Text of every element with this test id, sorted (concurrent inserts land in any order). */
export async function sortedTexts(page: Page, testId: string): Promise<string[]> {
	return (await page.getByTestId(testId).allTextContents()).map((t) => t.trim()).sort();
}

/**
 * axe-core finds no serious or critical violation on any of these pages, once what was
 * appearing has appeared (a dialog fading in is not yet what a person reads).
 */
export async function expectNoSeriousViolations(...pages: Page[]): Promise<void> {
	for (const page of pages) {
		await expect
			.poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === "running").length), WAIT)
			.toBe(0);
		const found = await seriousViolations(page);
		// On failure, say whose page and show the offending elements, and where the focus is.
		const where = await page.evaluate(
			(targets) => targets.map((t) => [...document.querySelectorAll(t)].map((e) => e.outerHTML.slice(0, 160)).join("\n")),
			found.flatMap((v) => v.targets),
		);
		const who = `${await page.getByTestId("my-role").textContent()}, focus on ${await focused(page)}`;
		expect(found, `${who}: ${JSON.stringify(found, null, 1)}\n${where.join("\n")}`).toEqual([]);
	}
}
