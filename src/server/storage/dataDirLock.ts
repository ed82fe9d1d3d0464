/**
 * One app server per data folder. The server holds a local socket named after its
 * DATA_DIR for as long as it runs; the operating system lets go of it when the process
 * dies, even by `kill -9`. A second server on the same folder is refused with a clear
 * message; a socket file left by a dead server is recognised (nobody answers) and
 * replaced. Holding it is what makes it safe to clear SQLite's lock left by a crash.
 */
import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import { connect, createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export interface DataDirLock {
	release(): Promise<void>;
}

/** Where the socket lives: in the folder, or (a path too long for a socket, or Windows) by a hash of it. */
export function lockAddress(dataDir: string): string {
	const hash = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 24);
	if (process.platform === "win32") return `\\\\?\\pipe\\atelier-entraide-${hash}`;
	const inFolder = path.join(dataDir, "server.lock.sock");
	return Buffer.byteLength(inFolder) < 100 ? inFolder : path.join(tmpdir(), `atelier-entraide-${hash}.sock`);
}

function listen(server: Server, address: string): Promise<void> {
	return new Promise((resolve, reject) => {
		server.once("error", reject);
		server.listen(address, () => {
			server.off("error", reject);
			resolve();
		});
	});
}

function someoneAnswers(address: string): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(address);
		socket.once("connect", () => {
			socket.destroy();
			resolve(true);
		});
		socket.once("error", () => resolve(false));
	});
}

export async function holdDataDir(dataDir: string): Promise<DataDirLock> {
	const address = lockAddress(dataDir);
	const server = createServer((socket) => socket.destroy());
	try {
		await listen(server, address);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
		if (await someoneAnswers(address)) {
			throw new Error(`Another app server is running on the data folder ${dataDir}: stop it first (one server per DATA_DIR).`);
		}
		// Left by a server that died: nobody holds it any more.
		rmSync(address, { force: true });
		await listen(server, address);
	}
	server.unref();
	return {
		release: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
