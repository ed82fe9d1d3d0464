/**
 * Erasing a document from the local Fluid service, as far as it allows: it has no delete
 * route, so its reference is removed from the service's folder (the document disappears
 * from its listings and no new load finds its summary); its git objects and in-memory ops
 * go when the service next starts, since its folder starts empty (scripts/local-fluid.mjs).
 */
import { rm } from "node:fs/promises";
import path from "node:path";

const SAFE_ID = /^[A-Za-z0-9_-]{1,200}$/;

export async function eraseLocalDocument(storageDir: string, documentId: string): Promise<void> {
	if (!SAFE_ID.test(documentId)) return;
	await rm(path.join(storageDir, "local", ".git", "refs", "heads", documentId), { force: true });
}
