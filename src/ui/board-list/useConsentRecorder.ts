/**
 * On the facilitator's client only: when the asked author's answer appears on the board
 * (board.consentAnswers), record it once in the process (recordConsent): yes makes them
 * the offreur, no lets the facilitator ask the next-ranked problématique.
 * Only the process's writer (the facilitator) can record; the answer itself is the author's.
 */
import { Tree } from "fluid-framework";
import { useEffect } from "react";
import { canRun } from "../../fluid/commands/command";
import { recordConsent } from "../../fluid/commands/process";
import type { WorkshopSession } from "../../fluid/session";

/** The asked author's answer found on the board, if any (the first one they gave). */
export function pendingConsentAnswer(
	session: WorkshopSession,
): { readonly problematiqueId: string; readonly answer: "yes" | "no" } | undefined {
	const process = session.processView.root;
	const board = session.boardView.root;
	const askedId = process.consent.askedId;
	if (askedId === undefined) return undefined;
	const authorId = board.problematiques.find((p) => p.id === askedId)?.authorId;
	if (authorId === undefined) return undefined;
	for (const a of board.consentAnswers) {
		if (a.problematiqueId !== askedId || a.userId !== authorId) continue;
		if (a.answer === "yes" || a.answer === "no") return { problematiqueId: askedId, answer: a.answer };
	}
	return undefined;
}

export function useConsentRecorder(session: WorkshopSession, active: boolean): void {
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
			const pending = pendingConsentAnswer(session);
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
			Tree.on(board.consentAnswers, "treeChanged", schedule),
			Tree.on(board.problematiques, "treeChanged", schedule),
			Tree.on(process.consent, "treeChanged", schedule),
		];
		schedule();
		return () => {
			disposed = true;
			for (const off of offs) off();
		};
	}, [session, active]);
}
