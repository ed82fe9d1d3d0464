import path from "node:path";
import { defineConfig } from "vite";

const ENTRY = path.join(import.meta.dirname, "src/ui/main.tsx");

/** What a module info needs to walk the static imports (rolldown's chunking context gives it). */
interface Graph {
	getModuleInfo(id: string): { readonly importedIds: readonly string[] } | null;
}

/** The modules the entry imports statically, directly or not: all loaded before the first paint. */
function staticallyReached(graph: Graph, from: string): Set<string> {
	const seen = new Set<string>();
	const stack = [from];
	for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
		if (seen.has(id)) continue;
		seen.add(id);
		stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
	}
	return seen;
}

let entryModules: Set<string> | undefined;

/**
 * The client is built from src/ui (index.html there) into dist/client; the server is
 * built with `vite build --ssr` into dist/server (dependencies stay in node_modules).
 */
export default defineConfig(({ isSsrBuild }) =>
	isSsrBuild
		? {
				root: import.meta.dirname,
				build: {
					target: "node20",
					outDir: "dist/server",
					emptyOutDir: true,
					sourcemap: true,
					rollupOptions: {
						input: { main: "src/server/main.ts", package: "src/server/teams/packageCli.ts" },
						output: { entryFileNames: "[name].js" },
					},
				},
			}
		: {
				root: path.join(import.meta.dirname, "src/ui"),
				publicDir: path.join(import.meta.dirname, "assets/public"),
				build: {
					outDir: path.join(import.meta.dirname, "dist/client"),
					emptyOutDir: true,
					sourcemap: true,
					// dist/client/.vite/manifest.json: what each chunk imports, read by `npm run size`.
					manifest: true,
					chunkSizeWarningLimit: 2000,
					rollupOptions: {
						// Fluent UI marks its modules "use client" (for React server components): harmless here.
						onwarn(warning, warn) {
							if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
							warn(warning);
						},
						output: {
							codeSplitting: {
								// Everything the entry imports statically is loaded before the first paint anyway: one
								// chunk, rather than the dozen small shared ones (each gzipped apart) rolldown makes
								// of what the lazy pages share with the landing page. The rest splits by itself.
								groups: [
									{
										name: (id, ctx) => {
											entryModules ??= staticallyReached(ctx, ENTRY);
											return entryModules.has(id) && !id.includes("/node_modules/") ? "index" : null;
										},
										priority: 10,
									},
								],
							},
						},
					},
				},
				server: { proxy: { "/api": "http://localhost:3000" } },
			},
);
