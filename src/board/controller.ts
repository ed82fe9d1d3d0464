/**
 * The board: the fabric scene, the bindings that keep it in step with the tree, the
 * pointer handling that turns drags into commands, presence (live drags, who writes,
 * the facilitator's view) and the viewport. Handlers only translate events into
 * commands; the rules stay in the command layer.
 */
import { Tree } from "fluid-framework";
import type { TPointerEventInfo } from "fabric";
import type { Verdict } from "../domain/actions";
import type { Locale } from "../domain/locale";
import type { IdeaSource } from "../domain/recolte";
import { moveDot, placeDot, takeBackDot } from "../fluid/commands/board";
import { harvestIdea, moveProblematique, movePlanAction, withdrawCard } from "../fluid/commands/sheets";
import type { PresenceChannel, RemotePresence } from "../fluid/presence";
import { currentStep } from "../fluid/read";
import type { WorkshopSession } from "../fluid/session";
import type { DraftStore } from "../session/drafts";
import { NOTE_H, NOTE_W, RECOLTE_IDEAS, RECOLTE_PLAN, ZONES, contains, fitRect, gridSlot } from "./layout";
import { BoardScene, tagOf, type Tag } from "./scene";
import { SheetsBinding } from "./sheetsBinding";
import { BoardStats } from "./stats";
import { TableBinding } from "./tableBinding";
import { fitTransform, fromPortable, panBy, toPortable, zoomAt, type PortableView, type Transform } from "./viewport";
import { canvasWords, type CanvasWords } from "./words";

export interface BoardEvents {
	/** A command was refused (shown to the person, with the reason). */
	onRefusal(verdict: Extract<Verdict, { ok: false }>): void;
	/** Following the facilitator stopped because this person moved the view. */
	onFollowChange(following: boolean): void;
	/** Edit a card's text in place: the interface opens an editor over it. */
	onEdit(request: EditRequest): void;
}

export interface EditRequest {
	/** "draft" is my private problématique; "problematique" my own note on the table. */
	readonly kind: "draft" | "problematique";
	readonly id: string;
	readonly text: string;
	/** Where the card is on screen, relative to the canvas. */
	readonly rect: { readonly left: number; readonly top: number; readonly width: number; readonly height: number };
}

export class BoardController {
	readonly scene: BoardScene;
	readonly table: TableBinding;
	readonly sheets: SheetsBinding;
	readonly stats = new BoardStats();
	private words: CanvasWords;
	private following = false;
	private panning: { x: number; y: number } | undefined;
	private readonly offs: (() => void)[] = [];
	private width: number;
	private height: number;

	constructor(
		element: HTMLCanvasElement,
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
		this.scene = new BoardScene(element, size.width, size.height);
		this.table = new TableBinding(this.scene, session, () => this.words, this.stats);
		this.sheets = new SheetsBinding(this.scene, session, () => this.words, this.stats);
		this.scene.canvas.on("after:render", () => this.stats.frameDrawn());
		this.scene.onRequestRender = () => this.stats.needsFrame();
	}

	start(): void {
		this.table.start();
		this.sheets.start();
		this.drawPrivate();
		const process = this.session.processView.root;
		this.offs.push(
			Tree.on(process, "nodeChanged", () => {
				this.table.drawTray();
				this.sheets.refreshRights();
				this.drawPrivate();
			}),
		);
		this.offs.push(this.drafts.subscribe(() => this.drawPrivate()));
		this.offs.push(this.presence.onRemote((update) => this.remotePresence(update)));
		this.wirePointer();
		this.fitStep();
	}

	dispose(): void {
		for (const off of this.offs) off();
		this.table.stop();
		this.sheets.stop();
		this.scene.dispose();
	}

	setLocale(locale: Locale): void {
		this.words = canvasWords(locale);
		this.sheets.drawZones();
	}

	resize(width: number, height: number): void {
		this.width = width;
		this.height = height;
		this.scene.resize(width, height);
	}

	// ------------------------------------------------------------ view

	private apply(t: Transform, mine: boolean): void {
		this.scene.canvas.setViewportTransform(t);
		// Read by end-to-end tests to turn world positions into screen positions.
		this.scene.canvas.wrapperEl.dataset.viewport = JSON.stringify(t);
		this.scene.requestRender();
		if (mine && this.session.processView.root.facilitatorId === this.session.me.userId) {
			this.presence.set({ view: toPortable(t, this.width, this.height) });
		}
	}

	private userMoved(t: Transform): void {
		if (this.following) this.setFollowing(false);
		this.apply(t, true);
	}

	fitStep(): void {
		const rect = fitRect(currentStep(this.session.processView.root));
		this.userMoved(fitTransform(rect, this.width, this.height));
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
			const view = this.facilitatorView();
			if (view) this.apply(fromPortable(view, this.width, this.height), false);
		}
	}

	private facilitatorView(): PortableView | undefined {
		const id = this.session.processView.root.facilitatorId;
		return this.presence.others().find((p) => p.userId === id)?.state.view ?? undefined;
	}

	private transform(): Transform {
		return [...this.scene.canvas.viewportTransform] as Transform;
	}

	// ------------------------------------------------------------ private cards and presence

	/** My private problématique draft (only on my own canvas) and who else is writing. */
	private drawPrivate(): void {
		const process = this.session.processView.root;
		const step = currentStep(process);
		const mineOnTable = this.session.boardView.root.problematiques.some((p) => p.authorId === this.session.me.userId);
		const draft = this.drafts.get().problematique;
		const show = (step === "recherche" || step === "partage") && draft.trim() !== "" && !mineOnTable;
		if (show) {
			const slot = gridSlot(ZONES.problematiques, 0, NOTE_W, NOTE_H, ZONES.problematiques.h - NOTE_H - 20);
			this.scene.upsertCard({
				id: "draft:mine",
				kind: "draft",
				...slot,
				w: NOTE_W,
				h: NOTE_H,
				fill: "#ffffff",
				dashed: true,
				title: this.words.privateDraft,
				body: draft,
			});
		} else this.scene.removeCard("draft:mine");
		this.drawWriting();
	}

	private drawWriting(): void {
		const writers = this.presence.others().filter((p) => p.state.writing !== null);
		const keep = new Set(writers.map((w) => `writing:${w.userId}`));
		for (const id of this.scene.idsOf("draft")) if (id.startsWith("writing:") && !keep.has(id)) this.scene.removeCard(id);
		writers.forEach((w, i) => {
			const name = this.session.boardView.root.members.get(w.userId)?.name ?? "";
			const slot = gridSlot(ZONES.problematiques, i + 1, NOTE_W, 60, ZONES.problematiques.h - NOTE_H - 20);
			this.scene.upsertCard({
				id: `writing:${w.userId}`,
				kind: "draft",
				...slot,
				w: NOTE_W,
				h: 60,
				fill: "#f3f2f1",
				dashed: true,
				title: this.words.writing(name),
				body: "",
			});
		});
	}

	private remotePresence(update: RemotePresence): void {
		this.drawWriting();
		const { drag, view } = update.state;
		if (drag) {
			const object = drag.kind === "dot" ? this.scene.dotObject(drag.id) : this.scene.cardObject(drag.id);
			if (object && !this.isHeld(drag.id)) {
				object.set({ left: drag.x, top: drag.y });
				object.setCoords();
				this.scene.requestRender();
			}
		}
		if (view && this.following && update.userId === this.session.processView.root.facilitatorId) {
			this.apply(fromPortable(view, this.width, this.height), false);
		}
	}

	private isHeld(id: string): boolean {
		return this.table.hold?.id === id || this.sheets.heldId === id;
	}

	// ------------------------------------------------------------ pointer

	private wirePointer(): void {
		const canvas = this.scene.canvas;
		canvas.on("mouse:wheel", (e: TPointerEventInfo<WheelEvent>) => {
			const event = e.e;
			event.preventDefault();
			const rect = canvas.upperCanvasEl.getBoundingClientRect();
			this.userMoved(zoomAt(this.transform(), event.deltaY > 0 ? 0.9 : 1.1, event.clientX - rect.left, event.clientY - rect.top));
		});
		canvas.on("mouse:down", (e) => {
			if (e.target && tagOf(e.target)) return;
			const p = e.viewportPoint;
			this.panning = { x: p.x, y: p.y };
		});
		canvas.on("mouse:move", (e) => {
			if (!this.panning) return;
			const p = e.viewportPoint;
			this.userMoved(panBy(this.transform(), p.x - this.panning.x, p.y - this.panning.y));
			this.panning = { x: p.x, y: p.y };
		});
		canvas.on("mouse:up", () => {
			this.panning = undefined;
		});
		canvas.on("mouse:dblclick", (e) => this.editAt(tagOf(e.target)));
		canvas.on("object:moving", (e) => {
			const tag = tagOf(e.target);
			if (!tag) return;
			this.holdStart(tag);
			const o = e.target;
			this.presence.set({
				drag: { kind: tag.kind === "problematique" ? "problematique" : tag.kind === "dot" || tag.kind === "tray-dot" ? "dot" : "card", id: tag.id, x: o.left, y: o.top },
			});
		});
		canvas.on("object:modified", (e) => {
			const tag = tagOf(e.target);
			if (!tag) return;
			const { left, top } = e.target;
			// Let fabric finish its own mouse-up handling before objects are replaced.
			setTimeout(() => this.drop(tag, left, top), 0);
		});
	}

	/** Double-click: my draft, or my own note on the table, opens in place for editing. */
	private editAt(tag: Tag | undefined): void {
		const me = this.session.me.userId;
		const board = this.session.boardView.root;
		const step = currentStep(this.session.processView.root);
		let request: Omit<EditRequest, "rect"> | undefined;
		if (tag?.kind === "problematique") {
			const note = board.problematiques.find((p) => p.id === tag.id);
			if (note?.authorId === me && (step === "recherche" || step === "partage")) request = { kind: "problematique", id: note.id, text: note.text };
		} else if (
			(tag?.id === "draft:mine" || (!tag && step === "recherche")) &&
			(step === "recherche" || step === "partage") &&
			this.session.me.role === "participant"
		) {
			if (!board.problematiques.some((p) => p.authorId === me)) request = { kind: "draft", id: "draft:mine", text: this.drafts.get().problematique };
		}
		if (!request) return;
		const spec = this.scene.card(request.id) ?? {
			...gridSlot(ZONES.problematiques, 0, NOTE_W, NOTE_H, ZONES.problematiques.h - NOTE_H - 20),
			w: NOTE_W,
			h: NOTE_H,
		};
		const t = this.transform();
		this.events.onEdit({
			...request,
			rect: { left: spec.x * t[0] + t[4], top: spec.y * t[3] + t[5], width: spec.w * t[0], height: spec.h * t[3] },
		});
	}

	/** Delete or Backspace on my own selected card takes it back. */
	withdrawSelected(): void {
		const tag = tagOf(this.scene.canvas.getActiveObject());
		if (!tag) return;
		if (tag.kind === "problematique" || tag.kind === "rebond" || tag.kind === "note") {
			this.run(this.session.run(withdrawCard, { kind: tag.kind, id: tag.id }));
		}
	}

	private holdStart(tag: Tag): void {
		if (tag.kind === "problematique" || tag.kind === "dot" || tag.kind === "tray-dot") {
			this.table.hold = { kind: tag.kind === "problematique" ? "problematique" : "dot", id: tag.id };
		} else this.sheets.heldId = tag.id;
	}

	private run(verdict: Verdict): void {
		if (!verdict.ok) this.events.onRefusal(verdict);
	}

	/** A drop becomes one command; whatever it refuses goes back where it was. */
	private drop(tag: Tag, left: number, top: number): void {
		this.table.hold = undefined;
		this.sheets.heldId = undefined;
		this.presence.set({ drag: null });
		const s = this.session;
		switch (tag.kind) {
			case "problematique":
				this.run(s.run(moveProblematique, { problematiqueId: tag.id, x: Math.round(left), y: Math.round(top) }));
				break;
			case "tray-dot": {
				const target = this.table.noteAt(left, top);
				if (target) this.run(s.run(placeDot, { problematiqueId: target }));
				break;
			}
			case "dot": {
				const target = this.table.noteAt(left, top);
				const from = this.table.dotTarget(tag.id);
				if (!target) this.run(s.run(takeBackDot, { dotId: tag.id }));
				else if (target !== from) this.run(s.run(moveDot, { dotId: tag.id, problematiqueId: target }));
				break;
			}
			case "rebond":
			case "note":
			case "question":
				if (contains(RECOLTE_IDEAS, left + 20, top + 20)) {
					this.run(s.run(harvestIdea, { sourceKind: tag.kind as IdeaSource, sourceId: tag.id }));
				}
				break;
			case "plan": {
				const index = Math.max(0, Math.floor((top - (RECOLTE_PLAN.y + 70)) / 90));
				const last = s.boardView.root.plan.length - 1;
				this.run(s.run(movePlanAction, { actionId: tag.id, toIndex: Math.min(index, last) }));
				break;
			}
			default:
				break;
		}
		// Everything returns to what the tree says (a refused drop goes back to its place).
		this.redrawAfterDrop(tag);
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
		else this.sheets.refreshRights();
		this.scene.requestRender();
	}
}
