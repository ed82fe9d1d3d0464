/**
 * Measurements of the board's own work, read by `npm run bench`: time spent in the
 * app's handlers per remote change (apart from fabric's redraw), and the time from a
 * change arriving to the frame that draws it.
 */
export class BoardStats {
	changes = 0;
	workMs = 0;
	readonly latenciesMs: number[] = [];
	renders = 0;
	private pendingSince: number | undefined;

	/** Wraps a tree-change handler: its duration is the app's own work for that change. */
	wrap<A extends unknown[]>(handler: (...args: A) => void): (...args: A) => void {
		return (...args: A) => {
			const start = performance.now();
			this.drawRequested = false;
			handler(...args);
			this.workMs += performance.now() - start;
			this.changes++;
			if (this.drawRequested) this.pendingSince ??= start;
			this.drawRequested = false;
		};
	}

	private drawRequested = false;
	/** The scene asked for a frame: the change being handled has something to draw. */
	needsFrame(): void {
		this.drawRequested = true;
	}

	/** Called after each frame fabric draws. */
	frameDrawn(): void {
		this.renders++;
		if (this.pendingSince === undefined) return;
		this.latenciesMs.push(performance.now() - this.pendingSince);
		this.pendingSince = undefined;
	}

	reset(): void {
		this.changes = 0;
		this.workMs = 0;
		this.renders = 0;
		this.latenciesMs.length = 0;
		this.pendingSince = undefined;
	}
}
