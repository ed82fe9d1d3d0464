/**
 * One thing at a time per key, in this server (one server holds a data folder: see
 * storage/dataDirLock.ts): two "next session" requests for one group at the same moment
 * cannot both pass the "no session under way" check before either has created its own.
 */
const tails = new Map<string, Promise<unknown>>();

export async function oneAtATime<T>(key: string, run: () => Promise<T>): Promise<T> {
	const before = tails.get(key) ?? Promise.resolve();
	const mine = before.then(run, run);
	const tail = mine.catch(() => undefined);
	tails.set(key, tail);
	try {
		return await mine;
	} finally {
		if (tails.get(key) === tail) tails.delete(key);
	}
}
