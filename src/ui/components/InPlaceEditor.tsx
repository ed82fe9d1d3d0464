/**
 * Editing a sticky note's text in place, over the canvas: the editor keeps its own text,
 * so a remote change never overwrites what is being typed. Ctrl+Enter (or the button)
 * saves, Escape cancels; the length limit and its counter are shown as you type.
 */
import { Button, Textarea, Text } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { EditRequest } from "../../board/controller";
import { LIMITS, textLength } from "../../domain/limits";
import { useLocale } from "../i18n";

export interface InPlaceEditorProps {
	readonly request: EditRequest;
	readonly onSave: (text: string) => void;
	/** Shown in partage for a draft: save and put the sheet on the table at once. */
	readonly onPutOnTable?: ((text: string) => void) | undefined;
	readonly onCancel: () => void;
	readonly onTyping: () => void;
}

export function InPlaceEditor({ request, onSave, onPutOnTable, onCancel, onTyping }: InPlaceEditorProps) {
	const { t } = useLocale();
	const [text, setText] = useState(request.text);
	const area = useRef<HTMLTextAreaElement>(null);
	useEffect(() => area.current?.focus(), []);
	const max = LIMITS.problematique;
	const length = textLength(text.trim());
	const over = length > max;
	const { left, top, width } = request.rect;
	return (
		<div
			role="dialog"
			aria-label={t("editNote")}
			data-testid="in-place-editor"
			style={{
				position: "absolute",
				left: Math.max(0, left),
				top: Math.max(0, top),
				width: Math.max(240, width),
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
			<div style={{ display: "flex", gap: 4, justifyContent: "flex-end" }}>
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
