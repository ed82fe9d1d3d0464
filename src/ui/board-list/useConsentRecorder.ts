/**
 * On the facilitator's client only: when the asked author answers, record it once in the
 * process (recordConsent): yes makes them the offreur, no lets the facilitator ask the
 * next-ranked problématique. The answer counts only as the author's own presence carries
 * it (its sender is authenticated by the service); the board's copy is a claim anyone's
 * client could write, so it is never trusted alone.
 */
import { Tree } from "fluid-framework";
import { useEffect } from "react";
import { canRun } from "../../fluid/commands/command";
import { recordConsent } from "../../fluid/commands/process";
import type { PresenceChannel } from "../../fluid/presence";
import type { WorkshopSession } from "../../fluid/session";

/** The asked author's answer, as their own (authenticated) presence carries it, if any. */
export function pendingConsentAnswer(
	session: WorkshopSession,
	presence: PresenceChannel,
): { readonly problematiqueId: string; readonly answer: "yes" | "no" } | undefined {
	const process = session.processView.root;
	const board = session.boardView.root;
	const askedId = process.consent.askedId;
	if (askedId === undefined) return undefined;
	const authorId = board.problematiques.find((p) => p.id === askedId)?.authorId;
	if (authorId === undefined) return undefined;
	for (const remote of presence.others()) {
		const signal = remote.state.consent;
		if (remote.userId !== authorId || !signal || signal.problematiqueId !== askedId) continue;
		if (signal.answer === "yes" || signal.answer === "no") return { problematiqueId: askedId, answer: signal.answer };
	}
	return undefined;
}

export function useConsentRecorder(session: WorkshopSession, presence: PresenceChannel, active: boolean): void {
	useEffect(() => {
		if (!active) return;
		const process = session.processView.root;
		const board = session.boardView.root;
		// A problématique is asked at most once (a "no" is never asked again), so its id marks the answer as handled.
		const recorded = new Set<string>();
		let scheduled = false;
		let disposed = false;
		const check = () => {
			scheduled = false;
			if (disposed) return;
			const pending = pendingConsentAnswer(session, presence);
			if (!pending || recorded.has(pending.problematiqueId)) return;
			if (!canRun(recordConsent, session.context(), pending).ok) return;
			recorded.add(pending.problematiqueId);
			session.run(recordConsent, pending);
		};
		// Not inside another tree's change event: record right after it.
		const schedule = () => {
			if (scheduled) return;
			scheduled = true;
			queueMicrotask(check);
		};
		const offs = [
			presence.onRemote(schedule),
			Tree.on(board.consentAnswers, "treeChanged", schedule),
			Tree.on(board.problematiques, "treeChanged", schedule),
			Tree.on(process.consent, "treeChanged", schedule),
		];
		schedule();
		return () => {
			disposed = true;
			for (const off of offs) off();
		};
	}, [session, presence, active]);
}
