/**
 * Protocol reactions a session runs in the background, whatever screen shows it (side
 * panel, stage, browser), like the handoff in `handoff.ts`:
 *
 * - **consent recorder** (acts on the facilitator's client only: `recordConsent` is a
 *   facilitation command): when the asked author answers, record it once in the process.
 *   The answer counts only as the author's own presence carries it (its sender is
 *   authenticated by the service); the board's copy is a claim anyone's client could write.
 *   Who was asked is read from the sealed vote (a board edit after its close cannot change it).
 * - **consent announcer** (the asked author's client): my answer, written on the board,
 *   is carried by my presence, again after a reload, until recorded.
 *
 * `startSessionServices(session, presence)` starts them once per session (later calls
 * share the running services) and returns a stop function.
 */
import { Tree } from "fluid-framework";
import { canRun } from "./commands/command";
import { recordConsent } from "./commands/process";
import type { PresenceChannel } from "./presence";
import { problematiqueOf } from "./sealed";
import type { WorkshopSession } from "./session";

export interface ConsentAnswerSignal {
	readonly problematiqueId: string;
	readonly answer: "yes" | "no";
}

/** The asked author's answer, as their own (authenticated) presence carries it, if any. */
export function pendingConsentAnswer(session: WorkshopSession, presence: PresenceChannel): ConsentAnswerSignal | undefined {
	const process = session.processView.root;
	const board = session.boardView.root;
	const askedId = process.consent.askedId;
	if (askedId === undefined) return undefined;
	const authorId = problematiqueOf(process, board, askedId)?.authorId;
	if (authorId === undefined) return undefined;
	for (const remote of presence.others()) {
		const signal = remote.state.consent;
		if (remote.userId !== authorId || !signal || signal.problematiqueId !== askedId) continue;
		if (signal.answer === "yes" || signal.answer === "no") return { problematiqueId: askedId, answer: signal.answer };
	}
	return undefined;
}

/** My own answer to the question asked to me now, as I wrote it on the board, if any. */
export function myConsentAnswer(session: WorkshopSession): ConsentAnswerSignal | undefined {
	const process = session.processView.root;
	const board = session.boardView.root;
	const askedId = process.consent.askedId;
	if (askedId === undefined) return undefined;
	const author = problematiqueOf(process, board, askedId)?.authorId;
	if (author !== session.me.userId) return undefined;
	const mine = board.consentAnswers.find((a) => a.problematiqueId === askedId && a.userId === session.me.userId);
	return mine && (mine.answer === "yes" || mine.answer === "no") ? { problematiqueId: askedId, answer: mine.answer } : undefined;
}

function startConsentServices(session: WorkshopSession, presence: PresenceChannel): () => void {
	const process = session.processView.root;
	const board = session.boardView.root;
	// A problématique is asked at most once (a "no" is never asked again), so its id marks the answer as handled.
	const recorded = new Set<string>();
	let scheduled = false;
	let stopped = false;
	const check = () => {
		scheduled = false;
		if (stopped) return;
		const mine = myConsentAnswer(session);
		const said = presence.mine.consent;
		if (mine && (said?.problematiqueId !== mine.problematiqueId || said.answer !== mine.answer)) presence.set({ consent: mine });
		const pending = pendingConsentAnswer(session, presence);
		if (!pending || recorded.has(pending.problematiqueId)) return;
		if (!canRun(recordConsent, session.context(), pending).ok) return;
		recorded.add(pending.problematiqueId);
		session.run(recordConsent, pending);
	};
	// Not inside another tree's change event: react right after it.
	const schedule = () => {
		if (scheduled) return;
		scheduled = true;
		queueMicrotask(check);
	};
	const offs = [
		presence.onRemote(schedule),
		Tree.on(board.consentAnswers, "treeChanged", schedule),
		Tree.on(board.problematiques, "treeChanged", schedule),
		Tree.on(process, "treeChanged", schedule),
	];
	schedule();
	return () => {
		stopped = true;
		for (const off of offs) off();
	};
}

const running = new WeakMap<WorkshopSession, { users: number; stop: () => void }>();

/** Starts the session's protocol reactions (once per session); the returned function stops this use of them. */
export function startSessionServices(session: WorkshopSession, presence: PresenceChannel): () => void {
	const current = running.get(session) ?? { users: 0, stop: startConsentServices(session, presence) };
	current.users++;
	running.set(session, current);
	let stopped = false;
	return () => {
		if (stopped) return;
		stopped = true;
		current.users--;
		if (current.users === 0) {
			current.stop();
			running.delete(session);
		}
	};
}
