/** Real Chromium (Debian's, never a downloaded one) driven by playwright-core. */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: [
			"--no-sandbox",
			"--disable-gpu",
			"--disable-quic",
			"--no-first-run",
			"--disable-background-networking",
			"--disable-component-update",
			"--disable-sync",
		],
	});
}

export interface PersonOptions {
	/**
	 * "list" (the default here) opens the accessible list view, where every zone and its
	 * controls are on the page: the tests of the rules use it. "board" is what a new user
	 * meets: the canvas with the action dock.
	 */
	readonly view?: "list" | "board";
	readonly viewport?: { readonly width: number; readonly height: number };
}

/** One person: their own context (own storage), so identities never mix. */
export async function person(
	browser: Browser,
	locale = "fr-FR",
	options: PersonOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ locale, viewport: options.viewport ?? { width: 1280, height: 800 } });
	const view = options.view ?? "list";
	await context.addInitScript((v) => {
		try {
			if (window.localStorage.getItem("atelier-entraide:view") === null) window.localStorage.setItem("atelier-entraide:view", v);
		} catch {
			// about:blank has no storage
		}
	}, view);
	const page = await context.newPage();
	page.on("pageerror", (error) => console.error(`[page error] ${error.message}`));
	// Anything the app's Content Security Policy blocks is a defect: say it loudly.
	page.on("console", (message) => {
		const text = message.text();
		// teams-js asks a Microsoft CDN for its list of valid origins; blocked on purpose (no
		// third-party calls), it falls back to its built-in list.
		if (text.includes("Content Security Policy") && !text.includes("res.cdn.office.net")) console.error(`[csp] ${text}`);
	});
	return { context, page };
}

/** The facilitator creates a workshop from the landing page and arrives in it. */
export async function createWorkshop(page: Page, appUrl: string, title: string, name: string): Promise<string> {
	await page.goto(appUrl);
	await page.locator('input[name="title"]').fill(title);
	await page.locator('input[name="name"]').fill(name);
	await page.locator('form button[type="submit"]').click();
	await page.waitForURL(/\/w\/[A-Za-z0-9_-]+/);
	await page.getByTestId("step-title").waitFor({ timeout: 60_000 });
	return page.getByTestId("participant-link").inputValue();
}

/** The workshop's id in a shared link (`…/w/<id>#p=<key>`). */
export function workshopIdOf(link: string): string {
	return new URL(link).pathname.split("/")[2] ?? "";
}

/** The key a shared link carries (`#p=` participant, `#o=` observer). */
export function linkKeyOf(link: string): string {
	const hash = new URLSearchParams(new URL(link).hash.replace(/^#/, ""));
	return hash.get("p") ?? hash.get("o") ?? "";
}

/** A participant opens the shared link, gives their name and arrives in the workshop. */
export async function joinByLink(page: Page, link: string, name: string): Promise<void> {
	await page.goto(link);
	await page.locator('input[name="name"]').fill(name);
	await page.locator('form button[type="submit"]').click();
	await page.getByTestId("step-title").waitFor({ timeout: 60_000 });
}

export async function stepOf(page: Page): Promise<string | null> {
	return page.getByTestId("step-title").getAttribute("data-step");
}
