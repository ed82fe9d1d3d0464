/**
 * Erasing a document from the local Fluid service, as far as it allows. It has no delete:
 * its reference is removed from the service's folder (no listing or new load finds the
 * summary) and the id is added to `<storage>/erased`, which makes the service's REST
 * routes answer 404 for it (scripts/local-fluid-preload.cjs). Its ops stay in the
 * service's memory until it restarts, and its folder starts empty at every start.
 */
import { appendFile, rm } from "node:fs/promises";
import path from "node:path";

const SAFE_ID = /^[A-Za-z0-9_-]{1,200}$/;

export async function eraseLocalDocument(storageDir: string, documentId: string): Promise<void> {
	if (!SAFE_ID.test(documentId)) return;
	await appendFile(path.join(storageDir, "erased"), `${documentId}\n`, { mode: 0o600 });
	await rm(path.join(storageDir, "local", ".git", "refs", "heads", documentId), { force: true });
}
