/**
 * SQLite for the embedded store, through `node-sqlite3-wasm`: SQLite compiled to
 * WebAssembly with direct file access (a VFS over `node:fs`), so that installing the app
 * compiles nothing. The few calls the store makes, synchronous, with typed statements
 * (finalized when the database closes) and transactions that nest (as savepoints).
 *
 * The file is opened in exclusive locking mode: the server is the only process that opens
 * it (`dataDirLock.ts`), its lock is taken once, and WAL needs no shared memory then.
 */
import { createRequire } from "node:module";

// A CommonJS module whose names Node's ESM loader cannot see: required, typed from its declarations.
const { Database } = createRequire(import.meta.url)("node-sqlite3-wasm") as typeof import("node-sqlite3-wasm");

export type SqlParam = string | number | null;

export interface Statement<P extends readonly SqlParam[], R> {
	run(...params: P): void;
	get(...params: P): R | undefined;
	all(...params: P): R[];
}

type WasmDatabase = InstanceType<typeof Database>;
type WasmStatement = ReturnType<WasmDatabase["prepare"]>;

export class SqliteDb {
	private readonly db: WasmDatabase;
	private readonly statements: WasmStatement[] = [];
	private depth = 0;

	/** `file` is a path, or ":memory:" for a private database that lives as long as this object. */
	constructor(file: string) {
		this.db = new Database(file);
	}

	get open(): boolean {
		return this.db.isOpen;
	}

	exec(sql: string): void {
		this.db.exec(sql);
	}

	/** The first column of the pragma's first row (e.g. `pragma("user_version")`). */
	pragma(text: string): unknown {
		const row = this.db.get(`PRAGMA ${text}`);
		return row ? Object.values(row)[0] : undefined;
	}

	prepare<P extends readonly SqlParam[] = [], R = unknown>(sql: string): Statement<P, R> {
		const statement = this.db.prepare(sql);
		this.statements.push(statement);
		return {
			run: (...params) => {
				statement.run([...params]);
			},
			get: (...params) => (statement.get([...params]) ?? undefined) as R | undefined,
			all: (...params) => statement.all([...params]) as R[],
		};
	}

	/** `fn` wrapped in a transaction: all of it or nothing (a nested call is a savepoint). */
	transaction<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
		return (...args: A) => {
			const name = `s${this.depth}`;
			this.db.exec(this.depth === 0 ? "BEGIN IMMEDIATE" : `SAVEPOINT ${name}`);
			this.depth++;
			try {
				fn(...args);
				this.depth--;
				this.db.exec(this.depth === 0 ? "COMMIT" : `RELEASE ${name}`);
			} catch (error) {
				this.depth--;
				this.db.exec(this.depth === 0 ? "ROLLBACK" : `ROLLBACK TO ${name}; RELEASE ${name}`);
				throw error;
			}
		};
	}

	close(): void {
		if (!this.db.isOpen) return;
		for (const statement of this.statements) {
			if (statement.isFinalized) continue;
			// Finalizing reports the statement's last failure again (a constraint a write broke,
			// already thrown to its caller then): the statement is freed all the same.
			try {
				statement.finalize();
			} catch {}
		}
		this.statements.length = 0;
		this.db.close();
	}
}
