/**
 * What shows while a part of the app loads on demand (a page, the board's canvas), and what
 * shows if it cannot load (the server was updated under an open page, the connection dropped).
 */
import { Button, Text } from "@fluentui/react-components";
import {
	Component,
	useEffect,
	useReducer,
	type ComponentType,
	type CSSProperties,
	type FunctionComponent,
	type ReactNode,
} from "react";
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

/** A part whose code is its own chunk: a component, and the fetch of its code (to call early). */
export type LazyPart<P extends object> = FunctionComponent<P> & { readonly preload: () => Promise<void> };

/**
 * A part of a page whose code is its own chunk: `preload` fetches it (call it early, to have
 * it before it mounts); until it has come, "Chargement…" holds its place (`place`), or
 * nothing shows (`null`: a dialog, which shows nothing until it opens).
 *
 * Not React's `lazy` and `Suspense`: React holds back the reveal of a suspended part until
 * 300 ms after the last loading state it showed (its fallback throttle), and `lazy` suspends
 * on its first render even when the code has already come. A workshop's cold join waited for
 * that twice (the page, then the board). Here a part whose code has come renders at once,
 * and one still coming renders when it arrives.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>, place?: CSSProperties | null): LazyPart<P> {
	let loaded: ComponentType<P> | undefined;
	let failed = false;
	let pending: Promise<void> | undefined;
	const preload = (): Promise<void> => {
		pending ??= load().then(
			(component) => {
				loaded = component;
			},
			() => {
				failed = true;
			},
		);
		return pending;
	};
	// biome-ignore lint/correctness/noComponentHookFactories: called once per part at module level, never while rendering
	function LazyPart(props: P) {
		const [, arrived] = useReducer((n: number) => n + 1, 0);
		const Loaded = loaded;
		// What this render showed: a part shown as loading renders again once its code has come
		// (also when it came between this render and this effect).
		const settled = Loaded !== undefined || failed;
		useEffect(() => {
			if (settled) return;
			let live = true;
			void preload().then(() => {
				if (live) arrived();
			});
			return () => {
				live = false;
			};
		}, [settled]);
		if (failed) return <ChunkFailed />;
		if (!Loaded) return place === null ? null : <Loading style={place} />;
		return (
			<LoadBoundary>
				<Loaded {...props} />
			</LoadBoundary>
		);
	}
	return Object.assign(LazyPart, { preload });
}
