/**
 * The document as a PDF, made in the browser with jsPDF, loaded only when asked (it is
 * not in the first bundle). Standard fonts (Helvetica) cover WinAnsi only: each text is
 * mapped first (see `winAnsi.ts`) and what cannot be shown is reported. Text is wrapped
 * to the page, pages break as needed, and each page has its number.
 */
import type { DocBlock } from "../../domain/markdown";
import { toWinAnsi } from "../../domain/winAnsi";

export interface PdfInput {
	readonly blocks: readonly DocBlock[];
	/** Small text at the foot of each page (the method's credit, the date). */
	readonly footer: string;
	readonly pageLabel: (n: number, total: number) => string;
}

const PAGE = { margin: 56, lineFactor: 1.35 };
const SIZES = { title: 18, heading: 13, paragraph: 11, item: 11, footer: 8 } as const;

export async function documentPdf(input: PdfInput): Promise<{ readonly blob: Blob; readonly lost: readonly string[] }> {
	const { jsPDF } = await import("jspdf");
	// Uncompressed: the text streams stay readable (and the file small enough for a few pages).
	const pdf = new jsPDF({ unit: "pt", format: "a4", compress: false });
	const lost = new Set<string>();
	const clean = (text: string) => {
		const r = toWinAnsi(text);
		for (const ch of r.lost) lost.add(ch);
		return r.text;
	};
	const width = pdf.internal.pageSize.getWidth();
	const height = pdf.internal.pageSize.getHeight();
	const bottom = height - PAGE.margin;
	let y = PAGE.margin;

	const write = (text: string, size: number, bold: boolean, x: number, before: number, mark?: string) => {
		pdf.setFont("helvetica", bold ? "bold" : "normal");
		pdf.setFontSize(size);
		const lineHeight = size * PAGE.lineFactor;
		const lines = pdf.splitTextToSize(clean(text), width - PAGE.margin - x) as string[];
		y += before;
		lines.forEach((line, i) => {
			if (y + lineHeight > bottom) {
				pdf.addPage();
				y = PAGE.margin;
			}
			pdf.text(line, x, y + size);
			if (i === 0 && mark) pdf.text(clean(mark), x - 12, y + size);
			y += lineHeight;
		});
	};

	for (const block of input.blocks) {
		if (block.kind === "item") {
			const x = PAGE.margin + 14 + block.level * 16;
			write(block.text, SIZES.item, false, x, 3, block.level === 0 ? block.mark : "–");
		} else if (block.kind === "title") write(block.text, SIZES.title, true, PAGE.margin, 0);
		else if (block.kind === "heading") {
			// A heading never ends a page alone.
			if (y + SIZES.heading * 4 > bottom) {
				pdf.addPage();
				y = PAGE.margin;
			}
			write(block.text, SIZES.heading, true, PAGE.margin, 10);
		} else write(block.text, SIZES.paragraph, false, PAGE.margin, 4);
	}
	const pages = pdf.getNumberOfPages();
	for (let n = 1; n <= pages; n++) {
		pdf.setPage(n);
		pdf.setFont("helvetica", "normal");
		pdf.setFontSize(SIZES.footer);
		pdf.text(clean(input.footer), PAGE.margin, height - PAGE.margin / 2);
		pdf.text(clean(input.pageLabel(n, pages)), width - PAGE.margin, height - PAGE.margin / 2, { align: "right" });
	}
	return { blob: pdf.output("blob"), lost: [...lost] };
}
