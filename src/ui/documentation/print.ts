/**
 * The printable page: the document laid out for paper (print styles only show it), then
 * the browser's print dialog. Text goes in as text (never as HTML).
 */
import type { DocBlock } from "../../domain/markdown";

const ID = "printable-document";

const STYLE = `
@media screen { #${ID} { display: none; } }
@media print {
	body > *:not(#${ID}) { display: none !important; }
	#${ID} { display: block; font: 11pt/1.45 "Segoe UI", system-ui, sans-serif; color: #000; }
	#${ID} h1 { font-size: 18pt; margin: 0 0 8pt; }
	#${ID} h2 { font-size: 13pt; margin: 14pt 0 4pt; break-after: avoid; }
	#${ID} p { margin: 0 0 4pt; }
	#${ID} ul, #${ID} ol { margin: 0 0 4pt; padding-inline-start: 18pt; }
	#${ID} li { white-space: pre-wrap; break-inside: avoid; }
	#${ID} footer { margin-top: 18pt; font-size: 8pt; color: #444; }
}`;

/** Builds the printable page (replacing the previous one) and returns it. */
export function printableDocument(blocks: readonly DocBlock[], footer: string): HTMLElement {
	document.getElementById(ID)?.remove();
	const root = document.createElement("article");
	root.id = ID;
	root.dataset.testid = "printable-document";
	const style = document.createElement("style");
	style.textContent = STYLE;
	root.append(style);
	let list: HTMLElement | undefined;
	let sub: HTMLElement | undefined;
	const el = (tag: string, text: string) => {
		const e = document.createElement(tag);
		e.textContent = text;
		return e;
	};
	for (const b of blocks) {
		if (b.kind !== "item") {
			list = undefined;
			sub = undefined;
			root.append(el(b.kind === "title" ? "h1" : b.kind === "heading" ? "h2" : "p", b.text));
			continue;
		}
		if (b.level === 0) {
			if (!list) {
				list = document.createElement(/\d/.test(b.mark) ? "ol" : "ul");
				root.append(list);
			}
			list.append(el("li", b.text));
			sub = undefined;
		} else {
			const parent = list?.lastElementChild ?? root;
			if (!sub || sub.parentElement !== parent) {
				sub = document.createElement("ul");
				parent.append(sub);
			}
			sub.append(el("li", b.text));
		}
	}
	root.append(el("footer", footer));
	document.body.append(root);
	return root;
}

export function printDocument(blocks: readonly DocBlock[], footer: string): void {
	printableDocument(blocks, footer);
	window.print();
}
