/**
 * Subscriptions the board list shares: the step and my role, member names, my private
 * drafts, and who else is writing (presence: never what they write).
 */
import { useCallback, useEffect, useMemo, useSyncExternalStore } from "react";
import { mayAct, mayActNow, type Action } from "../../domain/actions";
import type { Locale } from "../../domain/locale";
import { STEP_IDS, type Role } from "../../domain/steps";
import type { WritingWhat } from "../../fluid/presence";
import { membersInOrder } from "../../fluid/read";
import type { Drafts } from "../../session/drafts";
import { afterNextFrame, cancelAfterFrame, useOfferedState, useTree } from "../hooks";
import { useLocale } from "../i18n";
import { useWorkshop } from "../workshopContext";
import { boardWords, type BoardTranslate } from "./words";

export function jsonEqual<T>(a: T, b: T): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

export { type PanelView, usePanelView } from "./panelView";
import type { PanelView } from "./panelView";

/** Could someone with my current role ever take this action (at some step)? Controls show only then. */
export function mayEver(role: Role, action: Action): boolean {
	return STEP_IDS.some((step) => mayAct(step, role, action).ok);
}

/** May I take this action now (step and role only: for private drafts, which have no command)? */
export function mayNow(view: PanelView, action: Action): boolean {
	return mayActNow({ step: view.step, ended: view.ended }, view.role, action).ok;
}

export function useBoardWords(): { readonly w: BoardTranslate; readonly locale: Locale } {
	const { locale } = useLocale();
	const w = useMemo(() => boardWords(locale), [locale]);
	return { w, locale };
}

export interface MemberInfo {
	readonly id: string;
	readonly name: string;
	readonly observer: boolean;
}

/** Members in join order, and a name lookup (an unknown id reads "Quelqu'un"). */
export function useMembers(): { readonly list: readonly MemberInfo[]; readonly nameOf: (id: string | undefined) => string } {
	const { session } = useWorkshop();
	const board = session.boardView.root;
	const { w } = useBoardWords();
	const list = useTree(board.members, () => membersInOrder(board), jsonEqual);
	const nameOf = useCallback((id: string | undefined) => list.find((m) => m.id === id)?.name ?? w("someone"), [list, w]);
	return { list, nameOf };
}

/** My private drafts (this browser only), re-read on each change. */
export function useDrafts(): Drafts {
	const { drafts } = useWorkshop();
	const subscribe = useCallback(
		(listener: () => void) => {
			const off = drafts.subscribe(listener);
			return () => {
				off();
			};
		},
		[drafts],
	);
	return useSyncExternalStore(subscribe, () => drafts.get());
}

/** Ids of the other people writing `what` right now (from presence; never their text). */
export function useOthersWriting(what: Exclude<WritingWhat, null>): readonly string[] {
	const { presence, session } = useWorkshop();
	const me = session.me.userId;
	const read = useCallback(
		() =>
			[
				...new Set(
					presence
						.others()
						.filter((o) => o.userId !== me && o.state.writing === what)
						.map((o) => o.userId),
				),
			].sort(),
		[presence, me, what],
	);
	// A signal that changes nothing renders nothing.
	const [ids, offer] = useOfferedState<readonly string[]>(read, jsonEqual);
	useEffect(() => {
		const update = () => offer(read());
		update();
		// Presence comes often (a remote drag): read after the canvas's frame, once per frame.
		const changed = () => afterNextFrame(update, update);
		const off = presence.onRemote(changed);
		session.audience.on("membersChanged", changed);
		return () => {
			cancelAfterFrame(update);
			off();
			session.audience.off("membersChanged", changed);
		};
	}, [presence, session.audience, read, offer]);
	return ids;
}

/**
 * Handlers for the element wrapping a private field: tells others that I am writing
 * `what` while the field has focus or changes, and stops on blur or when it goes away.
 */
export function useWritingPresence(what: Exclude<WritingWhat, null>): {
	readonly onFocus: () => void;
	readonly onBlur: () => void;
	readonly onInput: () => void;
} {
	const { presence } = useWorkshop();
	useEffect(
		() => () => {
			if (presence.mine.writing === what) presence.set({ writing: null });
		},
		[presence, what],
	);
	return useMemo(() => {
		const start = () => {
			if (presence.mine.writing !== what) presence.set({ writing: what });
		};
		return {
			onFocus: start,
			onInput: start,
			onBlur: () => {
				if (presence.mine.writing === what) presence.set({ writing: null });
			},
		};
	}, [presence, what]);
}
