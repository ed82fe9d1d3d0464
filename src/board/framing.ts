/**
 * Framing the step (pure state and arithmetic): the canvas frames the step's zone by
 * itself when the step changes, unless this person moved or zoomed the view during this
 * step; "Cadrer l'étape en cours" frames it again and turns the automatic framing back on. And the
 * figures a test reads from the page: the zone framed, the zoom, the smallest text and
 * dot on screen.
 */
import type { StepId } from "../domain/steps";
import { DOT_R, READABLE_ZOOM, ZONES, fitRect, intersects, zoneOfStep, type Rect, type ZoneId } from "./layout";
import type { CardSpec } from "./spec";
import { frameTransform, visibleWorld, type Transform } from "./viewport";

export interface FrameFigures {
	readonly zone: ZoneId | "";
	readonly zoom: number;
	/** Smallest on-screen font size (px) among the visible texts of the framed zone, or undefined if none. */
	readonly minTextPx: number | undefined;
	readonly dotPx: number;
	readonly auto: boolean;
}

/** Smallest on-screen font among the cards' texts that are both in `zone` and in view. */
export function minTextPx(cards: Iterable<CardSpec>, zone: Rect, visible: Rect, zoom: number): number | undefined {
	let min: number | undefined;
	for (const c of cards) {
		if (!intersects(c, zone) || !intersects(c, visible)) continue;
		const sizes = [c.title ? c.titleSize : Infinity, c.lines.length > 0 || c.badge || c.flag ? c.bodySize : Infinity];
		const px = Math.min(...sizes) * zoom;
		if (Number.isFinite(px) && (min === undefined || px < min)) min = px;
	}
	return min;
}

export class Framing {
	private autoFrame = true;
	private framedZone: ZoneId | "" = "";

	get auto(): boolean {
		return this.autoFrame;
	}

	get zone(): ZoneId | "" {
		return this.framedZone;
	}

	/** The view for a step's zone; the zone is framed now. */
	frame(step: StepId, width: number, height: number): Transform {
		this.framedZone = zoneOfStep(step);
		return frameTransform(fitRect(step), width, height, READABLE_ZOOM).transform;
	}

	/** A new step: whatever the person did with the view in the last one, this one is framed. */
	stepChanged(): void {
		this.autoFrame = true;
	}

	/** "Cadrer l'étape en cours": automatic framing is on again. */
	resume(): void {
		this.autoFrame = true;
	}

	/** This person moved or zoomed the view (or follows someone else's): no more automatic framing. */
	moved(): void {
		this.autoFrame = false;
		this.framedZone = "";
	}

	figures(cards: Iterable<CardSpec>, t: Transform, width: number, height: number): FrameFigures {
		const zoom = t[0];
		const zone = this.framedZone;
		return {
			zone,
			zoom,
			minTextPx: zone === "" ? undefined : minTextPx(cards, ZONES[zone], visibleWorld(t, width, height), zoom),
			dotPx: 2 * DOT_R * zoom,
			auto: this.autoFrame,
		};
	}
}
