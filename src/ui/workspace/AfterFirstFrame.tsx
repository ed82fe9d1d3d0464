/** A part of the workspace rendered once the board beside it has drawn its first frame. */
import { type CSSProperties, type ReactNode, useEffect, useReducer } from "react";
import { afterNextFrame, cancelAfterFrame } from "../hooks";
import { Loading } from "../Lazy";

/**
 * `children` once the page has drawn its next frame, "Chargement…" in their place until
 * then (`place`): a workshop's board draws its first frame before the action dock beside
 * it is rendered (the dock's render and commit held the board's first frame back by about
 * a tenth of a second on a cold join). `now` renders them at once (no board beside them).
 */
export function AfterFirstFrame({
	now,
	place,
	children,
}: {
	readonly now: boolean;
	readonly place: CSSProperties;
	readonly children: ReactNode;
}) {
	const [shown, show] = useReducer(() => true, now);
	useEffect(() => {
		if (shown) return;
		const owner = {};
		afterNextFrame(owner, show);
		return () => cancelAfterFrame(owner);
	}, [shown]);
	return shown ? children : <Loading style={place} />;
}
