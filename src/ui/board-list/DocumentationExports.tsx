/**
 * The documentation's exports, for every member once everyone agreed: Markdown, a
 * printable page, a PDF, a photo of the whole board (PNG) and the plan d'action as
 * calendar entries (.ics). While someone says no: no export, and why (shown above).
 */
import { Button, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { datedActions, exportCalendar, exportMarkdown, exportPdf, exportPhoto, exportPrint } from "../documentation/exportFiles";
import { useTree } from "../hooks";
import { useWorkshop } from "../workshopContext";
import { Muted, rowStyle, SubHeading } from "./controls";
import { useBoardWords } from "./useBoardState";

type Busy = "pdf" | "png" | undefined;

export function DocumentationExports({ open }: { readonly open: boolean }) {
	const { session } = useWorkshop();
	const { w, locale } = useBoardWords();
	const [busy, setBusy] = useState<Busy>();
	const [lost, setLost] = useState<readonly string[]>([]);
	const [photoTexts, setPhotoTexts] = useState<string>();
	const board = session.boardView.root;
	const dated = useTree(board.plan, () => datedActions(session));
	if (!open) return <Muted testId="exports-blocked">{w("exportsBlocked")}</Muted>;

	async function pdf() {
		setBusy("pdf");
		try {
			setLost(await exportPdf(session, locale, (n, total) => w("pageOf", { n, total })));
		} finally {
			setBusy(undefined);
		}
	}
	async function png() {
		setBusy("png");
		try {
			const photo = await exportPhoto(session, locale);
			setPhotoTexts(photo.texts.join("\n"));
		} finally {
			setBusy(undefined);
		}
	}
	return (
		<div style={{ display: "grid", gap: 6 }} data-testid="documentation-exports">
			<SubHeading>{w("exportsTitle")}</SubHeading>
			<Text size={200} style={{ color: tokens.colorNeutralForeground3 }}>
				{w("exportsHint")}
			</Text>
			<div style={rowStyle}>
				<Button size="small" onClick={() => exportMarkdown(session, locale)} data-testid="export-markdown">
					{w("exportMarkdown")}
				</Button>
				<Button size="small" onClick={() => exportPrint(session, locale)} data-testid="export-print">
					{w("exportPrint")}
				</Button>
				<Button size="small" onClick={() => void pdf()} disabled={busy === "pdf"} data-testid="export-pdf">
					{busy === "pdf" ? w("exporting") : w("exportPdf")}
				</Button>
				<Button
					size="small"
					onClick={() => void png()}
					disabled={busy === "png"}
					data-testid="export-png"
					data-photo-texts={photoTexts}
				>
					{busy === "png" ? w("exporting") : w("exportPng")}
				</Button>
				<Button
					size="small"
					disabledFocusable={dated === 0}
					onClick={dated === 0 ? undefined : () => exportCalendar(session, w("planTitle"))}
					data-testid="export-ics"
					aria-describedby={dated === 0 ? "no-dated-actions" : undefined}
				>
					{w("exportIcs")}
				</Button>
			</div>
			{dated === 0 && (
				<Text id="no-dated-actions" size={200} style={{ color: tokens.colorNeutralForeground3 }}>
					{w("noDatedActions")}
				</Text>
			)}
			{lost.length > 0 && (
				<Text size={200} data-testid="pdf-lost">
					{w("pdfLost", { chars: lost.join(" ") })}
				</Text>
			)}
		</div>
	);
}
