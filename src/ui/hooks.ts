/**
 * React bindings: re-read a small part of the tree when that part changes, audience, clock.
 * The panels' re-reads of a remote change wait for the next frame (the canvas draws it
 * first) and render as a transition: one read per component and frame, however many changes
 * came. My own commands' changes are read at once, once per command (a switch I flip shows flipped).
 */
import type { IAzureAudience } from "@fluidframework/azure-client";
import { ConnectionState as FluidConnection, Tree, type TreeNode } from "fluid-framework";
import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import { oncePerCommand, runningCommand } from "../fluid/commands/command";
import type { WorkshopContainer } from "../fluid/containers";
import type { WorkshopSession } from "../fluid/session";

/** The panels' updates waiting for the next frame, by owner (a later ask replaces an earlier one). */
const waiting = new Map<object, () => void>();
let scheduled = false;

function flushWaiting(): void {
	scheduled = false;
	const runs = [...waiting.values()];
	waiting.clear();
	// One transition for all of them: one React render, which yields to the next frames.
	startTransition(() => {
		for (const run of runs) run();
	});
}

/**
 * Runs `run` after the next frame is drawn (at once in a hidden page, which draws no
 * frames), once however many times `owner` asks before then; every owner's together.
 */
export function afterNextFrame(owner: object, run: () => void): void {
	waiting.set(owner, run);
	if (scheduled) return;
	scheduled = true;
	const visible = typeof document !== "undefined" && document.visibilityState === "visible";
	if (visible && typeof requestAnimationFrame === "function") {
		// After the frame's callbacks (the canvas's draw): a task of its own, once the frame is painted.
		requestAnimationFrame(() => setTimeout(flushWaiting, 0));
	} else setTimeout(flushWaiting, 0);
}

/** Forgets what `owner` asked to run after the next frame (it is going away). */
export function cancelAfterFrame(owner: object): void {
	waiting.delete(owner);
}

/** Re-reads `read()` whenever `node` or anything under it changes (a remote change after the next frame). Keep `read` small. */
export function useTree<T>(node: TreeNode, read: () => T, equal: (a: T, b: T) => boolean = Object.is): T {
	return useTrees([node], read, equal);
}

/** The same array as last render while its items are the same (a stable effect dependency). */
function useSameItems<T>(items: readonly T[]): readonly T[] {
	const ref = useRef(items);
	if (ref.current.length !== items.length || ref.current.some((x, i) => x !== items[i])) ref.current = items;
	return ref.current;
}

/**
 * A state that `offer` sets only when the value differs from the last one offered: an equal
 * read asks React for nothing (a state updater would render the component to compare).
 */
export function useOfferedState<T>(initial: () => T, equal: (a: T, b: T) => boolean): readonly [T, (next: T) => void] {
	const [value, setValue] = useState<T>(initial);
	const latest = useRef(value);
	const equalRef = useRef(equal);
	equalRef.current = equal;
	const offer = useCallback((next: T) => {
		if (equalRef.current(latest.current, next)) return;
		latest.current = next;
		setValue(() => next);
	}, []);
	return [value, offer];
}

/** Like `useTree`, for a read that spans several nodes (e.g. the process and the board). */
export function useTrees<T>(nodes: readonly TreeNode[], read: () => T, equal: (a: T, b: T) => boolean = Object.is): T {
	const [value, offer] = useOfferedState(read, equal);
	const readRef = useRef(read);
	readRef.current = read;
	const watched = useSameItems(nodes);
	useEffect(() => {
		const update = () => offer(readRef.current());
		update();
		// My own command's change: once its transaction has ended (it reaches listeners edit by edit).
		const mine = oncePerCommand(update);
		const changed = () => (runningCommand() ? mine() : afterNextFrame(update, update));
		const offs = watched.map((node) => Tree.on(node, "treeChanged", changed));
		return () => {
			cancelAfterFrame(update);
			for (const off of offs) off();
		};
	}, [watched, offer]);
	return value;
}

export function shallowEqual<T extends object>(a: T, b: T): boolean {
	const ka = Object.keys(a) as (keyof T)[];
	if (ka.length !== Object.keys(b).length) return false;
	return ka.every((k) => Object.is(a[k], b[k]));
}

/** Ids of the users connected right now. */
export function useOnline(audience: IAzureAudience): ReadonlySet<string> {
	const [online, setOnline] = useState<ReadonlySet<string>>(() => new Set(audience.getMembers().keys()));
	useEffect(() => {
		const update = () => setOnline(new Set(audience.getMembers().keys()));
		update();
		audience.on("membersChanged", update);
		return () => {
			audience.off("membersChanged", update);
		};
	}, [audience]);
	return online;
}

interface Ticker {
	readonly listeners: Set<() => void>;
	id: ReturnType<typeof setInterval> | undefined;
}
/** One interval per period for all the clocks shown: one task and one React render per tick, however many clocks. */
const tickers = new Map<number, Ticker>();

function onTick(everyMs: number, listener: () => void): () => void {
	let ticker = tickers.get(everyMs);
	if (!ticker) {
		ticker = { listeners: new Set(), id: undefined };
		tickers.set(everyMs, ticker);
	}
	const t = ticker;
	t.listeners.add(listener);
	t.id ??= setInterval(() => {
		for (const tick of [...t.listeners]) tick();
	}, everyMs);
	return () => {
		t.listeners.delete(listener);
		if (t.listeners.size > 0 || t.id === undefined) return;
		clearInterval(t.id);
		t.id = undefined;
	};
}

/** The clock, ticking every `everyMs` (every clock of a period on one shared interval; `now` may be a new function each render). */
export function useNow(now: () => number, everyMs = 1000): number {
	const [value, setValue] = useState(now);
	const nowRef = useRef(now);
	nowRef.current = now;
	useEffect(() => onTick(everyMs, () => setValue(nowRef.current())), [everyMs]);
	return value;
}

export type LinkState = "connected" | "disconnected" | "dirty";

/** Connected, disconnected (edits kept and resent), or connected with edits still being sent. */
export function useConnection(containers: readonly WorkshopContainer[]): LinkState {
	const read = (): LinkState => {
		if (containers.some((c) => c.connectionState !== FluidConnection.Connected)) return "disconnected";
		return containers.some((c) => c.isDirty) ? "dirty" : "connected";
	};
	const [state, setState] = useState<LinkState>(read);
	const watched = useSameItems(containers);
	useEffect(() => {
		const update = () =>
			setState(
				watched.some((c) => c.connectionState !== FluidConnection.Connected)
					? "disconnected"
					: watched.some((c) => c.isDirty)
						? "dirty"
						: "connected",
			);
		for (const c of watched) {
			c.on("connected", update);
			c.on("disconnected", update);
			c.on("dirty", update);
			c.on("saved", update);
		}
		update();
		return () => {
			for (const c of watched) {
				c.off("connected", update);
				c.off("disconnected", update);
				c.off("dirty", update);
				c.off("saved", update);
			}
		};
	}, [watched]);
	return state;
}

/** Am I the facilitator now? (from the process: the role can be handed over). */
export function useIsFacilitator(session: WorkshopSession): boolean {
	const process = session.processView.root;
	return useTree(process, () => process.facilitatorId === session.me.userId);
}
