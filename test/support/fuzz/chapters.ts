/**
 * Where a fuzz run starts: a chapter of the workshop, reached by a valid, sequential
 * prefix of real commands (every one must be accepted), so that a run of a hundred random
 * steps spends them on the vote, the consent, the turns, the récolte or the documentation
 * rather than on getting there. The random, concurrent part begins after it.
 */
import type { Verdict } from "../../../src/domain/actions";
import { nextStep, type StepId } from "../../../src/domain/steps";
import * as board from "../../../src/fluid/commands/board";
import { execute, type Actor, type Command, type CommandContext } from "../../../src/fluid/commands/command";
import * as proc from "../../../src/fluid/commands/process";
import * as sheets from "../../../src/fluid/commands/sheets";
import { contributorIds, currentStep, ideaSourcesOf, rankingOf, waitingInPhase } from "../../../src/fluid/read";
import type { Rng } from "./prng";

export const CHAPTERS = ["invitation", "choix", "consentement", "clarification", "echanges", "recolte", "documentation"] as const;
export type Chapter = (typeof CHAPTERS)[number];

/** A run's chapter: the vote and the turns, where concurrency bites most, more often. */
export function pickChapter(rng: Rng): Chapter {
	return rng.weighted<Chapter>([
		["invitation", 1],
		["choix", 3],
		["consentement", 1],
		["clarification", 2],
		["echanges", 2],
		["recolte", 2],
		["documentation", 1],
	]);
}

type CtxOf = (actor: Actor) => CommandContext;

function must<A>(command: Command<A>, ctx: CommandContext, args: A): void {
	const verdict: Verdict = execute(command, ctx, args);
	if (!verdict.ok) throw new Error(`chapter prefix: ${command.name} by ${ctx.me.id} refused (${verdict.reason})`);
}

/** Runs the prefix that brings the workshop to `chapter`. */
export function reachChapter(chapter: Chapter, actors: readonly Actor[], ctxOf: CtxOf, rng: Rng): void {
	const facilitator = actors[0];
	if (!facilitator || chapter === "invitation") return;
	const fac = () => ctxOf(facilitator);
	const people = [
		...new Map(
			actors
				.slice(1)
				.filter((a) => !a.observer)
				.map((a) => [a.id, a]),
		).values(),
	];
	const byId = (id: string) => people.find((a) => a.id === id) ?? facilitator;
	const goTo = (step: StepId) => {
		while (currentStep(fac().process) !== step) {
			const next = nextStep(currentStep(fac().process));
			if (!next) throw new Error(`chapter prefix: no step ${step}`);
			must(proc.moveStep, fac(), { to: next });
		}
	};
	goTo("regles");
	must(board.addRule, fac(), { text: "Bienveillance" });
	goTo("partage");
	for (const a of people) must(board.putOnTable, ctxOf(a), { text: `La problématique de ${a.name}` });
	goTo("choix");
	for (const a of people) {
		for (let i = rng.int(1, 3); i > 0; i--) {
			const ctx = ctxOf(a);
			const target = rng.pick(ctx.board.problematiques.map((p) => p.id));
			execute(board.placeDot, ctx, { problematiqueId: target });
		}
	}
	if (chapter === "choix") return;
	goTo("consentement");
	const group = rankingOf(fac().process, fac().board)[0];
	if (group && group.ids.length > 1) must(proc.decideTie, fac(), { problematiqueId: rng.pick(group.ids) });
	must(proc.askConsent, fac(), {});
	if (chapter === "consentement") return;
	const asked = fac().process.consent.askedId ?? "";
	const author = byId(fac().board.problematiques.find((p) => p.id === asked)?.authorId ?? "");
	must(board.answerConsentRequest, ctxOf(author), { answer: "yes" });
	must(proc.recordConsent, fac(), { problematiqueId: asked, answer: "yes" });
	goTo("clarification");
	if (chapter === "clarification") return;
	for (const id of waitingInPhase(fac().process, fac().board, "clarification")) {
		must(board.askQuestion, ctxOf(byId(id)), { text: `Une question de ${byId(id).name} ?` });
	}
	goTo("reformulation");
	must(sheets.writeFormulation, ctxOf(author), { text: "J'aimerais que le groupe m'aide à avancer" });
	goTo("echanges");
	if (chapter === "echanges") return;
	for (const id of contributorIds(fac().process, fac().board)) {
		must(sheets.shareRebond, ctxOf(byId(id)), { confronted: "Oui", howMet: "En parlant", whatWorked: "", kind: "temoignage" });
		must(proc.giveFloor, fac(), { userId: id, phase: "echanges" });
	}
	goTo("recolte");
	if (chapter === "recolte") return;
	for (const source of ideaSourcesOf(fac().board).slice(0, 2)) {
		must(sheets.harvestIdea, ctxOf(author), { sourceKind: source.kind, sourceId: source.id });
	}
	goTo("plan");
	must(sheets.addPlanAction, ctxOf(author), { text: "Appeler Paul", when: "lundi" });
	goTo("documentation");
	// Everyone but one has agreed: the random steps decide whether documentation opens.
	for (const a of [facilitator, ...people].slice(0, -1)) must(sheets.agreeDocumentation, ctxOf(a), { agree: true });
}
