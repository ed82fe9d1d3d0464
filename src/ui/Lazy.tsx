/**
 * What shows while a part of the app loads on demand (a page, the board's canvas), and what
 * shows if it cannot load (the server was updated under an open page, the connection dropped).
 */
import { Button, Text } from "@fluentui/react-components";
import { Component, lazy, Suspense, type ComponentType, type CSSProperties, type ReactNode } from "react";
import { useLocale } from "./i18n";

/** A short "Chargement…" in the place the part will take, announced politely. */
export function Loading({ style }: { readonly style?: CSSProperties }) {
	const { t } = useLocale();
	return (
		<div role="status" aria-live="polite" data-testid="lazy-loading" style={style}>
			{t("pageLoading")}
		</div>
	);
}

function ChunkFailed() {
	const { t } = useLocale();
	return (
		<div style={{ padding: 24, display: "grid", gap: 12, justifyItems: "start" }}>
			<Text role="alert" as="p" block>
				{t("chunkFailed")}
			</Text>
			<Button appearance="primary" onClick={() => window.location.reload()}>
				{t("reloadPage")}
			</Button>
		</div>
	);
}

/** Catches a part that failed to load (or to render) and says so in its place, the rest of the page staying up. */
export class LoadBoundary extends Component<{ readonly children: ReactNode }, { readonly failed: boolean }> {
	override state = { failed: false };

	static getDerivedStateFromError(): { failed: boolean } {
		return { failed: true };
	}

	override render(): ReactNode {
		return this.state.failed ? <ChunkFailed /> : this.props.children;
	}
}

/**
 * A part of a page whose code is its own chunk: `load` fetches it (and may be called early,
 * to fetch it before it mounts); until it has come, "Chargement…" holds its place (`place`),
 * or nothing shows (`null`: a dialog, which shows nothing until it opens).
 */
export function lazyPart<P extends object>(
	load: () => Promise<ComponentType<P>>,
	place?: CSSProperties | null,
): ComponentType<P> {
	const Part = lazy(() => load().then((component) => ({ default: component })));
	// biome-ignore lint/correctness/noComponentHookFactories: called once per part at module level, never while rendering
	function LazyPart(props: P) {
		return (
			<LoadBoundary>
				<Suspense fallback={place === null ? null : <Loading style={place} />}>
					<Part {...props} />
				</Suspense>
			</LoadBoundary>
		);
	}
	return LazyPart;
}
