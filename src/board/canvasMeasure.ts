/** The cards' font, and text widths measured as fabric will draw them (the browser's canvas, same font). */
import type { Measure } from "./textFit";

export const FONT = "Segoe UI, system-ui, sans-serif";

export function canvasMeasure(): Measure {
	const context = document.createElement("canvas").getContext("2d");
	return (text, fontSize, bold) => {
		if (!context) return [...text].length * fontSize * 0.6;
		context.font = `${bold ? "bold" : "normal"} ${fontSize}px ${FONT}`;
		// A pixel of slack: fabric measures character by character.
		return context.measureText(text).width + 1;
	};
}
