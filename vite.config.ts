import path from "node:path";
import { defineConfig } from "vite";

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
					chunkSizeWarningLimit: 2000,
					rollupOptions: {
						// Fluent UI marks its modules "use client" (for React server components): harmless here.
						onwarn(warning, warn) {
							if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
							warn(warning);
						},
					},
				},
				server: { proxy: { "/api": "http://localhost:3000" } },
			},
);
