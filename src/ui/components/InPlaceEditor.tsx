/**
 * Editing a sticky note's text in place, over the canvas, where the card (or the
 * double-clicked point) is, and always whole inside the canvas. The editor keeps its own
 * text, so a remote change never overwrites what is being typed. Ctrl+Enter (or the
 * button) saves, Escape cancels; the length limit and its counter are shown as you type.
 */
import { Button, Textarea, Text } from "@fluentui/react-components";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { EditRequest, ScreenRect } from "../../board/controller";
import { LIMITS, textLength } from "../../domain/limits";
import { useLocale } from "../i18n";

export interface InPlaceEditorProps {
	readonly request: EditRequest;
	readonly onSave: (text: string) => void;
	/** Shown when one may put the sheet on the table now: save and put it there at once. */
	readonly onPutOnTable?: ((text: string) => void) | undefined;
	readonly onCancel: () => void;
	readonly onTyping: () => void;
}

/** Top-left for a box of `size` placed at `rect`'s top-left, moved so it stays whole inside `bounds`. */
export function clampInside(
	rect: Pick<ScreenRect, "left" | "top">,
	size: { readonly width: number; readonly height: number },
	bounds: { readonly width: number; readonly height: number },
): { left: number; top: number } {
	const clamp = (v: number, max: number) => Math.max(0, Math.min(v, max));
	return { left: clamp(rect.left, bounds.width - size.width), top: clamp(rect.top, bounds.height - size.height) };
}

export function InPlaceEditor({ request, onSave, onPutOnTable, onCancel, onTyping }: InPlaceEditorProps) {
	const { t } = useLocale();
	const [text, setText] = useState(request.text);
	const area = useRef<HTMLTextAreaElement>(null);
	const box = useRef<HTMLDivElement>(null);
	const { rect, bounds } = request;
	const [place, setPlace] = useState({ left: rect.left, top: rect.top });
	useEffect(() => area.current?.focus({ preventScroll: true }), []);
	useLayoutEffect(() => {
		const el = box.current;
		if (!el) return;
		const fit = () => setPlace(clampInside(rect, { width: el.offsetWidth, height: el.offsetHeight }, bounds));
		fit();
		// The textarea can be resized: keep the buttons inside.
		const observer = new ResizeObserver(fit);
		observer.observe(el);
		return () => observer.disconnect();
	}, [rect, bounds]);
	const max = LIMITS.problematique;
	const length = textLength(text.trim());
	const over = length > max;
	const width = Math.min(bounds.width, Math.max(260, rect.width));
	return (
		<div
			ref={box}
			role="dialog"
			aria-label={t("editNote")}
			data-testid="in-place-editor"
			style={{
				position: "absolute",
				left: place.left,
				top: place.top,
				width,
				maxHeight: bounds.height,
				overflowY: "auto",
				boxSizing: "border-box",
				background: "var(--colorNeutralBackground1)",
				boxShadow: "var(--shadow16)",
				padding: 8,
				borderRadius: 4,
				display: "grid",
				gap: 4,
				zIndex: 2,
			}}
		>
			<Textarea
				ref={area}
				value={text}
				aria-label={t("editNote")}
				resize="vertical"
				textarea={{ style: { overflowWrap: "anywhere" } }}
				onChange={(_, d) => {
					setText(d.value);
					onTyping();
				}}
				onKeyDown={(e) => {
					if (e.key === "Escape") onCancel();
					if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && !over) onSave(text);
				}}
			/>
			<Text size={200} style={over ? { color: "var(--colorPaletteRedForeground1)" } : undefined}>
				{over ? t("errTooLong", { max }) : t("charCount", { n: length, max })}
			</Text>
			<div style={{ display: "flex", flexWrap: "wrap", gap: 4, justifyContent: "flex-end" }}>
				<Button size="small" onClick={onCancel}>
					{t("cancel")}
				</Button>
				<Button size="small" appearance={onPutOnTable ? "secondary" : "primary"} disabled={over} onClick={() => onSave(text)}>
					{t("save")}
				</Button>
				{onPutOnTable && (
					<Button size="small" appearance="primary" disabled={over || length === 0} onClick={() => onPutOnTable(text)}>
						{t("putOnTable")}
					</Button>
				)}
			</div>
		</div>
	);
}
