/** Starts the local Fluid service and the app server once for the integration and e2e tests. */
import type { TestProject } from "vitest/node";
import { startAppServer, startLocalFluid } from "./services";

declare module "vitest" {
	export interface ProvidedContext {
		appUrl: string;
		fluidEndpoint: string;
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const fluid = await startLocalFluid();
	const app = await startAppServer(fluid.endpoint);
	project.provide("appUrl", app.url);
	project.provide("fluidEndpoint", fluid.endpoint);
	return async () => {
		await app.stop();
		await fluid.stop();
	};
}
