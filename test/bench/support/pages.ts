/**
 * The bench's pages: the app (`/w/<id>?bench=1`) and the bare SharedTree page
 * (`/bench-bare/index.html?w=<id>`), each in its own browser context (own storage, own
 * cache: a cold load) with the person's identity stored as the app keeps it after a join.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Identity } from "../../../src/api/types";
import type { TestWorkshop } from "../../support/clients";
import "./window";

export type Kind = "app" | "bare";
export const KINDS: readonly Kind[] = ["app", "bare"];

export interface Viewport {
	readonly width: number;
	readonly height: number;
}

export interface BenchPage {
	readonly kind: Kind;
	readonly identity: Identity;
	readonly context: BrowserContext;
	readonly page: Page;
	close(): Promise<void>;
}

export function pageUrl(appUrl: string, kind: Kind, workshopId: string): string {
	return kind === "app" ? `${appUrl}/w/${workshopId}?bench=1` : `${appUrl}/bench-bare/index.html?w=${workshopId}`;
}

/** A participant's identity, as joining by the participant link gives it. */
export function participant(w: TestWorkshop, name: string): Promise<Identity> {
	return w.api.join(w.info.id, name, w.participantKey);
}

/** The facilitator's identity, as their own link gives it. */
export function facilitator(w: TestWorkshop): Promise<Identity> {
	return w.api.facilitator(w.info.id, w.key);
}

/** A new context (own storage and cache) whose pages start with `identity` stored, and its page. */
export async function personPage(
	browser: Browser,
	workshopId: string,
	identity: Identity,
	viewport: Viewport,
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport, locale: "fr-FR" });
	await context.addInitScript(
		({ key, value }) => {
			try {
				window.localStorage.setItem(key, value);
				window.localStorage.setItem("atelier-entraide:view", "board");
			} catch {
				// about:blank has no storage
			}
		},
		{ key: `atelier-entraide:${workshopId}:identity`, value: JSON.stringify(identity) },
	);
	const page = await context.newPage();
	page.on("pageerror", (error) => console.error(`[bench page error] ${error.name}`));
	return { context, page };
}

/** Navigates to the page and waits for its first frame (the board drawn). */
export async function loaded(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.waitForFunction(() => window.__bench?.probe.firstFrameAt !== undefined || window.__benchError !== undefined, null, {
		timeout: 120_000,
		polling: 50,
	});
	const failed = await page.evaluate(() => window.__benchError);
	if (failed) throw new Error(`the page failed to start: ${failed}`);
}

/** A participant's network, as DevTools emulates it (on the bytes that cross it: compressed or not). */
export interface Link {
	readonly mbitPerS: number;
	readonly roundTripMs: number;
}

/** Makes `page`'s requests go as over `link` (for as long as the page lives). */
async function emulate(page: Page, link: Link): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send("Network.enable");
	const bytesPerS = (link.mbitPerS * 1_000_000) / 8;
	await cdp.send("Network.emulateNetworkConditions", {
		offline: false,
		latency: link.roundTripMs,
		downloadThroughput: bytesPerS,
		uploadThroughput: bytesPerS / 4,
	});
}

/** Opens the page as `identity` (over `link`, if given) and waits for its first frame (the board drawn). */
export async function openPage(
	browser: Browser,
	appUrl: string,
	kind: Kind,
	workshopId: string,
	identity: Identity,
	viewport: Viewport = { width: 1024, height: 640 },
	link?: Link,
): Promise<BenchPage> {
	const { context, page } = await personPage(browser, workshopId, identity, viewport);
	if (link) await emulate(page, link);
	await loaded(page, pageUrl(appUrl, kind, workshopId));
	return { kind, identity, context, page, close: () => context.close() };
}

/** From navigation to the first frame with the board drawn, and from the board's creation to it, in ms (the page's own clock). */
export function loadMs(page: Page): Promise<{ readonly total: number; readonly board: number; readonly frame: number }> {
	return page.evaluate(() => {
		const probe = window.__bench?.probe;
		const first = probe?.firstFrameAt ?? Number.NaN;
		return {
			total: first - performance.timeOrigin,
			board: first - (probe?.createdAt ?? Number.NaN),
			frame: first - (probe?.firstFrameStarted ?? Number.NaN),
		};
	});
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
