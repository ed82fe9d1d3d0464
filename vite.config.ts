import path from "node:path";
import { defineConfig } from "vite";
import { precompress } from "./scripts/precompress";

/** index.html's script: a workshop's early requests, then it imports the app (ENTRY). */
const EARLY = path.join(import.meta.dirname, "src/ui/early.ts");
const ENTRY = path.join(import.meta.dirname, "src/ui/main.tsx");
const WORKSHOP = path.join(import.meta.dirname, "src/ui/pages/WorkshopPage.tsx");
/** The workshop's own light modules that rolldown would otherwise spread over small shared chunks. */
const WORKSHOP_SHARED =
	/\/src\/(domain|fluid|session|api)\/|\/src\/ui\/(hooks|workshopContext)\.ts$|\/src\/ui\/workspace\/useStepTime\.ts$/;

/** What a module info needs to walk the static imports (rolldown's chunking context gives it). */
interface Graph {
	getModuleInfo(id: string): { readonly importedIds: readonly string[] } | null;
}

/** The modules the entries import statically, directly or not: all loaded before the first paint. */
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

let earlyModules: Set<string> | undefined;
let entryModules: Set<string> | undefined;
let workshopModules: Set<string> | undefined;

/** The sets are computed once per build (a watch rebuild starts afresh). */
const resetChunkGraph = {
	name: "reset-chunk-graph",
	buildStart() {
		earlyModules = undefined;
		entryModules = undefined;
		workshopModules = undefined;
	},
};

/** The early script's own modules: they stay in its small chunk, run before the app's code has come. */
function early(graph: Graph): Set<string> {
	earlyModules ??= staticallyReached(graph, EARLY);
	return earlyModules;
}

interface BuiltChunk {
	readonly type: "chunk" | "asset";
	readonly fileName: string;
	readonly moduleIds?: readonly string[];
	readonly imports?: readonly string[];
}

/**
 * The app's chunk (main.tsx's, imported by the early script) and what it imports statically,
 * preloaded from index.html: fetched at once beside the early script, not once it has run.
 */
const preloadApp = {
	name: "preload-app",
	transformIndexHtml: {
		order: "post" as const,
		handler(_html: string, ctx: { readonly bundle?: Record<string, BuiltChunk> }) {
			const bundle = ctx.bundle;
			if (!bundle) return [];
			const app = Object.values(bundle).find((c) => c.type === "chunk" && c.moduleIds?.includes(ENTRY));
			if (!app) throw new Error("preload-app: no chunk holds src/ui/main.tsx");
			const files = new Set<string>();
			const visit = (file: string) => {
				if (files.has(file)) return;
				files.add(file);
				for (const next of bundle[file]?.imports ?? []) visit(next);
			};
			visit(app.fileName);
			return [...files].map((file) => ({
				tag: "link",
				attrs: { rel: "modulepreload", crossorigin: true, href: `/${file}` },
				injectTo: "head" as const,
			}));
		},
	},
};

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
				plugins: [resetChunkGraph, preloadApp, precompress],
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
										// The early script's own modules (the API client, the identity store): a small chunk
										// of their own, so that the script runs before the app's code has come.
										name: (id, ctx) => (early(ctx).has(id) && id !== EARLY ? "early" : null),
										priority: 20,
									},
									{
										name: (id, ctx) => {
											entryModules ??= staticallyReached(ctx, ENTRY);
											return entryModules.has(id) && !early(ctx).has(id) && !id.includes("/node_modules/") ? "index" : null;
										},
										priority: 10,
									},
									{
										// Likewise the workshop's own domain, Fluid, session and hook modules (and Fluid's
										// packages with them): one chunk that its first paint loads, rather than ten small ones.
										// A module that My workshops or the Teams settings page also used would tie them to this
										// chunk (Fluid): test/integration/bundle-size.test.ts checks that they load no Fluid.
										name: (id, ctx) => {
											workshopModules ??= staticallyReached(ctx, WORKSHOP);
											return WORKSHOP_SHARED.test(id) && workshopModules.has(id) && !early(ctx).has(id) ? "workshop" : null;
										},
										priority: 5,
									},
								],
							},
						},
					},
				},
				server: { proxy: { "/api": "http://localhost:3000" } },
			},
);
