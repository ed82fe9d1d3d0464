/**
 * The cards' font, and text widths measured as fabric will draw them: the browser's canvas,
 * one 2D context for the board's fitting (`canvasMeasure`) and its text objects (`CardText`).
 */
import type { Measure } from "./textFit";

export const FONT = "Segoe UI, system-ui, sans-serif";

/** A card's font as the canvas names it. */
export function cardFont(fontSize: number, bold: boolean): string {
	return `${bold ? "bold" : "normal"} ${fontSize}px ${FONT}`;
}

let context: CanvasRenderingContext2D | null | undefined;

/** The width of `text` in `font` (a CSS font, as `cardFont` gives), or undefined without a canvas. */
export function textWidth(text: string, font: string): number | undefined {
	context ??= document.createElement("canvas").getContext("2d");
	if (!context) return undefined;
	context.font = font;
	return context.measureText(text).width;
}

export function canvasMeasure(): Measure {
	return (text, fontSize, bold) => {
		const width = textWidth(text, cardFont(fontSize, bold));
		// A pixel of slack: fabric measures character by character.
		return width === undefined ? [...text].length * fontSize * 0.6 : width + 1;
	};
}
