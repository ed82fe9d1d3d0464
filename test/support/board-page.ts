/** Driving the fabric board in a page: world positions to screen positions, drags. */
import type { Page } from "playwright-core";

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
