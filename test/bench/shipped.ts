/**
 * JavaScript shipped, gzip (as `npm run size` measures the build: scripts/bundle-size.mjs):
 * the landing page's first paint, a workshop's first paint, every script; and, beside
 * them, the bare SharedTree page's scripts (Fluid's client and the app's schema).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { BUDGETS, measureBundle } from "../../scripts/bundle-size.mjs";
import type { Row } from "./support/figures";

const kB = (bytes: number) => bytes / 1000;

export function shipped(bareDir: string): Row[] {
	const result = measureBundle();
	const assets = path.join(bareDir, "assets");
	const bare = readdirSync(assets)
		.filter((f) => f.endsWith(".js"))
		.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(assets, f))).length, 0);
	const row = (figure: string, bytes: number, budget?: number, bareBytes?: number): Row => ({
		part: "JavaScript shipped",
		figure,
		unit: "kB gzip",
		app: kB(bytes),
		...(bareBytes === undefined ? {} : { bare: kB(bareBytes), ratio: bytes / bareBytes }),
		...(budget === undefined ? {} : { budget: { text: `< ${kB(budget)} kB`, met: bytes < budget } }),
	});
	return [
		row("landing page, first paint", result.landing.gzip, BUDGETS.landing),
		row("workshop, first paint", result.workshop.gzip, BUDGETS.workshop),
		{ ...row("every script", result.total.gzip, undefined, bare), note: "bare: its one page, all of it" },
	];
}
