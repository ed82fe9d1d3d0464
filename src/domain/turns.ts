/**
 * Speaking turns, in rounds. In clarification each contributor asks one question per
 * round; in échanges whoever has spoken waits until every contributor has had the chance
 * (spoken or passed) before speaking again. The offreur never takes the floor in échanges.
 */
import { OK, refuse, type Verdict } from "./actions";

export interface TurnRecord {
	readonly userId: string;
	/** "spoke" (or asked a question), or "passed" (had the chance, declined). */
	readonly kind: "spoke" | "passed";
}

/** How many chances (spoke or passed) each contributor has had, 0 included for everyone. */
export function chancesPerContributor(contributors: readonly string[], records: readonly TurnRecord[]): Map<string, number> {
	const counts = new Map<string, number>(contributors.map((id) => [id, 0]));
	for (const r of records) {
		if (counts.has(r.userId)) counts.set(r.userId, (counts.get(r.userId) ?? 0) + 1);
	}
	return counts;
}

/** The current round: the smallest number of chances any contributor has had. */
export function currentRound(contributors: readonly string[], records: readonly TurnRecord[]): number {
	const counts = chancesPerContributor(contributors, records);
	return counts.size === 0 ? 0 : Math.min(...counts.values());
}

/** Contributors who have not yet had their chance in the current round, in the given order. */
export function waitingThisRound(contributors: readonly string[], records: readonly TurnRecord[]): string[] {
	const counts = chancesPerContributor(contributors, records);
	const round = counts.size === 0 ? 0 : Math.min(...counts.values());
	return contributors.filter((id) => counts.get(id) === round);
}

/** May this person take (or be given) a turn now? */
export function mayTakeTurn(
	userId: string,
	contributors: readonly string[],
	records: readonly TurnRecord[],
	offreurId?: string,
): Verdict {
	if (userId === offreurId) return refuse("offreurDoesNotSpeak");
	if (!contributors.includes(userId)) return refuse("notForYourRole");
	return waitingThisRound(contributors, records).includes(userId) ? OK : refuse("notEligibleYet");
}

export interface RaisedHand {
	readonly userId: string;
	/**
	 * How many chances (spoke or passed) the person had had when raising it: the next one
	 * lowers it. Absent on hands from older documents (they stay up until lowered).
	 */
	readonly chancesAtRaise?: number | undefined;
}

/** How many chances this one person has had (spoke or passed). */
export function chancesOf(userId: string, records: readonly TurnRecord[]): number {
	return records.filter((r) => r.userId === userId).length;
}

/** The hands up now: a turn given (or passed) lowers the hand raised before it. */
export function handsUpNow<H extends RaisedHand>(hands: readonly H[], records: readonly TurnRecord[]): H[] {
	return hands.filter((h) => h.chancesAtRaise === undefined || h.chancesAtRaise === chancesOf(h.userId, records));
}

/**
 * The échanges queue as everyone sees it: the hands up now, those still waiting for their
 * chance this round first (in the order hands were raised), then those who must wait.
 */
export function speakingOrder(
	hands: readonly RaisedHand[],
	contributors: readonly string[],
	records: readonly TurnRecord[],
): { readonly eligible: string[]; readonly waiting: string[] } {
	const open = new Set(waitingThisRound(contributors, records));
	const seen = new Set<string>();
	const eligible: string[] = [];
	const waiting: string[] = [];
	for (const { userId } of handsUpNow(hands, records)) {
		if (seen.has(userId) || !contributors.includes(userId)) continue;
		seen.add(userId);
		(open.has(userId) ? eligible : waiting).push(userId);
	}
	return { eligible, waiting };
}

/** Who speaks next: the first eligible raised hand, if any. */
export function nextSpeaker(
	hands: readonly RaisedHand[],
	contributors: readonly string[],
	records: readonly TurnRecord[],
): string | undefined {
	return speakingOrder(hands, contributors, records).eligible[0];
}
