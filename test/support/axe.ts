/** Runs axe-core (the page's accessibility audit) in a page; returns serious and critical violations. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const source = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface Violation {
	readonly id: string;
	readonly impact: string;
	readonly help: string;
	readonly targets: string[];
}

export async function seriousViolations(page: Page): Promise<Violation[]> {
	// Evaluated through the DevTools protocol: the app's Content Security Policy (no inline
	// scripts) rightly refuses a script tag.
	if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(source);
	return page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						ctx: Document | { include: Document[]; exclude: string[][] },
						opts: object,
					) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }>;
				};
			}
		).axe;
		// Fluent's focus guards (tabster's `data-tabster-dummy` elements) are focusable and
		// aria-hidden on purpose: they hand the focus on at once. Accessibility Insights
		// suppresses this known false positive of aria-hidden-focus; so do we, for them only.
		const result = await axe.run({ include: [document], exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
		return result.violations
			.filter((v) => v.impact === "serious" || v.impact === "critical")
			.map((v) => ({
				id: v.id,
				impact: v.impact ?? "",
				help: v.help,
				targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
			}));
	});
}
