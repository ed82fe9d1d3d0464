/**
 * Waiting for what arrives asynchronously (edits from other clients, the archiver's
 * saves, the server's answers): poll often, fail with what was awaited. One home for the
 * integration, e2e and bench tests; a browser page's own checks use `expect.poll`.
 */

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` holds (it is read every 25 ms). */
export async function eventually(check: () => boolean, timeoutMs = 15_000, what = "condition"): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!check()) {
		if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
		await pause(25);
	}
}

/**
 * Reads until the value satisfies `ok`, and returns it; after `timeoutMs` returns the last
 * value read, so that the test's own assertion says what was wrong with it.
 */
export async function until<T>(
	read: () => Promise<T>,
	ok: (value: T) => boolean,
	{ timeoutMs = 20_000, intervalMs = 50 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await read();
		if (ok(value) || Date.now() > deadline) return value;
		await pause(intervalMs);
	}
}
