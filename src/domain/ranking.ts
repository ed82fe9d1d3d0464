/**
 * Ranking of the problématiques by valid dots. Ties are reported as groups: the software
 * never breaks a tie by itself, the facilitator decides.
 */
export interface RankGroup {
	readonly votes: number;
	/** Problématiques with this number of votes, in the table's order. */
	readonly ids: readonly string[];
}

/** Groups by votes, most voted first; `order` is the table's order (stable within a group). */
export function rank(tally: ReadonlyMap<string, number>, order: readonly string[]): RankGroup[] {
	const byVotes = new Map<number, string[]>();
	for (const id of order) {
		if (!tally.has(id)) continue;
		const votes = tally.get(id) ?? 0;
		const group = byVotes.get(votes) ?? [];
		group.push(id);
		byVotes.set(votes, group);
	}
	return [...byVotes.entries()].sort((a, b) => b[0] - a[0]).map(([votes, ids]) => ({ votes, ids }));
}

export function isTie(group: RankGroup): boolean {
	return group.ids.length > 1;
}
