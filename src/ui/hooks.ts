/** React bindings: re-read a small part of the tree when that part changes, audience, clock. */
import type { IAzureAudience } from "@fluidframework/azure-client";
import { ConnectionState as FluidConnection, Tree, type TreeNode } from "fluid-framework";
import { useEffect, useRef, useState } from "react";
import type { WorkshopContainer } from "../fluid/containers";
import type { WorkshopSession } from "../fluid/session";

/** Re-reads `read()` whenever `node` or anything under it changes. Keep `read` small. */
export function useTree<T>(node: TreeNode, read: () => T, equal: (a: T, b: T) => boolean = Object.is): T {
	return useTrees([node], read, equal);
}

/** The same array as last render while its items are the same (a stable effect dependency). */
function useSameItems<T>(items: readonly T[]): readonly T[] {
	const ref = useRef(items);
	if (ref.current.length !== items.length || ref.current.some((x, i) => x !== items[i])) ref.current = items;
	return ref.current;
}

/** Like `useTree`, for a read that spans several nodes (e.g. the process and the board). */
export function useTrees<T>(nodes: readonly TreeNode[], read: () => T, equal: (a: T, b: T) => boolean = Object.is): T {
	const [value, setValue] = useState<T>(read);
	const readRef = useRef(read);
	readRef.current = read;
	const equalRef = useRef(equal);
	equalRef.current = equal;
	const watched = useSameItems(nodes);
	useEffect(() => {
		const update = () =>
			setValue((prev) => {
				const next = readRef.current();
				return equalRef.current(prev, next) ? prev : next;
			});
		update();
		const offs = watched.map((node) => Tree.on(node, "treeChanged", update));
		return () => {
			for (const off of offs) off();
		};
	}, [watched]);
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

/** The clock, ticking every `everyMs`. */
export function useNow(now: () => number, everyMs = 1000): number {
	const [value, setValue] = useState(now);
	useEffect(() => {
		const id = setInterval(() => setValue(now()), everyMs);
		return () => clearInterval(id);
	}, [now, everyMs]);
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
