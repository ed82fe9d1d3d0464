/** Starts the archiver beside the app server (main.ts): it opens or restores every active workshop. */
import { existsSync } from "node:fs";
import path from "node:path";
import type { AppConfig } from "../config";
import type { Storage } from "../storage/types";
import { Archiver, type ArchiverDeps } from "./archiver";
import { serverFluid } from "./serverFluid";

export function startArchiver(
	config: AppConfig,
	storage: Storage,
	log: (message: string) => void,
	events: Pick<ArchiverDeps, "onEnded" | "onFacilitator"> = {},
): Archiver {
	// The embedded service keeps its files in DATA_DIR/fluid (scripts/local-fluid.mjs).
	const localDir = path.join(config.dataDir, "fluid");
	const archiver = new Archiver({
		storage,
		fluid: serverFluid(config),
		now: Date.now,
		localStorageDir: config.fluid.mode === "local" && existsSync(localDir) ? localDir : undefined,
		log,
		...events,
	});
	void archiver.start().catch(() => log("archive: could not open the active workshops"));
	return archiver;
}
