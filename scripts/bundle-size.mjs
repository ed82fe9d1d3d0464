/**
 * What the built client ships, in gzip: `npm run size` (after `npm run build`).
 *
 * - landing: the scripts the landing page runs before its first paint: the entry named in
 *   dist/client/index.html and everything it imports statically (from the vite manifest);
 * - workshop: a workshop's first paint (loading, join form, header and step): the landing's
 *   scripts plus the workshop route's chunk and its static imports (the board's canvas and
 *   what it alone uses come later, in their own chunks);
 * - total: every script in dist/client/assets.
 *
 * Prints a table and writes dist/bundle-size.json. The figures are deterministic (same build,
 * same bytes), so test/integration/bundle-size.test.ts asserts the budgets on them.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The budgets of issue 11, in gzip bytes of JavaScript (kB of 1000 bytes, as vite reports). */
export const BUDGETS = { landing: 150_000, workshop: 450_000 };

/** The workshop route's module, as the manifest names it (relative to the client's root, src/ui). */
export const WORKSHOP_ROUTE = "pages/WorkshopPage.tsx";

function gzipSize(file) {
	return gzipSync(readFileSync(file)).length;
}

/** The manifest's key for the chunk `file` (an address such as /assets/index-abc.js). */
function keyOfFile(manifest, file) {
	const wanted = file.replace(/^\//, "");
	return Object.keys(manifest).find((key) => manifest[key].file === wanted);
}

/** `keys` and everything they import statically, as output files. */
function staticClosure(manifest, keys) {
	const seen = new Set();
	const files = new Set();
	const visit = (key) => {
		if (seen.has(key)) return;
		seen.add(key);
		const chunk = manifest[key];
		if (!chunk) throw new Error(`bundle-size: ${key} is not in the manifest`);
		files.add(chunk.file);
		for (const next of chunk.imports ?? []) visit(next);
	};
	for (const key of keys) visit(key);
	return files;
}

function measure(clientDir, files) {
	const chunks = [...files]
		.filter((file) => file.endsWith(".js"))
		.map((file) => ({ file, gzip: gzipSize(path.join(clientDir, file)) }))
		.sort((a, b) => b.gzip - a.gzip);
	return { gzip: chunks.reduce((sum, chunk) => sum + chunk.gzip, 0), chunks };
}

/** What the chunk of `key` (a module, as the manifest names it) loads with its static imports. */
export function measureChunk(key, distDir = path.join(root, "dist")) {
	const clientDir = path.join(distDir, "client");
	const manifest = JSON.parse(readFileSync(path.join(clientDir, ".vite", "manifest.json"), "utf8"));
	return measure(clientDir, staticClosure(manifest, [key]));
}

/** The three figures of the client built in `distDir` (dist by default). */
export function measureBundle(distDir = path.join(root, "dist")) {
	const clientDir = path.join(distDir, "client");
	const manifest = JSON.parse(readFileSync(path.join(clientDir, ".vite", "manifest.json"), "utf8"));
	const html = readFileSync(path.join(clientDir, "index.html"), "utf8");
	// What index.html loads: its module script and the module preloads vite put beside it.
	const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]);
	if (entries.length === 0) throw new Error("bundle-size: no module script in index.html");
	const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
	const entryKeys = entries.map((file) => keyOfFile(manifest, file));
	if (entryKeys.some((key) => key === undefined)) throw new Error("bundle-size: the entry is not in the manifest");
	const landingFiles = staticClosure(manifest, entryKeys);
	for (const file of [...entries, ...preloads]) landingFiles.add(file.replace(/^\//, ""));
	if (!manifest[WORKSHOP_ROUTE]) throw new Error(`bundle-size: ${WORKSHOP_ROUTE} is not its own chunk`);
	const workshopFiles = new Set([...landingFiles, ...staticClosure(manifest, [WORKSHOP_ROUTE])]);
	const assets = readdirSync(path.join(clientDir, "assets")).map((name) => `assets/${name}`);
	return {
		budgets: BUDGETS,
		landing: measure(clientDir, landingFiles),
		workshop: measure(clientDir, workshopFiles),
		total: measure(clientDir, assets),
	};
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function print(result) {
	const rows = [
		["landing, first paint", result.landing, result.budgets.landing],
		["workshop, first paint", result.workshop, result.budgets.workshop],
		["all scripts", result.total, undefined],
	];
	console.log("JavaScript shipped (gzip)");
	for (const [name, figure, budget] of rows) {
		const verdict = budget === undefined ? "" : `budget ${kb(budget)} ${figure.gzip <= budget ? "ok" : "EXCEEDED"}`;
		console.log(
			`  ${name.padEnd(24)}${kb(figure.gzip).padStart(10)}  ${String(figure.chunks.length).padStart(3)} files  ${verdict}`,
		);
	}
	for (const [name, figure] of rows.slice(0, 2)) {
		console.log(`\n${name}:`);
		for (const chunk of figure.chunks) console.log(`  ${kb(chunk.gzip).padStart(10)}  ${chunk.file}`);
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const distDir = path.join(root, "dist");
	const result = measureBundle(distDir);
	print(result);
	writeFileSync(path.join(distDir, "bundle-size.json"), `${JSON.stringify(result, null, "\t")}\n`);
	const over = result.landing.gzip > BUDGETS.landing || result.workshop.gzip > BUDGETS.workshop;
	if (over) process.exitCode = 1;
}
