/**
 * A codev group's parts of the workshop (the return on the last plan, who never offered,
 * the next facilitator) load as their own chunk, and only in a group's workshop: a
 * workshop outside any group never fetches them, and none is in a workshop's first paint.
 */
import type { ComponentProps } from "react";
import { lazyPart } from "../Lazy";
import { useContinuity } from "./continuity";

const DockParts = lazyPart(() => import("./GroupDockParts").then((m) => m.GroupDockParts), null);
const Return = lazyPart(() => import("./PlanReturn").then((m) => m.PlanReturn), null);

export function GroupDockParts(props: ComponentProps<typeof DockParts>) {
	const { data } = useContinuity();
	if (!data) return null;
	return <DockParts {...props} />;
}

export function PlanReturn(props: ComponentProps<typeof Return>) {
	const { data } = useContinuity();
	if (!data?.previous) return null;
	return <Return {...props} />;
}
