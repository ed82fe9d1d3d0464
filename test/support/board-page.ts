/** Driving the fabric board in a page: world positions to screen positions, drags, and what the board says it draws. */
import type { Page } from "playwright-core";
import type { FrameFigures } from "../../src/board/framing";
import type { CardSpec } from "../../src/board/spec";

export type Transform = [number, number, number, number, number, number];

export async function viewport(page: Page): Promise<Transform> {
	const raw = await page.locator(".canvas-container").first().getAttribute("data-viewport");
	if (!raw) throw new Error("the board has no viewport yet");
	return JSON.parse(raw) as Transform;
}

/** Screen position (page coordinates) of a world point on the board. */
export async function screenOf(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
	const t = await viewport(page);
	const box = await page.locator(".canvas-container").first().boundingBox();
	if (!box) throw new Error("no board on the page");
	return { x: box.x + t[0] * x + t[4], y: box.y + t[3] * y + t[5] };
}

/** Drags with the mouse from one world point to another, in steps (fabric needs moves). */
export async function dragWorld(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
	const a = await screenOf(page, from.x, from.y);
	const b = await screenOf(page, to.x, to.y);
	await page.mouse.move(a.x, a.y);
	await page.mouse.down();
	for (let i = 1; i <= 8; i++) await page.mouse.move(a.x + ((b.x - a.x) * i) / 8, a.y + ((b.y - a.y) * i) / 8);
	await page.mouse.up();
}

/** The page's address with the board's read hook turned on (`?inspect`). */
export function withInspect(url: string): string {
	const u = new URL(url);
	u.searchParams.set("inspect", "1");
	return u.toString();
}

interface WholeCheck {
	readonly same: boolean;
	readonly differing: number;
	readonly whole: number;
	readonly partial: number;
}

interface BoardRead {
	cards(): CardSpec[];
	figures(): FrameFigures;
	showsWhole(): WholeCheck;
}

/**
 * Whether the canvas shows, once its pending frames are drawn, exactly what a frame drawn
 * whole draws (the board draws each frame only where something changed), and how many
 * frames it drew whole and in part so far (needs `?inspect`).
 */
export async function showsWhole(page: Page): Promise<WholeCheck> {
	return page.evaluate(async () => {
		const read = (window as unknown as { __atelierBoardRead?: BoardRead }).__atelierBoardRead;
		if (!read) throw new Error("open the page with ?inspect");
		for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
		return read.showsWhole();
	});
}

/** Every card the board draws now, as specs (needs `?inspect`). */
export async function drawnCards(page: Page): Promise<CardSpec[]> {
	return page.evaluate(() => {
		const read = (window as unknown as { __atelierBoardRead?: BoardRead }).__atelierBoardRead;
		if (!read) throw new Error("open the page with ?inspect");
		return read.cards();
	});
}

export async function drawnCard(page: Page, id: string): Promise<CardSpec | undefined> {
	return (await drawnCards(page)).find((c) => c.id === id);
}

export function centreOf(card: { x: number; y: number; w: number; h: number }): { x: number; y: number } {
	return { x: card.x + card.w / 2, y: card.y + card.h / 2 };
}

/** What the canvas's host says about the view (data-framed-zone, data-zoom…). */
export async function figures(
	page: Page,
): Promise<{ zone: string; zoom: number; minTextPx: number; dotPx: number; auto: string }> {
	const host = page.getByTestId("board-canvas");
	const [zone, zoom, minTextPx, dotPx, auto] = await Promise.all(
		["data-framed-zone", "data-zoom", "data-min-text-px", "data-dot-px", "data-auto-frame"].map((a) => host.getAttribute(a)),
	);
	return {
		zone: zone ?? "",
		zoom: Number(zoom),
		minTextPx: minTextPx ? Number(minTextPx) : Number.NaN,
		dotPx: Number(dotPx),
		auto: auto ?? "",
	};
}

/** Share of dark (text) pixels the canvas shows in a world rectangle: 0 for a blank board. */
export async function inkIn(page: Page, rect: { x: number; y: number; w: number; h: number }): Promise<number> {
	const t = await viewport(page);
	const r = { x: t[0] * rect.x + t[4], y: t[3] * rect.y + t[5], w: t[0] * rect.w, h: t[3] * rect.h };
	return page.evaluate((r) => {
		const canvas = document.querySelector<HTMLCanvasElement>(".canvas-container canvas.lower-canvas");
		const ctx = canvas?.getContext("2d");
		if (!canvas || !ctx) return 0;
		const k = canvas.width / canvas.clientWidth;
		const x = Math.max(0, Math.floor(r.x * k));
		const y = Math.max(0, Math.floor(r.y * k));
		const w = Math.max(1, Math.min(canvas.width - x, Math.floor(r.w * k)));
		const h = Math.max(1, Math.min(canvas.height - y, Math.floor(r.h * k)));
		const data = ctx.getImageData(x, y, w, h).data;
		let dark = 0;
		for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255) < 300) dark++;
		return dark / (data.length / 4);
	}, r);
}
