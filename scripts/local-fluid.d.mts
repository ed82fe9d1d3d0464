import type { ChildProcess } from "node:child_process";

export function fluidStorageDir(dataDir: string): string;

export interface LocalFluidProcess {
	readonly child: ChildProcess;
	readonly port: number;
	readonly endpoint: string;
	stop(): Promise<void>;
}

export function startLocalFluidService(options: {
	port: number;
	dataDir: string;
	stderr?: "inherit" | "pipe" | "ignore";
	timeoutMs?: number;
}): Promise<LocalFluidProcess>;
