/**
 * The other sheets (rules, the chosen problématique and its formulation, questions,
 * rebonds and shared notes, récolte and plan) and the zones' frames. Each list is short
 * (a few dozen cards at most): a change re-syncs that one list, never the whole board.
 */
import { Tree, type TreeNode } from "fluid-framework";
import { oncePerCommand } from "../fluid/commands/command";
import { isIdeaSource } from "../domain/recolte";
import { whenOf } from "../domain/documentation";
import { stepTitle } from "../domain/instructions";
import type { StepId } from "../domain/steps";
import { formulationOf, notesOf, planOf, questionsOf, rebondsOf, rulesOf } from "../fluid/bounded";
import { currentStep, memberName, membersInOrder } from "../fluid/read";
import { chosenProblematiqueOf, decidedIdeasOf } from "../fluid/sealed";
import type { WorkshopSession } from "../fluid/session";
import {
	chosenSpec,
	derouleSpecs,
	formulationSpec,
	ideaSpec,
	planSpec,
	questionSpec,
	rebondSpecs,
	ruleSpec,
	zoneSpecs,
} from "./cardSpecs";
import type { Hold } from "./hold";
import { CardLayer } from "./reconcile";
import type { BoardScene } from "./scene";
import type { BoardStats } from "./stats";
import type { Measure } from "./textFit";
import type { CanvasWords } from "./words";

type LayerName = "zones" | "deroule" | "rules" | "formulation" | "questions" | "rebonds" | "ideas" | "plan";

export class SheetsBinding {
	private readonly offs: (() => void)[] = [];
	private readonly layers: Record<LayerName, CardLayer>;
	/** The step the déroulé was last drawn for. */
	private derouleStep: StepId | undefined;

	constructor(
		scene: BoardScene,
		private readonly session: WorkshopSession,
		private readonly words: () => CanvasWords,
		private readonly stats: BoardStats,
		hold: Hold,
		private readonly measure: Measure,
		/** A person's name on the cards (the board photo leaves anonymous people's out). */
		private readonly nameOf?: (userId: string) => string,
	) {
		const layer = () => new CardLayer(scene, hold);
		this.layers = {
			zones: layer(),
			deroule: layer(),
			rules: layer(),
			formulation: layer(),
			questions: layer(),
			rebonds: layer(),
			ideas: layer(),
			plan: layer(),
		};
	}

	private get board() {
		return this.session.boardView.root;
	}

	start(): void {
		this.drawZones();
		const b = this.board;
		const watch = (node: TreeNode, draw: () => void, event: "treeChanged" | "nodeChanged" = "treeChanged", now = true) => {
			if (now) draw();
			this.offs.push(Tree.on(node, event, oncePerCommand(this.stats.wrap(draw))));
		};
		// The process's fields change more often than its step: the déroulé only follows the step.
		watch(this.session.processView.root, () => this.drawDeroule(false), "nodeChanged");
		// The process's own fields also hold the sealed choice and ideas (read instead of the board once sealed).
		watch(this.session.processView.root, () => this.drawSealed(), "nodeChanged");
		watch(b.rules, () => this.drawRules());
		// The root's own fields only (the formulation), not every change below it.
		watch(b, () => this.drawFormulation(), "nodeChanged");
		watch(this.session.processView.root.consent, () => this.drawFormulation(), "nodeChanged");
		watch(b.questions, () => this.drawQuestions());
		watch(b.rebonds, () => this.drawRebonds());
		watch(b.notes, () => this.drawRebonds());
		// A renamed member: every sheet again (all drawn above already).
		watch(b.members, () => this.drawAll(), "treeChanged", false);
		watch(b.ideas, () => this.drawIdeas());
		watch(b.plan, () => this.drawPlan());
	}

	stop(): void {
		for (const off of this.offs) off();
	}

	/** Every sheet again (a language change, a renamed member). */
	drawAll(): void {
		this.drawZones();
		this.drawDeroule();
		this.drawRules();
		this.drawFormulation();
		this.drawQuestions();
		this.drawRebonds();
		this.drawIdeas();
		this.drawPlan();
	}

	private drawZones(): void {
		this.layers.zones.sync(zoneSpecs(this.words(), this.measure));
	}

	/** The process infographic, the group's step marked (18 cards, redrawn when the step changes). */
	private drawDeroule(always = true): void {
		const step = currentStep(this.session.processView.root);
		if (!always && step === this.derouleStep) return;
		this.derouleStep = step;
		const w = this.words();
		this.layers.deroule.sync(derouleSpecs(step, (s) => stepTitle(s, w.locale), w, this.measure));
	}

	private drawSealed(): void {
		this.drawFormulation();
		this.drawIdeas();
	}

	private name(userId: string): string {
		return this.nameOf ? this.nameOf(userId) : memberName(this.board, userId);
	}

	private drawRules(): void {
		this.layers.rules.sync(
			rulesOf(this.board).map((r, i) => ruleSpec({ id: r.id, authorName: this.name(r.authorId), text: r.text }, i, this.measure)),
		);
	}

	/** The chosen problématique (from consent on) above the offreur's request. */
	private drawFormulation(): void {
		const chosen = chosenProblematiqueOf(this.session.processView.root, this.board);
		const w = this.words();
		this.layers.formulation.sync([
			...(chosen ? [chosenSpec(this.name(chosen.authorId), chosen.text, w, this.measure)] : []),
			formulationSpec(formulationOf(this.board), w, this.measure),
		]);
	}

	private drawQuestions(): void {
		this.layers.questions.sync(
			questionsOf(this.board).map((q, i) =>
				questionSpec({ id: q.id, authorName: this.name(q.authorId), text: q.text, answer: q.answer }, i, this.measure),
			),
		);
	}

	/** Grouped by author, in the order people joined. */
	private drawRebonds(): void {
		const rebonds = rebondsOf(this.board);
		const notes = notesOf(this.board);
		const writers = new Set([...rebonds, ...notes].map((c) => c.authorId));
		const authors = membersInOrder(this.board)
			.map((m) => m.id)
			.filter((id) => writers.has(id));
		this.layers.rebonds.sync(rebondSpecs(authors, rebonds, notes, (id) => this.name(id), this.words(), this.measure));
	}

	/** The kept ideas, each titled with its source and author. */
	private drawIdeas(): void {
		const w = this.words();
		this.layers.ideas.sync(
			decidedIdeasOf(this.session.processView.root, this.board).map((idea, i) => {
				const kind = isIdeaSourceKind(idea.sourceKind);
				const authorId = idea.authorId;
				return ideaSpec(
					{
						id: idea.id,
						text: idea.text,
						sourceKind: kind,
						sourceAuthor: authorId !== undefined ? this.name(authorId) : undefined,
					},
					i,
					w,
					this.measure,
				);
			}),
		);
	}

	private drawPlan(): void {
		const w = this.words();
		this.layers.plan.sync(
			planOf(this.board).map((a, i) => planSpec({ id: a.id, text: a.text, when: whenOf(a, w.locale) }, i, w, this.measure)),
		);
	}

	/** A card of these sheets, back to what the tree says (after a local drop). */
	redraw(kind: string): void {
		if (kind === "plan") this.drawPlan();
		else if (kind === "question") this.drawQuestions();
		else this.drawRebonds();
	}
}

function isIdeaSourceKind(kind: string) {
	return isIdeaSource(kind) ? kind : undefined;
}
