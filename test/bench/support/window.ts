/** What the bench reads in its pages: the app's hook (with `?bench=1`) and the bare page's, the same shape. */
import type { BenchHook } from "../../../src/board/stats";

declare global {
	interface Window {
		__bench?: BenchHook;
		/** The bare page's start failed (its message). */
		__benchError?: string;
	}
}
