/**
 * The app's page as served for a workshop's address: index.html with the workshop's
 * first-paint code preloaded beside the entry's. Vite preloads only what the entry imports
 * statically; a workshop's code (its page, Fluid's client) is imported once the entry has
 * run, so a cold join asked for it a few hundred milliseconds late. The landing page and
 * the other pages get index.html as built.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** The workshop page's module, as vite's manifest names it (relative to the client's root, src/ui). */
const WORKSHOP_MODULE = "pages/WorkshopPage.tsx";

interface ManifestChunk {
	readonly file: string;
	readonly imports?: readonly string[];
}

/**
 * `key`'s chunk and every chunk it imports statically, as files: the closure
 * scripts/bundle-size.mjs measures as a workshop's first paint (server-system.test.ts
 * checks that the two agree; the server does not import the build's scripts).
 */
function staticFiles(manifest: Record<string, ManifestChunk>, key: string): string[] {
	const seen = new Set<string>();
	const files: string[] = [];
	const visit = (k: string) => {
		const chunk = manifest[k];
		if (seen.has(k) || !chunk) return;
		seen.add(k);
		files.push(chunk.file);
		for (const next of chunk.imports ?? []) visit(next);
	};
	visit(key);
	return files;
}

export interface AppPages {
	/** The page for this address. */
	forPath(pathname: string): string;
}

/** Reads index.html and the manifest once; without a manifest, every address gets index.html. */
export function appPages(clientDir: string): AppPages {
	const index = readFileSync(path.join(clientDir, "index.html"), "utf8");
	const manifestFile = path.join(clientDir, ".vite", "manifest.json");
	let workshop = index;
	if (existsSync(manifestFile)) {
		const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Record<string, ManifestChunk>;
		const links = staticFiles(manifest, WORKSHOP_MODULE)
			.filter((file) => file.endsWith(".js") && !index.includes(`/${file}"`))
			.map((file) => `<link rel="modulepreload" crossorigin href="/${file}" data-workshop>`)
			.join("");
		workshop = index.replace("</head>", `${links}</head>`);
	}
	return { forPath: (pathname) => (/^\/w\/[^/]+/.test(pathname) ? workshop : index) };
}
