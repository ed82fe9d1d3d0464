/**
 * What a person checks on one screen: the document does not scroll (down or sideways),
 * the step's main control for their role is on screen, the canvas frames the step's zone
 * with text readable (≥ 12 px). Shared by the workspace tests of the three surfaces.
 */
import type { Frame, FrameLocator, Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { zoneOfStep } from "../../src/board/layout";
import type { StepId } from "../../src/domain/steps";

export type Surface = Page | FrameLocator;
export type Who = "facilitator" | "offreur" | "contributor";

/** The app's document inside a page, or inside the Teams test double's frame. */
export function documentOf(page: Page): Page | Frame {
	return page.frames().find((f) => f.url().includes("/w/")) ?? page;
}

export async function expectNoPageScroll(page: Page, what: string): Promise<void> {
	const doc = documentOf(page);
	const m = await doc.evaluate(() => {
		const e = document.documentElement;
		return { sh: e.scrollHeight, ch: e.clientHeight, sw: e.scrollWidth, cw: e.clientWidth };
	});
	expect(m.sh, `${what}: the page scrolls down`).toBeLessThanOrEqual(m.ch);
	expect(m.sw, `${what}: the page scrolls sideways`).toBeLessThanOrEqual(m.cw);
}

/** The control is drawn and lies wholly inside the window, with no scrolling. */
export async function expectOnScreen(page: Page, control: Locator, what: string): Promise<void> {
	await control.waitFor({ state: "visible", timeout: 20_000 });
	const box = await control.boundingBox();
	const size = page.viewportSize();
	expect(box, `${what}: not drawn`).not.toBeNull();
	if (!box || !size) return;
	expect(box.y, `${what}: above the window`).toBeGreaterThanOrEqual(0);
	expect(box.x, `${what}: left of the window`).toBeGreaterThanOrEqual(0);
	expect(box.y + box.height, `${what}: below the window (${Math.round(box.y)} px)`).toBeLessThanOrEqual(size.height + 1);
	expect(box.x + box.width, `${what}: right of the window`).toBeLessThanOrEqual(size.width + 1);
}

/** The canvas frames the step's zone by itself, card text at least 12 px, dots at least 20 px. */
export async function expectFramed(surface: Surface, step: StepId, what: string): Promise<void> {
	const canvas = surface.getByTestId("board-canvas");
	await expect
		.poll(() => canvas.getAttribute("data-framed-zone"), { timeout: 20_000, message: `${what}: framed zone` })
		.toBe(zoneOfStep(step));
	const text = Number(await canvas.getAttribute("data-min-text-px"));
	expect(text, `${what}: smallest card text on screen`).toBeGreaterThanOrEqual(12);
	const dot = await canvas.getAttribute("data-dot-px");
	if (dot) expect(Number(dot), `${what}: gommette size on screen`).toBeGreaterThanOrEqual(20);
}

const NEXT = { role: "button", name: "Étape suivante" } as const;

/**
 * The step's main control for a role: what that person has to reach now. Steps where a
 * role only listens point at the consigne, which must then be on screen.
 */
export function mainControl(surface: Surface, step: StepId, who: Who): Locator {
	const id = (testId: string) => surface.getByTestId(testId).first();
	const field = (name: string) => surface.locator(`[name="${name}"]`).first();
	if (who === "facilitator") {
		switch (step) {
			case "invitation":
				return id("participant-link");
			case "partage":
			case "partage-contributeurs":
				return surface.getByRole("combobox", { name: "Donner la parole (temps par personne)" });
			case "choix":
				return id("toggle-vote");
			case "consentement":
				return id("ask-consent");
			case "echanges":
				return id("give-floor");
			case "documentation":
				return id("agree-documentation-yes");
			default:
				return surface.getByRole(NEXT.role, { name: NEXT.name });
		}
	}
	const offreur = who === "offreur";
	switch (step) {
		case "regles":
			return field("rule");
		case "recherche":
			return field("problematique");
		case "partage":
			return offreur ? id("put-on-table") : id("instruction");
		case "choix":
			return id("place-dot");
		case "consentement":
			return offreur ? id("consent-yes") : id("instruction");
		case "expose":
			return id("add-note");
		case "clarification":
			return offreur ? id("answer-question") : id("ask-question");
		case "reformulation":
			return offreur ? id("save-formulation") : id("add-note");
		case "reflexion":
			return offreur ? id("instruction") : id("add-rebond");
		case "echanges":
			return offreur ? id("add-note") : id("raise-hand");
		case "recolte":
			return offreur ? id("keep-idea") : id("instruction");
		case "plan":
			return offreur ? id("add-action") : id("instruction");
		case "partage-offreur":
			return offreur ? id("add-learning") : id("instruction");
		case "partage-contributeurs":
			return offreur ? id("instruction") : id("add-learning");
		case "documentation":
			return id("agree-documentation-yes");
		default:
			return id("instruction");
	}
}

/** No two regions (landmarks, labelled sections) of the page share one accessible name. */
export async function expectUniqueRegionNames(page: Page, what: string): Promise<void> {
	const names = await documentOf(page).evaluate(() => {
		const nameOf = (e: Element) => {
			const label = e.getAttribute("aria-label");
			if (label) return label.trim();
			const ids = e.getAttribute("aria-labelledby");
			if (!ids) return "";
			return ids
				.split(/\s+/)
				.map((id) => document.getElementById(id)?.textContent?.trim() ?? "")
				.join(" ");
		};
		return [...document.querySelectorAll("section[aria-label], section[aria-labelledby], aside, nav, main, [role=region]")]
			.map(nameOf)
			.filter((n) => n !== "");
	});
	const twice = names.filter((n, i) => names.indexOf(n) !== i);
	expect(twice, `${what}: regions sharing a name`).toEqual([]);
}
