/**
 * The JavaScript the built client ships (issue 11): gzip sizes of the built output, the same
 * bytes for the same build (no timing), measured as `npm run size` does. Needs `npm run build`
 * (which `npm test` runs first).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUDGETS, type Figure, measureBundle, measureChunk } from "../../scripts/bundle-size.mjs";

const result = measureBundle();
const clientDir = path.join(import.meta.dirname, "../../dist/client");

/** The packages whose code a figure's scripts hold, read from their source maps. */
function packagesIn(figure: Figure): Set<string> {
	const packages = new Set<string>();
	for (const { file } of figure.chunks) {
		const mapFile = path.join(clientDir, `${file}.map`);
		// Only rolldown's own runtime (a few hundred bytes) comes without a map.
		if (!existsSync(mapFile)) continue;
		const map = JSON.parse(readFileSync(mapFile, "utf8")) as { sources: string[] };
		for (const source of map.sources) {
			const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1];
			if (name) packages.add(name);
		}
	}
	return packages;
}

const heavy = (packages: Set<string>, pattern: RegExp) => [...packages].filter((name) => pattern.test(name));

describe("bundle size", () => {
	it("the landing page's first paint is under 150 kB gzip of JavaScript", () => {
		expect(result.landing.gzip).toBeLessThan(BUDGETS.landing);
	});

	it("the landing page loads no Fluid, fabric, teams-js nor jsPDF", () => {
		expect(
			heavy(
				packagesIn(result.landing),
				/^(fluid-framework|@fluidframework\/|@fluid-internal\/|fabric|@microsoft\/teams-js|jspdf)/,
			),
		).toEqual([]);
	});

	it("the landing side's later chunks (My workshops, the Teams tab's settings) load no Fluid either", () => {
		for (const key of ["pages/MyWorkshops.tsx", "pages/TeamsConfigPage.tsx"]) {
			expect(heavy(packagesIn(measureChunk(key)), /^(fluid-framework|@fluidframework\/|@fluid-internal\/|fabric)/)).toEqual([]);
		}
	});

	it("a workshop's first paint loads Fluid, but waits for neither the canvas (fabric) nor jsPDF nor teams-js", () => {
		const packages = packagesIn(result.workshop);
		expect(packages.has("fluid-framework") || packages.has("@fluidframework/tree")).toBe(true);
		expect(heavy(packages, /^(fabric|@microsoft\/teams-js|jspdf|html2canvas)$/)).toEqual([]);
	});

	it("a workshop's first paint is under 450 kB gzip of JavaScript", () => {
		expect(result.workshop.gzip).toBeLessThan(BUDGETS.workshop);
	});
});
