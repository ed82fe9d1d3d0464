/**
 * Measurements of the board's own work, read by `npm run bench` (only with `?bench=1`):
 * time spent in the app's handlers per remote change (apart from fabric's redraw), the
 * time from a change arriving to the frame that draws it, and a probe that notes the
 * epoch time of the first frame drawn after a watched change. The bench's bare
 * SharedTree page (test/bench/bare) uses the same probe, so both are timed alike.
 */
import { commandNamed } from "../fluid/commands/registry";
import type { Board, Process } from "../fluid/schema";
import type { WorkshopSession } from "../fluid/session";

/** Epoch milliseconds with sub-millisecond precision, comparable across the pages of one machine. */
export function epochNow(): number {
	return performance.timeOrigin + performance.now();
}

/** When a watched change arrived, when the frame that drew it started, and when it was drawn (epoch ms). */
export interface FrameTimes {
	/** The first change the page handled once armed (NaN if it saw none: a page without handlers for it). */
	readonly arrived: number;
	readonly started: number;
	readonly drawn: number;
}

const NONE: FrameTimes = { arrived: Number.NaN, started: Number.NaN, drawn: Number.NaN };

/**
 * The first frame drawn once a watched condition holds (an edit made elsewhere has
 * arrived): `arm` it before the edit; the page calls `changeSeen` as it handles a change,
 * `frameStarting` and `frameDrawn` around each frame it draws.
 */
export class FrameProbe {
	/** When the board (the app's controller, the bare page's view) was created, its documents loaded (epoch ms). */
	readonly createdAt = epochNow();
	/** The first frame this page drew (epoch ms): its start and end. */
	firstFrameStarted: number | undefined;
	firstFrameAt: number | undefined;
	private check: (() => boolean) | undefined;
	private resolve: ((at: FrameTimes) => void) | undefined;
	private drawn: Promise<FrameTimes> = Promise.resolve(NONE);
	private arrived = Number.NaN;
	private started = Number.NaN;

	arm(check: () => boolean): void {
		this.resolve?.(NONE);
		this.check = check;
		this.arrived = Number.NaN;
		this.drawn = new Promise<FrameTimes>((resolve) => {
			this.resolve = resolve;
		});
	}

	/** When the watched change was first drawn; NaN times if not within `timeoutMs`. */
	drawnAt(timeoutMs: number): Promise<FrameTimes> {
		const timeout = new Promise<FrameTimes>((resolve) => setTimeout(() => resolve(NONE), timeoutMs));
		return Promise.race([this.drawn, timeout]).finally(() => {
			this.check = undefined;
			this.resolve = undefined;
		});
	}

	changeSeen(): void {
		if (this.check && Number.isNaN(this.arrived)) this.arrived = epochNow();
	}

	frameStarting(): void {
		this.started = epochNow();
	}

	frameDrawn(): void {
		const at = epochNow();
		if (this.firstFrameAt === undefined) {
			this.firstFrameAt = at;
			this.firstFrameStarted = this.started;
		}
		if (this.check?.()) {
			this.check = undefined;
			this.resolve?.({ arrived: this.arrived, started: this.started, drawn: at });
			this.resolve = undefined;
		}
	}
}

/** What `npm run bench` drives in a page (the app's and the bare page's alike), as `window.__bench`. */
export interface BenchHook {
	readonly kind: "app" | "bare";
	readonly probe: FrameProbe;
	roots(): { readonly process: Process; readonly board: Board };
	/**
	 * Runs a command by name, as the interface would: whether it ran, the epoch time just
	 * before it and just after (its edit and this page's own reactions to it, all synchronous).
	 */
	run(name: string, args: unknown): { readonly ok: boolean; readonly at: number; readonly end: number };
	/** How many problématiques the page draws. */
	notesDrawn(): number;
	/** The board's own handlers (the app only): their time and the changes they handled. */
	work(): { readonly changes: number; readonly workMs: number };
	resetWork(): void;
}

export class BoardStats {
	changes = 0;
	workMs = 0;
	readonly latenciesMs: number[] = [];
	renders = 0;
	readonly probe = new FrameProbe();
	private pendingSince: number | undefined;

	/** Wraps a tree-change handler: its duration is the app's own work for that change. */
	wrap<A extends unknown[]>(handler: (...args: A) => void): (...args: A) => void {
		return (...args: A) => {
			this.probe.changeSeen();
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

	/** Called before each frame fabric draws. */
	frameStarting(): void {
		this.probe.frameStarting();
	}

	/** Called after each frame fabric draws. */
	frameDrawn(): void {
		this.renders++;
		this.probe.frameDrawn();
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

/** The app's hook: the session's roots, its commands (checked, as the interface runs them), the board's stats. */
export function benchHook(stats: BoardStats, session: WorkshopSession, notesDrawn: () => number): BenchHook {
	return {
		notesDrawn,
		kind: "app",
		probe: stats.probe,
		roots: () => ({ process: session.processView.root, board: session.boardView.root }),
		run: (name, args) => {
			const command = commandNamed(name);
			const at = epochNow();
			// The page's own arguments for the command it names (the bench passes what the interface would).
			const ok = command !== undefined && session.run(command, args as never).ok;
			return { ok, at, end: epochNow() };
		},
		work: () => ({ changes: stats.changes, workMs: stats.workMs }),
		resetWork: () => stats.reset(),
	};
}
