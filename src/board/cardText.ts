/**
 * A card's text on the canvas: lines already fitted to the card (`cardSpecs.ts` wraps and
 * cuts them), drawn one `fillText` each, measured once per line with the canvas. fabric's
 * own text object measures every character (its line breaking, kerning and styles, none of
 * which a card uses): at a cold join that was a third of the board's creation.
 *
 * Drawn where fabric's text would be, to the pixel's fraction: a line `fontSize × 1.13`
 * high (fabric's `_fontSizeMult`), each next line `fontSize × LINE_HEIGHT` below, its
 * baseline at 0.778 of the line (fabric's `_fontSizeFraction`, 0.222, above the bottom).
 */
import { FabricObject, type FabricObjectProps, type TOptions } from "fabric";
import { cardFont, textWidth } from "./canvasMeasure";
import { LINE_HEIGHT } from "./layout";

/** fabric draws a line `fontSize × 1.13` high, the baseline 0.222 of it above its bottom. */
const LINE_BOX = 1.13;
const BASELINE = 1 - 0.222;
/** fabric's narrowest text. */
const MIN_WIDTH = 2;

export interface CardTextStyle {
	readonly fontSize: number;
	readonly bold: boolean;
	readonly fill: string;
}

export class CardText extends FabricObject {
	static override type = "CardText";
	private lines: string[] = [];
	private readonly font: string;
	private readonly color: string;
	private readonly size: number;

	constructor(text: string, style: CardTextStyle, options: TOptions<FabricObjectProps>) {
		super(options);
		this.size = style.fontSize;
		this.color = style.fill;
		this.font = cardFont(style.fontSize, style.bold);
		this.setText(text);
	}

	/** New text (a tally, a ranking): measured again, drawn at the next frame. */
	setText(text: string): void {
		this.lines = text.split("\n");
		let width = MIN_WIDTH;
		for (const line of this.lines) width = Math.max(width, textWidth(line, this.font) ?? 0);
		const box = this.size * LINE_BOX;
		this.set({ width, height: (this.lines.length - 1) * this.size * LINE_HEIGHT + box, dirty: true });
	}

	override _render(ctx: CanvasRenderingContext2D): void {
		ctx.font = this.font;
		ctx.fillStyle = this.color;
		ctx.textBaseline = "alphabetic";
		ctx.textAlign = "left";
		const left = -this.width / 2;
		const top = -this.height / 2 + this.size * LINE_BOX * BASELINE;
		for (let i = 0; i < this.lines.length; i++) {
			ctx.fillText(this.lines[i] ?? "", left, top + i * this.size * LINE_HEIGHT);
		}
	}
}
