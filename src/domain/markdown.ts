/**
 * The document as Markdown (what the offreur edits, saves and everyone downloads), and
 * back: the blocks a printed page or a PDF lays out from a Markdown text.
 */
import type { DocModel } from "./documentation";

/** Escapes what Markdown would read as markup in a person's text (the text itself is kept). */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/([\\`*_[\]<>|])/g, "\\$1")
		.replace(/^(\s*)([#+-]|\d+[.)])(?=\s|$)/gm, (_m, space: string, mark: string) => `${space}\\${mark}`);
}

/** Continuation lines of a list item, indented under it. */
function indent(text: string, by: string): string {
	return text.split(/\r?\n/).join(`\n${by}`);
}

export function toMarkdown(doc: DocModel): string {
	const out: string[] = [`# ${escapeMarkdown(doc.title)}`, ""];
	for (const line of doc.lines) out.push(escapeMarkdown(line), "");
	for (const section of doc.sections) {
		out.push(`## ${escapeMarkdown(section.heading)}`, "");
		section.items.forEach((item, i) => {
			const mark = section.ordered ? `${i + 1}. ` : "- ";
			const pad = " ".repeat(mark.length);
			out.push(`${mark}${indent(escapeMarkdown(item.text), pad)}`);
			for (const d of item.details) out.push(`${pad}- ${indent(escapeMarkdown(d), `${pad}  `)}`);
		});
		out.push("");
	}
	return `${out.join("\n").trimEnd()}\n`;
}

export type DocBlock =
	| { readonly kind: "title" | "heading" | "paragraph"; readonly text: string }
	| { readonly kind: "item"; readonly text: string; readonly level: number; readonly mark: string };

function unescapeMarkdown(text: string): string {
	return text.replace(/\\([\\`*_[\]<>|#+\-.)])/g, "$1");
}

/** A Markdown text as blocks (titles, headings, list items by level, paragraphs); emphasis marks stay as text. */
export function parseDocument(text: string): DocBlock[] {
	const blocks: DocBlock[] = [];
	let paragraph: string[] = [];
	const flush = () => {
		if (paragraph.length > 0) blocks.push({ kind: "paragraph", text: unescapeMarkdown(paragraph.join(" ")) });
		paragraph = [];
	};
	for (const raw of text.split(/\r?\n/)) {
		const line = raw.replace(/\s+$/, "");
		if (line.trim() === "") {
			flush();
			continue;
		}
		const heading = /^(#{1,6})\s+(.*)$/.exec(line);
		if (heading) {
			flush();
			blocks.push({ kind: (heading[1] ?? "").length === 1 ? "title" : "heading", text: unescapeMarkdown(heading[2] ?? "") });
			continue;
		}
		const item = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/.exec(line);
		if (item) {
			flush();
			const level = Math.floor((item[1] ?? "").length / 2) > 0 ? 1 : 0;
			const mark = /\d/.test(item[2] ?? "") ? (item[2] ?? "") : "•";
			blocks.push({ kind: "item", text: unescapeMarkdown(item[3] ?? ""), level, mark });
			continue;
		}
		const last = blocks[blocks.length - 1];
		if (paragraph.length === 0 && last?.kind === "item" && /^\s+/.test(line)) {
			// An item's continuation line.
			blocks[blocks.length - 1] = { ...last, text: `${last.text}\n${unescapeMarkdown(line.trim())}` };
			continue;
		}
		paragraph.push(line.trim());
	}
	flush();
	return blocks;
}
