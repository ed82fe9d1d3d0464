/** Starts the local Fluid service and the app server once for the integration and e2e tests. */
import type { TestProject } from "vitest/node";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { JWK } from "jose";
import { ROOT, startAppServer, startLocalFluid, testSsoKeys } from "./services";

declare module "vitest" {
	export interface ProvidedContext {
		appUrl: string;
		fluidEndpoint: string;
		/** Signs Teams sign-in tokens the test server accepts (see testSsoToken). */
		ssoPrivateJwk: JWK;
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	// Serve a copy of the built client, so that a rebuild during the run cannot pull it away.
	const clientDir = await mkdtemp(path.join(tmpdir(), "atelier-client-"));
	await cp(path.join(ROOT, "dist/client"), clientDir, { recursive: true }).catch(() => undefined);
	const fluid = await startLocalFluid();
	const sso = await testSsoKeys();
	// One DATA_DIR for both, as npm start does: erasure reaches the service's files.
	const app = await startAppServer(fluid.endpoint, { CLIENT_DIR: clientDir, DATA_DIR: fluid.dataDir }, sso.verifier);
	project.provide("ssoPrivateJwk", sso.privateJwk);
	project.provide("appUrl", app.url);
	project.provide("fluidEndpoint", fluid.endpoint);
	return async () => {
		await app.stop();
		await fluid.stop();
		await rm(clientDir, { recursive: true, force: true });
	};
}
