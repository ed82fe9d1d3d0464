/**
 * The board: the fabric scene, the bindings that keep it in step with the tree, the
 * pointer (gestures into commands), presence (live drags, who writes, the facilitator's
 * view) and the view (framing the step by itself, zoom, pan, following). Rules stay in
 * the command layer; places and hit-testing in `layout.ts`.
 */
import { problematiqueOf } from "../fluid/bounded";
import { memberName } from "../fluid/read";
import { Tree } from "fluid-framework";
import type { Locale } from "../domain/locale";
import { putOnTable } from "../fluid/commands/board";
import { canRun, oncePerCommand } from "../fluid/commands/command";
import { withdrawCard } from "../fluid/commands/sheets";
import { mayWriteProblematique, problematiqueIdOf } from "../fluid/read";
import type { PresenceChannel, RemotePresence, WritingWhat } from "../fluid/presence";
import { currentStep } from "../fluid/read";
import type { WorkshopSession } from "../fluid/session";
import type { DraftStore } from "../session/drafts";
import { draftSpec, writingSpec } from "./cardSpecs";
import { Framing, type FrameFigures } from "./framing";
import { Hold } from "./hold";
import { NOTE_H, NOTE_W, notePosition, zoneOfStep, type Point, type ZoneId } from "./layout";
import { BoardPointer, type BoardRefusal } from "./pointer";
import { CardLayer } from "./reconcile";
import { canvasMeasure } from "./canvasMeasure";
import { aroundView } from "./deferred";
import { BoardScene, tagOf, type Tag } from "./scene";
import { SheetsBinding } from "./sheetsBinding";
import type { CardSpec } from "./spec";
import { BoardStats } from "./stats";
import { TableBinding } from "./tableBinding";
import type { Measure } from "./textFit";
import { fromPortable, panBy, toPortable, worldToScreen, zoomAt, type PortableView, type Transform } from "./viewport";
import { canvasWords, type CanvasWords } from "./words";

export type { BoardRefusal } from "./pointer";

/** A rectangle on screen, relative to the canvas, and the canvas's size. */
export interface ScreenRect {
	readonly left: number;
	readonly top: number;
	readonly width: number;
	readonly height: number;
}

export interface EditRequest {
	/** "draft" is my private problématique; "problematique" my own note on the table. */
	readonly kind: "draft" | "problematique";
	readonly id: string;
	readonly text: string;
	/** The card, or the double-clicked point, on screen. */
	readonly rect: ScreenRect;
	/** The canvas's size: the editor stays inside it. */
	readonly bounds: { readonly width: number; readonly height: number };
}

export interface ReadRequest {
	readonly id: string;
	readonly title: string;
	readonly text: string;
	readonly rect: ScreenRect;
	readonly bounds: { readonly width: number; readonly height: number };
}

export interface BoardEvents {
	/** A gesture or command was refused (shown to the person, with the reason). */
	onRefusal(refusal: BoardRefusal): void;
	/** Following the facilitator stopped because this person moved the view. */
	onFollowChange(following: boolean): void;
	/** Edit a card's text in place: the interface opens an editor over it. */
	onEdit(request: EditRequest): void;
	/** Show a cut card's whole text. */
	onOpen(request: ReadRequest): void;
}

const WRITING_ZONE: Readonly<Record<Exclude<WritingWhat, null>, ZoneId | undefined>> = {
	problematique: "problematiques",
	question: "questions",
	rebond: "rebonds",
	plan: "recolte",
	// Personal notes: in the zone of the step.
	note: undefined,
};

export class BoardController {
	readonly scene: BoardScene;
	readonly table: TableBinding;
	readonly sheets: SheetsBinding;
	readonly stats = new BoardStats();
	private readonly hold = new Hold();
	private readonly framing = new Framing();
	private readonly pointer: BoardPointer;
	private readonly privateLayer: CardLayer;
	private readonly measure: Measure = canvasMeasure();
	private words: CanvasWords;
	private following = false;
	private step: string;
	private readonly offs: (() => void)[] = [];
	private width: number;
	private height: number;
	/** Set at the end of `start`: a move of the view then makes every card kept for later. */
	private started = false;
	private disposed = false;

	constructor(
		element: HTMLCanvasElement,
		/** The element that carries the figures tests read (data-framed-zone, data-zoom…). */
		private readonly host: HTMLElement,
		size: { width: number; height: number },
		private readonly session: WorkshopSession,
		private readonly presence: PresenceChannel,
		private readonly drafts: DraftStore,
		locale: Locale,
		private readonly events: BoardEvents,
	) {
		this.width = size.width;
		this.height = size.height;
		this.words = canvasWords(locale);
		this.step = session.processView.root.step;
		this.scene = new BoardScene(element, size.width, size.height);
		this.table = new TableBinding(this.scene, session, () => this.words, this.stats, this.hold, this.measure);
		this.sheets = new SheetsBinding(this.scene, session, () => this.words, this.stats, this.hold, this.measure);
		this.privateLayer = new CardLayer(this.scene, this.hold);
		this.pointer = new BoardPointer(this.scene, session, presence, this.table, this.hold, {
			pan: (dx, dy) => this.userMoved(panBy(this.transform(), dx, dy)),
			zoomAt: (factor, x, y) => this.userMoved(zoomAt(this.transform(), factor, x, y)),
			refuse: (refusal) => events.onRefusal(refusal),
			edit: (tag, screen) => this.editAt(tag, screen),
			open: (id) => this.open(id),
			dropped: (tag) => this.redrawAfterDrop(tag),
		});
		this.scene.canvas.on("before:render", () => this.stats.frameStarting());
		this.scene.canvas.on("after:render", () => this.stats.frameDrawn());
		this.scene.canvas.once("after:render", () => this.makeLater());
		this.scene.onRequestRender = () => this.stats.needsFrame();
	}

	start(): void {
		if (this.framing.auto && !this.following) {
			// The view it opens on (the step's zone, and as much again around it): the other zones' cards wait for the first frame.
			const t = this.framing.frame(currentStep(this.session.processView.root), this.width, this.height);
			this.scene.deferOffView(aroundView(t, this.width, this.height));
		}
		this.table.start();
		this.sheets.start();
		this.drawPrivate();
		const process = this.session.processView.root;
		this.offs.push(
			Tree.on(
				process,
				"nodeChanged",
				oncePerCommand(() => {
					this.table.drawTray();
					this.drawPrivate();
					if (process.step !== this.step) {
						this.step = process.step;
						this.framing.stepChanged();
						this.autoFrame();
					}
				}),
			),
		);
		this.offs.push(
			Tree.on(
				this.session.boardView.root.problematiques,
				"nodeChanged",
				oncePerCommand(() => this.drawPrivate()),
			),
		);
		this.offs.push(this.drafts.subscribe(() => this.drawPrivate()));
		this.offs.push(this.presence.onRemote((update) => this.remotePresence(update)));
		this.pointer.wire();
		if (!this.autoFrame()) this.apply(this.transform(), false);
		this.started = true;
	}

	/** After the first frame, the cards kept for later, a few per task (a gesture or a remote change may come between). */
	private makeLater(): void {
		const some = () => {
			if (!this.disposed && this.scene.makeDeferred(12) > 0) setTimeout(some, 0);
		};
		setTimeout(some, 0);
	}

	dispose(): void {
		this.disposed = true;
		for (const off of this.offs) off();
		this.pointer.dispose();
		this.table.stop();
		this.sheets.stop();
		this.scene.dispose();
	}

	/** A codev group's earlier offers, by author, as each note says them (from the server). */
	setPriorOffers(offers: ReadonlyMap<string, string>): void {
		this.table.setPriorOffers(offers);
	}

	setLocale(locale: Locale): void {
		// The page sets it again once the board is made: the same language redraws nothing.
		if (locale === this.words.locale) return;
		this.words = canvasWords(locale);
		this.sheets.drawAll();
		this.table.refreshAll();
		this.drawPrivate();
	}

	resize(width: number, height: number): void {
		if (width === this.width && height === this.height) return;
		this.width = width;
		this.height = height;
		this.scene.resize(width, height);
		if (!this.autoFrame()) this.apply(this.transform(), false);
	}

	/** What a test reads: every card drawn, as data. */
	cards(): CardSpec[] {
		return [...this.scene.allCards()];
	}

	figures(): FrameFigures {
		return this.framing.figures(this.scene.allCards(), this.transform(), this.width, this.height);
	}

	// ------------------------------------------------------------ view

	/** May I write my private problématique now (the session's reader)? */
	private mayWriteDraft(): boolean {
		const { me } = this.session;
		return mayWriteProblematique(this.session.processView.root, me.userId, me.role === "observer");
	}

	private apply(t: Transform, mine: boolean): void {
		// The view moves: what it may show now is made at once.
		if (this.started) this.scene.makeDeferred();
		this.scene.canvas.setViewportTransform(t);
		// Read by end-to-end tests to turn world positions into screen positions.
		this.scene.canvas.wrapperEl.dataset.viewport = JSON.stringify(t);
		this.publishFigures();
		this.scene.requestRender();
		if (mine && this.session.processView.root.facilitatorId === this.session.me.userId) {
			this.presence.set({ view: toPortable(t, this.width, this.height) });
		}
	}

	private publishFigures(): void {
		const f = this.figures();
		const d = this.host.dataset;
		d.framedZone = f.zone;
		d.zoom = f.zoom.toFixed(3);
		d.minTextPx = f.minTextPx === undefined ? "" : f.minTextPx.toFixed(1);
		d.dotPx = f.dotPx.toFixed(1);
		d.autoFrame = f.auto ? "on" : "off";
	}

	private userMoved(t: Transform): void {
		if (this.following) this.setFollowing(false);
		this.framing.moved();
		this.apply(t, true);
	}

	/** Frames the step's zone if automatic framing is on; says whether it did. */
	private autoFrame(): boolean {
		if (!this.framing.auto || this.following) return false;
		this.apply(this.framing.frame(currentStep(this.session.processView.root), this.width, this.height), true);
		return true;
	}

	/** "Cadrer l'étape en cours": frames the step and turns automatic framing back on. */
	fitStep(): void {
		if (this.following) this.setFollowing(false);
		this.framing.resume();
		this.autoFrame();
	}

	zoomBy(factor: number): void {
		this.userMoved(zoomAt(this.transform(), factor, this.width / 2, this.height / 2));
	}

	panBy(dx: number, dy: number): void {
		this.userMoved(panBy(this.transform(), dx, dy));
	}

	setFollowing(on: boolean): void {
		this.following = on;
		this.events.onFollowChange(on);
		if (on) {
			this.framing.moved();
			const view = this.facilitatorView();
			this.apply(view ? fromPortable(view, this.width, this.height) : this.transform(), false);
		}
	}

	private facilitatorView(): PortableView | undefined {
		const id = this.session.processView.root.facilitatorId;
		return this.presence.others().find((p) => p.userId === id)?.state.view ?? undefined;
	}

	private transform(): Transform {
		return [...this.scene.canvas.viewportTransform] as Transform;
	}

	private toScreen(spec: { x: number; y: number; w: number; h: number }) {
		return worldToScreen(this.transform(), spec);
	}

	// ------------------------------------------------------------ private cards and presence

	/** My private problématique draft (only on my own canvas) where my sheet will go, and who else is writing. */
	private drawPrivate(): void {
		const ctx = this.session.context();
		const draft = this.drafts.get().problematique;
		if (this.mayWriteDraft() && draft.trim() !== "" && problematiqueIdOf(ctx.board, ctx.me.id) === undefined) {
			this.privateLayer.put(draftSpec(draft, notePosition(0, 0, this.table.noteCount), this.words, this.measure));
		} else this.privateLayer.remove("draft:mine");
		this.drawWriting();
	}

	private drawWriting(): void {
		const stepZone = zoneOfStep(currentStep(this.session.processView.root));
		const perZone = new Map<ZoneId, number>();
		const keep = new Set<string>(["draft:mine"]);
		for (const w of this.presence.others()) {
			const what = w.state.writing;
			if (what === null || what === undefined) continue;
			const zone = WRITING_ZONE[what] ?? stepZone;
			const index = perZone.get(zone) ?? 0;
			perZone.set(zone, index + 1);
			const name = memberName(this.session.boardView.root, w.userId);
			const spec = writingSpec(w.userId, name, zone, index, this.words, this.measure);
			keep.add(spec.id);
			this.privateLayer.put(spec);
		}
		for (const id of this.scene.idsOf("writing")) if (!keep.has(id)) this.privateLayer.remove(id);
	}

	private remotePresence(update: RemotePresence): void {
		this.drawWriting();
		const { drag, view } = update.state;
		if (drag && !this.hold.is(drag.id)) {
			if (drag.kind === "dot") this.scene.moveDot(drag.id, drag.x, drag.y);
			else {
				const object = this.scene.cardObject(drag.id);
				object?.set({ left: drag.x, top: drag.y });
				object?.setCoords();
				this.scene.requestRender();
			}
		}
		if (view && this.following && update.userId === this.session.processView.root.facilitatorId) {
			this.apply(fromPortable(view, this.width, this.height), false);
		}
	}

	// ------------------------------------------------------------ editing and reading

	/** Double-click: my draft, or my own note on the table, opens in place, over the card or at the point. */
	private editAt(tag: Tag | undefined, screen: Point): void {
		const ctx = this.session.context();
		const me = this.session.me.userId;
		let request: Omit<EditRequest, "rect" | "bounds"> | undefined;
		if (tag?.kind === "problematique") {
			const note = problematiqueOf(ctx.board, tag.id);
			if (note?.authorId === me && canRun(putOnTable, ctx, { text: note.text }).ok)
				request = { kind: "problematique", id: note.id, text: note.text };
		} else if (
			(tag === undefined || tag.id === "draft:mine") &&
			this.mayWriteDraft() &&
			problematiqueIdOf(ctx.board, ctx.me.id) === undefined
		) {
			request = { kind: "draft", id: "draft:mine", text: this.drafts.get().problematique };
		}
		if (!request) return;
		const spec = tag ? this.scene.card(tag.id) : undefined;
		const rect = this.toScreen(spec ?? { ...this.scene.toWorld(screen.x, screen.y), w: NOTE_W, h: NOTE_H });
		this.events.onEdit({ ...request, rect, bounds: { width: this.width, height: this.height } });
	}

	private open(id: string): void {
		const spec = this.scene.card(id);
		if (!spec?.full) return;
		this.events.onOpen({
			id,
			title: spec.full.title,
			text: spec.full.text,
			rect: this.toScreen(spec),
			bounds: { width: this.width, height: this.height },
		});
	}

	/** Enter on the board: the selected card's whole text, if it is cut. */
	openSelected(): boolean {
		const tag = tagOf(this.scene.canvas.getActiveObject() ?? undefined);
		if (!tag || !this.scene.card(tag.id)?.full) return false;
		this.open(tag.id);
		return true;
	}

	/** Delete or Backspace on my own selected card takes it back. */
	withdrawSelected(): void {
		const tag = tagOf(this.scene.canvas.getActiveObject() ?? undefined);
		if (tag?.kind !== "problematique" && tag?.kind !== "rebond" && tag?.kind !== "note") return;
		const verdict = this.session.run(withdrawCard, { kind: tag.kind, id: tag.id });
		if (!verdict.ok) this.events.onRefusal({ reason: verdict.reason, moving: false });
	}

	private redrawAfterDrop(tag: Tag): void {
		if (tag.kind === "tray-dot" || tag.kind === "dot") {
			this.scene.removeDot(tag.id);
			this.table.drawTray();
			if (tag.kind === "dot") {
				const target = this.table.dotTarget(tag.id);
				if (target) this.table.redrawNote(target);
			}
		} else if (tag.kind === "problematique") this.table.redrawNote(tag.id);
		else this.sheets.redraw(tag.kind);
		this.scene.requestRender();
	}
}
