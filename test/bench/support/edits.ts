/**
 * The edits the bench times, and how a page is told to watch for one: `arm` before the
 * edit, then `drawnAt` gives the epoch time of the first frame each page drew once the
 * edit was in its tree (the app's fabric frame, the bare page's DOM frame).
 */
import type { FrameTimes } from "../../../src/board/stats";
import type { StepId } from "../../../src/domain/steps";
import type { BenchPage } from "./pages";

export type Edit =
	| { readonly kind: "note"; readonly id: string; readonly x: number; readonly y: number }
	| { readonly kind: "dot"; readonly id: string; readonly to: string }
	| { readonly kind: "newDot"; readonly id: string }
	| { readonly kind: "step"; readonly to: StepId };

export const DRAW_TIMEOUT_MS = 20_000;

export async function arm(pages: readonly BenchPage[], edit: Edit): Promise<void> {
	await Promise.all(
		pages.map((p) =>
			p.page.evaluate((e: Edit) => {
				const hook = window.__bench;
				if (!hook) throw new Error("no bench hook");
				hook.probe.arm(() => {
					const { process, board } = hook.roots();
					if (e.kind === "step") return process.step === e.to;
					if (e.kind === "note") {
						const note = board.problematiques.find((n) => n.id === e.id);
						return note !== undefined && note.x === e.x && note.y === e.y;
					}
					if (e.kind === "newDot") return board.dots[board.dots.length - 1]?.id === e.id;
					return board.dots.find((d) => d.id === e.id)?.problematiqueId === e.to;
				});
			}, edit),
		),
	);
}

/** Each page's first frame with the armed edit (epoch ms; NaN if none within the timeout), and when the change arrived. */
export function drawnAt(pages: readonly BenchPage[]): Promise<FrameTimes[]> {
	return Promise.all(
		pages.map((p) =>
			p.page.evaluate(
				(timeout) => window.__bench?.probe.drawnAt(timeout) ?? { arrived: Number.NaN, started: Number.NaN, drawn: Number.NaN },
				DRAW_TIMEOUT_MS,
			),
		),
	);
}

/** The sender's page runs the edit's command, as its interface would; the epoch times just before and after. */
export async function send(sender: BenchPage, edit: Edit): Promise<{ readonly at: number; readonly end: number }> {
	const sent = await sender.page.evaluate((e: Edit) => {
		const hook = window.__bench;
		if (!hook) throw new Error("no bench hook");
		if (e.kind === "note") return hook.run("moveProblematique", { problematiqueId: e.id, x: e.x, y: e.y });
		if (e.kind === "dot") return hook.run("moveDot", { dotId: e.id, problematiqueId: e.to });
		if (e.kind === "step") return hook.run("moveStep", { to: e.to });
		return { ok: false, at: Number.NaN, end: Number.NaN };
	}, edit);
	if (!sent.ok) throw new Error(`the ${sender.kind} page refused the edit ${edit.kind}`);
	return sent;
}
