#!/usr/bin/env node
/**
 * Renders the Teams icons from their SVG sources (assets/color.svg 192×192,
 * assets/outline.svg 32×32 with a transparent background) into PNGs with Debian's
 * Chromium. Run once after changing a source: `node scripts/icons.mjs`; the PNGs are committed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
	args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
for (const [name, size] of [
	["color", 192],
	["outline", 32],
]) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	const svg = readFileSync(path.join(root, "assets", `${name}.svg`), "utf8");
	await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
	await page.screenshot({
		path: path.join(root, "assets", `${name}.png`),
		omitBackground: true,
		clip: { x: 0, y: 0, width: size, height: size },
	});
	await page.close();
}
await browser.close();
console.log("assets/color.png and assets/outline.png written");
