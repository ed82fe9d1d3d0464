/**
 * The view of the board: zoom and pan (session state, this tab only), fit a rectangle,
 * and the portable form of a view (centre and zoom) that followers apply to their own
 * canvas size. Pure arithmetic.
 */
import type { Rect } from "./layout";

export type Transform = [number, number, number, number, number, number];

export interface PortableView {
	/** World point at the centre of the screen. */
	readonly x: number;
	readonly y: number;
	readonly zoom: number;
}

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 3;

export function clampZoom(zoom: number): number {
	return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

export function fitTransform(rect: Rect, width: number, height: number, margin = 24): Transform {
	const zoom = clampZoom(Math.min((width - 2 * margin) / rect.w, (height - 2 * margin) / rect.h));
	const x = (width - rect.w * zoom) / 2 - rect.x * zoom;
	const y = (height - rect.h * zoom) / 2 - rect.y * zoom;
	return [zoom, 0, 0, zoom, x, y];
}

export function toPortable(t: Transform, width: number, height: number): PortableView {
	const zoom = t[0];
	return { x: (width / 2 - t[4]) / zoom, y: (height / 2 - t[5]) / zoom, zoom };
}

export function fromPortable(v: PortableView, width: number, height: number): Transform {
	const zoom = clampZoom(v.zoom);
	return [zoom, 0, 0, zoom, width / 2 - v.x * zoom, height / 2 - v.y * zoom];
}

/** Zoom by `factor` keeping the screen point (sx, sy) on the same world point. */
export function zoomAt(t: Transform, factor: number, sx: number, sy: number): Transform {
	const zoom = clampZoom(t[0] * factor);
	const k = zoom / t[0];
	return [zoom, 0, 0, zoom, sx - (sx - t[4]) * k, sy - (sy - t[5]) * k];
}

export function panBy(t: Transform, dx: number, dy: number): Transform {
	return [t[0], t[1], t[2], t[3], t[4] + dx, t[5] + dy];
}

/** The zoom a step is framed at, at most (a large stage shows big text, not a tiny board). */
export const MAX_FRAME_ZOOM = 2;

/**
 * Frames a zone for reading: the whole zone when it fits at `minZoom` or more; otherwise
 * `minZoom` (text never smaller) with the zone's top-left part in view, centred along an
 * axis that does fit. Returns whether the whole zone is in view.
 */
export function frameTransform(
	rect: Rect,
	width: number,
	height: number,
	minZoom: number,
	margin = 12,
): { transform: Transform; whole: boolean } {
	const fit = Math.min((width - 2 * margin) / rect.w, (height - 2 * margin) / rect.h);
	const zoom = Math.max(minZoom, Math.min(MAX_FRAME_ZOOM, fit));
	const fitsX = rect.w * zoom <= width - 2 * margin + 0.5;
	const fitsY = rect.h * zoom <= height - 2 * margin + 0.5;
	const x = fitsX ? (width - rect.w * zoom) / 2 - rect.x * zoom : margin - rect.x * zoom;
	const y = fitsY ? (height - rect.h * zoom) / 2 - rect.y * zoom : margin - rect.y * zoom;
	return { transform: [zoom, 0, 0, zoom, x, y], whole: fitsX && fitsY };
}

/** The world rectangle a transform shows on a width×height canvas. */
export function visibleWorld(t: Transform, width: number, height: number): Rect {
	return { x: -t[4] / t[0], y: -t[5] / t[3], w: width / t[0], h: height / t[3] };
}

/** Where a world rectangle is on screen (canvas px). */
export function worldToScreen(t: Transform, r: Rect): { left: number; top: number; width: number; height: number } {
	return { left: r.x * t[0] + t[4], top: r.y * t[3] + t[5], width: r.w * t[0], height: r.h * t[3] };
}
