/**
 * A text shown on a bounded number of lines, long words broken, with "Lire tout" to open
 * it in full when it is longer. The whole text stays in the page for screen readers.
 */
import { Button } from "@fluentui/react-components";
import { memo, useEffect, useRef, useState, type CSSProperties } from "react";
import { useBoardWords } from "./useBoardState";

const OPEN: CSSProperties = { whiteSpace: "pre-wrap", overflowWrap: "anywhere" };

function closed(lines: number): CSSProperties {
	return {
		...OPEN,
		display: "-webkit-box",
		WebkitLineClamp: lines,
		WebkitBoxOrient: "vertical",
		overflow: "hidden",
	};
}

/** Drawn again only when its text or its lines change (a list's other rows changing leave it as it is). */
export const Clamped = memo(function Clamped({
	text,
	lines = 3,
	testId,
}: {
	readonly text: string;
	readonly lines?: number;
	readonly testId?: string;
}) {
	const { w } = useBoardWords();
	const ref = useRef<HTMLSpanElement>(null);
	const [open, setOpen] = useState(false);
	const [long, setLong] = useState(false);
	// Measured once the browser has laid the text out (a resize observer's first call, then each resize), never
	// by forcing a layout in the middle of React's commit: a list re-ordered by a vote mounted several at once.
	// biome-ignore lint/correctness/useExhaustiveDependencies: measured again when the text changes
	useEffect(() => {
		const element = ref.current;
		if (!element || open || typeof ResizeObserver === "undefined") return;
		const observer = new ResizeObserver(() => setLong(element.scrollHeight > element.clientHeight + 1));
		observer.observe(element);
		return () => observer.disconnect();
	}, [text, open]);
	return (
		<>
			<span ref={ref} data-testid={testId} style={open ? OPEN : closed(lines)}>
				{text}
			</span>
			{(long || open) && (
				<Button size="small" appearance="transparent" aria-expanded={open} onClick={() => setOpen(!open)}>
					{open ? w("readLess") : w("readAll")}
				</Button>
			)}
		</>
	);
});
