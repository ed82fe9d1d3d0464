/** This browser's choice of view (the canvas or the list view), kept across reloads. */
import { useCallback, useState } from "react";

const KEY = "atelier-entraide:view";

/** Whether this browser last chose the list view (read once, e.g. to fetch only that view's code). */
export function listViewChosen(): boolean {
	try {
		return window.localStorage.getItem(KEY) === "list";
	} catch {
		return false;
	}
}

export function useListView(): { readonly on: boolean; readonly set: (on: boolean) => void } {
	const [on, setOn] = useState(listViewChosen);
	const set = useCallback((next: boolean) => {
		setOn(next);
		try {
			window.localStorage.setItem(KEY, next ? "list" : "board");
		} catch {
			// Storage refused: the choice lasts for this page only.
		}
	}, []);
	return { on, set };
}
