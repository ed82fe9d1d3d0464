/**
 * The other sheets (rules, formulation, questions, rebonds and shared notes, récolte
 * and plan) and the zones' frames. Each list is short (a few dozen cards at most): a
 * change re-syncs that one list, never the whole board.
 */
import { Tree, type TreeNode } from "fluid-framework";
import { keptIdeas } from "../domain/recolte";
import type { WorkshopSession } from "../fluid/session";
import {
	CARD_H,
	CARD_W,
	GAP,
	RECOLTE_IDEAS,
	RECOLTE_PLAN,
	ZONES,
	authorColor,
	rebondColumn,
	stackSlot,
	type Rect,
	type ZoneId,
} from "./layout";
import type { BoardScene, CardKind, CardSpec } from "./scene";
import type { BoardStats } from "./stats";
import type { CanvasWords } from "./words";

type Card = Omit<CardSpec, "kind" | "w" | "h"> & { w?: number; h?: number };

export class SheetsBinding {
	private readonly offs: (() => void)[] = [];
	/** The card being dragged locally keeps its place until dropped. */
	heldId: string | undefined;

	constructor(
		private readonly scene: BoardScene,
		private readonly session: WorkshopSession,
		private readonly words: () => CanvasWords,
		private readonly stats: BoardStats,
	) {}

	private get board() {
		return this.session.boardView.root;
	}

	start(): void {
		this.drawZones();
		const b = this.board;
		const watch = (node: TreeNode, draw: () => void, event: "treeChanged" | "nodeChanged" = "treeChanged") => {
			draw();
			this.offs.push(Tree.on(node, event, this.stats.wrap(draw)));
		};
		watch(b.rules, () => this.drawRules());
		// The root's own fields only (the formulation), not every change below it.
		watch(b, () => this.drawFormulation(), "nodeChanged");
		watch(b.questions, () => this.drawQuestions());
		watch(b.rebonds, () => this.drawRebonds());
		watch(b.notes, () => this.drawRebonds());
		watch(b.members, () => this.drawRebonds());
		watch(b.ideas, () => this.drawIdeas());
		watch(b.plan, () => this.drawPlan());
	}

	stop(): void {
		for (const off of this.offs) off();
	}

	/** Re-draws the zone titles (language change). */
	drawZones(): void {
		const w = this.words();
		for (const [id, rect] of Object.entries(ZONES) as [ZoneId, Rect][]) {
			this.scene.upsertCard({ id: `zone:${id}`, kind: "zone", ...rect, fill: "#faf9f8", title: w.zones[id], body: "", underlay: true });
		}
		this.scene.upsertCard({ id: "zone:ideas", kind: "zone", ...RECOLTE_IDEAS, fill: "#f3f2f1", title: "", body: w.ideas });
		this.scene.upsertCard({ id: "zone:plan", kind: "zone", ...RECOLTE_PLAN, fill: "#f3f2f1", title: "", body: w.plan });
	}

	/** Replaces every card of a kind with the given list (small lists only). */
	private replace(kind: CardKind, cards: readonly Card[]): void {
		const keep = new Set(cards.map((c) => c.id));
		for (const id of this.scene.idsOf(kind)) if (!keep.has(id)) this.scene.removeCard(id);
		for (const c of cards) {
			if (c.id === this.heldId) continue;
			this.scene.upsertCard({ kind, w: CARD_W, h: CARD_H, ...c });
		}
	}

	private name(userId: string): string {
		return this.board.members.get(userId)?.name ?? "";
	}

	private drawRules(): void {
		const column: Rect = { x: ZONES.rules.x + GAP, y: ZONES.rules.y + 60, w: CARD_W, h: 0 };
		this.replace(
			"rule",
			this.board.rules.map((r, i) => ({
				id: r.id,
				...stackSlot(column, i, 70),
				h: 70,
				fill: "#ffffff",
				title: this.name(r.authorId),
				body: r.text,
			})),
		);
	}

	private drawFormulation(): void {
		const text = this.board.formulation;
		const zone = ZONES.formulation;
		this.replace("formulation", [
			{
				id: "formulation",
				x: zone.x + GAP,
				y: zone.y + 50,
				w: zone.w - 2 * GAP,
				h: zone.h - 70,
				fill: "#ffffff",
				title: this.words().formulationPrefix,
				body: text,
			},
		]);
	}

	private drawQuestions(): void {
		const column: Rect = { x: ZONES.questions.x + GAP, y: ZONES.questions.y + 60, w: ZONES.questions.w - 2 * GAP, h: 0 };
		this.replace(
			"question",
			this.board.questions.map((q, i) => ({
				id: q.id,
				...stackSlot(column, i, 90),
				w: column.w,
				h: 90,
				fill: "#ffffff",
				title: this.name(q.authorId),
				body: q.answer ? `${q.text}\n→ ${q.answer}` : q.text,
				draggable: this.mayHarvest(),
			})),
		);
	}

	/** The offreur drags rebonds, notes and questions into the récolte. */
	private mayHarvest(): boolean {
		const p = this.session.processView.root;
		return p.offreurId === this.session.me.userId && (p.step === "recolte" || p.step === "plan");
	}

	/** One column per person who shared rebonds or notes, in the order people joined. */
	private drawRebonds(): void {
		const members = [...this.board.members.values()].sort((a, b) => a.joinedAt - b.joinedAt).map((m) => m.id);
		const authors = members.filter(
			(id) => this.board.rebonds.some((r) => r.authorId === id) || this.board.notes.some((n) => n.authorId === id),
		);
		const w = this.words();
		const rebonds: Card[] = [];
		const notes: Card[] = [];
		authors.forEach((author, column) => {
			const rect = rebondColumn(column);
			let row = 0;
			for (const r of this.board.rebonds) {
				if (r.authorId !== author) continue;
				const kind = r.kind === "reference" ? w.reference : w.temoignage;
				rebonds.push({
					id: r.id,
					...stackSlot(rect, row++),
					fill: authorColor(author),
					title: `${this.name(author)} — ${kind}`,
					body: [r.confronted, r.howMet, r.whatWorked].filter((t) => t !== "").join("\n"),
					draggable: this.mayHarvest(),
				});
			}
			for (const n of this.board.notes) {
				if (n.authorId !== author) continue;
				notes.push({
					id: n.id,
					...stackSlot(rect, row++),
					fill: "#ffffff",
					title: this.name(author),
					body: n.text,
					draggable: this.mayHarvest(),
				});
			}
		});
		this.replace("rebond", rebonds);
		this.replace("note", notes);
	}

	private drawIdeas(): void {
		this.replace(
			"idea",
			keptIdeas(this.board.ideas).map((idea, i) => ({
				id: idea.id,
				...stackSlot({ ...RECOLTE_IDEAS, x: RECOLTE_IDEAS.x + GAP, y: RECOLTE_IDEAS.y + 70 }, i),
				w: RECOLTE_IDEAS.w - 2 * GAP,
				fill: "#fff3a3",
				title: "",
				body: idea.text,
			})),
		);
	}

	private drawPlan(): void {
		const w = this.words();
		const offreur = this.session.processView.root.offreurId === this.session.me.userId;
		this.replace(
			"plan",
			this.board.plan.map((a, i) => ({
				id: a.id,
				...stackSlot({ ...RECOLTE_PLAN, x: RECOLTE_PLAN.x + GAP, y: RECOLTE_PLAN.y + 70 }, i, 80),
				w: RECOLTE_PLAN.w - 2 * GAP,
				h: 80,
				fill: "#caffbf",
				title: a.when ? `${w.when} : ${a.when}` : "",
				body: `${i + 1}. ${a.text}`,
				draggable: offreur,
			})),
		);
	}

	/** Step changes alter who may drag what: re-draw the draggable lists. */
	refreshRights(): void {
		this.drawQuestions();
		this.drawRebonds();
		this.drawPlan();
	}
}
