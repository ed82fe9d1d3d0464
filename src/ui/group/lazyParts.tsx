/**
 * A codev group's parts of the workshop (the return on the last plan, who never offered,
 * the next facilitator) load as their own chunk, and only in a group's workshop: a
 * workshop outside any group never fetches them, and none is in a workshop's first paint.
 */
import { lazy, Suspense, type ComponentProps } from "react";
import { LoadBoundary } from "../Lazy";
import { useContinuity } from "./continuity";

const DockParts = lazy(() => import("./GroupDockParts").then((m) => ({ default: m.GroupDockParts })));
const Return = lazy(() => import("./PlanReturn").then((m) => ({ default: m.PlanReturn })));

export function GroupDockParts(props: ComponentProps<typeof DockParts>) {
	const { data } = useContinuity();
	if (!data) return null;
	return (
		<LoadBoundary>
			<Suspense fallback={null}>
				<DockParts {...props} />
			</Suspense>
		</LoadBoundary>
	);
}

export function PlanReturn(props: ComponentProps<typeof Return>) {
	const { data } = useContinuity();
	if (!data?.previous) return null;
	return (
		<LoadBoundary>
			<Suspense fallback={null}>
				<Return {...props} />
			</Suspense>
		</LoadBoundary>
	);
}
