/**
 * Fitting text into a card (pure): words wrap at the card's width, a word longer than a
 * line breaks between its characters, and past the card's last line an ellipsis ends the
 * text. The width of a piece of text comes from a `Measure` (the browser's canvas in the
 * app, an estimate in tests), so the result matches what is drawn.
 */

/** Width in px of `text` drawn at `fontSize` (bold or not). */
export type Measure = (text: string, fontSize: number, bold: boolean) => number;

export interface FittedText {
	readonly lines: readonly string[];
	/** Some text did not fit (the last line ends with "…"). */
	readonly truncated: boolean;
}

export const ELLIPSIS = "…";

export interface FitOptions {
	readonly width: number;
	readonly maxLines: number;
	readonly fontSize: number;
	readonly bold?: boolean;
}

/** An estimate good enough for tests and for Node: 0.6 em per character. */
export const estimateMeasure: Measure = (text, fontSize) => [...text].length * fontSize * 0.6;

/** Splits a word into pieces no wider than `width` (at least one character each). */
function breakWord(word: string, fit: (s: string) => boolean, maxPieces: number): string[] {
	const chars = [...word];
	const pieces: string[] = [];
	let current = "";
	for (const ch of chars) {
		if (current !== "" && !fit(current + ch)) {
			pieces.push(current);
			current = "";
			// Only the first lines are ever drawn: stop once they are known.
			if (pieces.length >= maxPieces) return pieces;
		}
		current += ch;
	}
	if (current !== "") pieces.push(current);
	return pieces;
}

/** Results already computed, per measure (a card redrawn with the same text is not measured again). */
const fitted = new WeakMap<Measure, Map<string, FittedText>>();
const MEMO_SIZE = 4000;

/** Wraps `text` (its own line breaks kept) into at most `maxLines` lines of `width` px. */
export function fitText(text: string, options: FitOptions, measure: Measure): FittedText {
	const memo = fitted.get(measure) ?? new Map<string, FittedText>();
	fitted.set(measure, memo);
	const key = `${options.width}|${options.maxLines}|${options.fontSize}|${options.bold ? 1 : 0}|${text}`;
	const known = memo.get(key);
	if (known) return known;
	const result = fitUncached(text, options, measure);
	if (memo.size >= MEMO_SIZE) memo.clear();
	memo.set(key, result);
	return result;
}

function fitUncached(text: string, options: FitOptions, measure: Measure): FittedText {
	const { width, fontSize, bold = false } = options;
	const maxLines = Math.max(1, options.maxLines);
	const fit = (s: string) => measure(s, fontSize, bold) <= width;
	const lines: string[] = [];
	let overflow = false;
	const paragraphs = text.replace(/\r\n?/g, "\n").split("\n");
	outer: for (const paragraph of paragraphs) {
		const words = paragraph.split(/[ \t]+/).filter((w) => w !== "");
		let line = "";
		for (const word of words) {
			const candidate = line === "" ? word : `${line} ${word}`;
			if (fit(candidate)) {
				line = candidate;
				continue;
			}
			if (line !== "") {
				lines.push(line);
				line = "";
				if (lines.length > maxLines) break outer;
			}
			if (fit(word)) {
				line = word;
				continue;
			}
			const pieces = breakWord(word, fit, maxLines + 1);
			for (const piece of pieces.slice(0, -1)) {
				lines.push(piece);
				if (lines.length > maxLines) break outer;
			}
			line = pieces[pieces.length - 1] ?? "";
		}
		lines.push(line);
		if (lines.length > maxLines) break;
	}
	if (lines.length > maxLines) overflow = true;
	// A trailing empty paragraph adds nothing to show.
	while (lines.length > 1 && lines[lines.length - 1] === "" && !overflow) lines.pop();
	if (!overflow) return { lines, truncated: false };
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] ?? "", fit);
	return { lines: kept, truncated: true };
}

/** The line shortened until it fits with "…" at its end. */
function withEllipsis(line: string, fit: (s: string) => boolean): string {
	const chars = [...line.trimEnd()];
	while (chars.length > 0 && !fit(`${chars.join("")}${ELLIPSIS}`)) chars.pop();
	return `${chars.join("").trimEnd()}${ELLIPSIS}`;
}

/** How many lines of `fontSize` text fit in `height` px. */
export function linesIn(height: number, fontSize: number, lineHeight: number): number {
	return Math.max(1, Math.floor(height / (fontSize * lineHeight)));
}
