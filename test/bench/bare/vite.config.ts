/**
 * The bench's bare SharedTree page (test/bench/bare): built by the bench's global setup into
 * the served copy of the client, under /bench-bare/. Never part of `npm run build`.
 */
import path from "node:path";
import { defineConfig } from "vite";
import { precompress } from "../../../scripts/precompress";

export default defineConfig({
	root: import.meta.dirname,
	base: "/bench-bare/",
	publicDir: false,
	// Served compressed as the app's scripts are (a cold join over a slow link compares alike).
	plugins: [precompress],
	logLevel: "warn",
	build: { emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 4000, outDir: path.join(import.meta.dirname, "dist") },
});
