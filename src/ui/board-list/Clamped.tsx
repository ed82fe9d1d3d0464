/**
 * A text shown on a bounded number of lines, long words broken, with "Lire tout" to open
 * it in full when it is longer. The whole text stays in the page for screen readers.
 */
import { Button } from "@fluentui/react-components";
import { useLayoutEffect, useRef, useState, type CSSProperties } from "react";
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

export function Clamped({
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
	// biome-ignore lint/correctness/useExhaustiveDependencies: measured again when the text changes
	useLayoutEffect(() => {
		const element = ref.current;
		if (element && !open) setLong(element.scrollHeight > element.clientHeight + 1);
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
}
