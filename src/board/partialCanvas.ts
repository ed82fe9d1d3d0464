/**
 * The board's fabric canvas, drawing each frame only where something changed (`damage.ts`):
 * cleared and drawn clipped to those boxes, with only the objects that reach into them.
 * A frame drawn into another canvas (the board's photo) is drawn whole, as fabric does.
 */
import { Canvas, type FabricObject } from "fabric";
import { Damage } from "./damage";

export class PartialCanvas extends Canvas {
	private readonly damage = new Damage();
	/** Frames drawn whole and in part since the start (tests and the bench read them). */
	readonly frames = { whole: 0, partial: 0 };

	override renderCanvas(ctx: CanvasRenderingContext2D, objects: FabricObject[]): void {
		if (ctx !== this.getContext()) {
			super.renderCanvas(ctx, objects);
			return;
		}
		const plan = this.damage.plan(
			{
				// A copy: the view's transform may be changed in place.
				transform: [...this.viewportTransform],
				width: this.width,
				height: this.height,
				background: this.backgroundColor,
				pixelRatio: this.getRetinaScaling(),
				active: this.getActiveObject(),
				drawsOutside:
					this._currentTransform !== null ||
					this.backgroundImage !== undefined ||
					this.overlayImage !== undefined ||
					this.clipPath !== undefined ||
					Boolean(this.overlayColor),
			},
			objects,
		);
		if (plan.all) {
			this.frames.whole++;
			super.renderCanvas(ctx, objects);
			return;
		}
		this.frames.partial++;
		ctx.save();
		ctx.beginPath();
		for (const b of plan.boxes) ctx.rect(b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0);
		ctx.clip();
		super.renderCanvas(ctx, plan.objects);
		ctx.restore();
	}

	/**
	 * Whether what the canvas shows now is what a whole frame draws: its pixels read, drawn
	 * whole at once, read again (the tests' check of the partial frames; `?inspect`).
	 */
	showsWhole(): { readonly same: boolean; readonly differing: number; readonly whole: number; readonly partial: number } {
		const read = () => {
			const el = this.getElement();
			return el.getContext("2d")?.getImageData(0, 0, el.width, el.height).data ?? new Uint8ClampedArray();
		};
		const shown = read();
		this.drawAllNext();
		this.renderAll();
		const whole = read();
		let differing = 0;
		for (let i = 0; i < whole.length; i += 4) {
			if (
				shown[i] !== whole[i] ||
				shown[i + 1] !== whole[i + 1] ||
				shown[i + 2] !== whole[i + 2] ||
				shown[i + 3] !== whole[i + 3]
			)
				differing++;
		}
		return { same: differing === 0 && shown.length === whole.length, differing, ...this.frames };
	}

	/** The next frame draws everything (after something this canvas cannot see changed the pixels). */
	drawAllNext(): void {
		this.damage.reset();
	}
}
