/**
 * The fuzz tests' command generator: for one client, one command of the registry with
 * arguments drawn from what that client sees (its own, possibly stale, view). Mostly a
 * command its `canRun` accepts (so the workshop moves on: problématiques, votes, consent,
 * turns, récolte…), sometimes any command at all (mostly refused: a refusal must change
 * nothing). Texts are short, empty, exactly at their limit or one past it, with accents
 * and emoji (limits count code points).
 */
import { LIMITS, type LimitedField } from "../../../src/domain/limits";
import { nextStep, previousStep, STEP_IDS } from "../../../src/domain/steps";
import { mayActNow } from "../../../src/domain/actions";
import { canRun, myRole, type CommandContext } from "../../../src/fluid/commands/command";
import { COMMANDS, type AnyCommand } from "../../../src/fluid/commands/registry";
import {
	currentStep,
	ideaSourcesOf,
	membersInOrder,
	personalTurnCandidates,
	processState,
	waitingInPhase,
} from "../../../src/fluid/read";
import type { Rng } from "./prng";

export interface Proposal {
	readonly command: AnyCommand;
	readonly args: unknown;
}

/**
 * Registered commands the fuzz does not generate: handing over the facilitation needs
 * the server to move the authority first (tokens), and changes who the contributors are
 * in the middle of a phase, which the turn invariants assume fixed.
 */
export const NOT_GENERATED: readonly string[] = ["handOver"];

const CHARS = ["a", "b", "é", "ç", "x", "😀", "t", "e"];

function word(rng: Rng, length: number): string {
	let out = "";
	for (let i = 0; i < length; i++) out += rng.pick(CHARS);
	return out;
}

/** A text for a limited field: mostly short, sometimes empty, at the limit, or one past it. */
export function textFor(rng: Rng, field: LimitedField): string {
	const max = LIMITS[field];
	const r = rng.next();
	if (r < 0.04) return rng.pick(["", "   "]);
	// Surrounding spaces are trimmed by the commands: they never count.
	if (r < 0.1) return `${rng.chance(0.5) ? "  " : ""}${word(rng, max)}${rng.chance(0.5) ? " " : ""}`;
	if (r < 0.14) return word(rng, max + 1);
	const words = rng.int(1, 5);
	return Array.from({ length: words }, () => word(rng, rng.int(1, 8))).join(" ");
}

function idOf<T extends { readonly id: string }>(rng: Rng, items: Iterable<T>): string {
	const list = [...items];
	return list.length === 0 || rng.chance(0.08) ? `unknown-${rng.int(0, 9)}` : rng.pick(list).id;
}

function userIdOf(rng: Rng, ctx: CommandContext, preferred: readonly string[]): string {
	if (preferred.length > 0 && rng.chance(0.6)) return rng.pick(preferred);
	const members = membersInOrder(ctx.board).map((m) => m.id);
	return members.length === 0 || rng.chance(0.1) ? "nobody" : rng.pick(members);
}

function phaseOf(rng: Rng, ctx: CommandContext): "clarification" | "echanges" {
	const step = currentStep(ctx.process);
	if (step === "clarification" || step === "echanges") return rng.chance(0.9) ? step : rng.pick(["clarification", "echanges"]);
	return rng.pick(["clarification", "echanges"]);
}

function stepTarget(rng: Rng, ctx: CommandContext): string {
	const step = currentStep(ctx.process);
	const r = rng.next();
	if (r < 0.92) return nextStep(step) ?? step;
	if (r < 0.96) return previousStep(step) ?? step;
	if (r < 0.99) return rng.pick(STEP_IDS);
	return "not-a-step";
}

function dueOf(rng: Rng): string | undefined {
	return rng.pick([undefined, "", "2026-12-24", "2027-02-30", "demain"]);
}

/** Arguments for a command, drawn from the client's view; undefined for a command not generated. */
export function argsFor(name: string, ctx: CommandContext, rng: Rng): unknown {
	const b = ctx.board;
	const p = ctx.process;
	const myDots = () => b.dots.filter((d) => d.voterId === ctx.me.id);
	switch (name) {
		case "addRule":
			return { text: textFor(rng, "rule") };
		case "putOnTable":
			return { text: textFor(rng, "problematique"), x: rng.int(0, 500), y: rng.int(0, 500) };
		case "placeDot":
			return { problematiqueId: idOf(rng, b.problematiques) };
		case "moveDot":
			return { dotId: idOf(rng, rng.chance(0.9) ? myDots() : b.dots), problematiqueId: idOf(rng, b.problematiques) };
		case "takeBackDot":
			return { dotId: idOf(rng, rng.chance(0.9) ? myDots() : b.dots) };
		case "answerConsent":
			return { answer: rng.chance(0.7) ? "yes" : "no" };
		case "askQuestion":
			return { text: textFor(rng, "question") };
		case "answerQuestion":
			return { questionId: idOf(rng, b.questions), text: textFor(rng, "answer") };
		case "raiseHand":
			return { raised: rng.chance(0.75) };
		case "moveStep":
			return { to: stepTarget(rng, ctx) };
		case "pauseStepTimer":
		case "resumeStepTimer":
		case "askConsent":
		case "endWorkshop":
		case "clearRecall":
		case "endTurn":
			return {};
		case "addStepTime":
			return { ms: rng.pick([60_000, -60_000, 300_000, Number.NaN]) };
		case "setVoteOpen":
			return { open: rng.chance(0.6) };
		case "setVoteRevealed":
			return { revealed: rng.chance(0.6) };
		case "decideTie":
			return { problematiqueId: idOf(rng, b.problematiques) };
		case "recordConsent": {
			// As the facilitator's client does: the asked person's answer, found on the board.
			const asked = p.consent.askedId;
			const answer = b.consentAnswers.find((a) => a.problematiqueId === asked);
			return answer && rng.chance(0.9)
				? { problematiqueId: answer.problematiqueId, answer: answer.answer }
				: { problematiqueId: idOf(rng, b.problematiques), answer: rng.chance(0.5) ? "yes" : "no" };
		}
		case "giveFloor":
		case "passTurn": {
			const phase = phaseOf(rng, ctx);
			return { userId: userIdOf(rng, ctx, waitingInPhase(p, b, phase)), phase };
		}
		case "recallRule":
			return rng.chance(0.5) ? { kind: "posture" } : { kind: "rule", ruleId: idOf(rng, b.rules) };
		case "startPersonalTurn":
			return { userId: userIdOf(rng, ctx, personalTurnCandidates(p, b)) };
		case "setStepMinutes":
			return { step: rng.pick(STEP_IDS), minutes: rng.int(-5, 60) };
		case "writeFormulation":
			return { text: textFor(rng, "formulation") };
		case "shareRebond":
			return {
				confronted: textFor(rng, "rebondField"),
				howMet: rng.chance(0.5) ? "" : textFor(rng, "rebondField"),
				whatWorked: rng.chance(0.5) ? "" : textFor(rng, "rebondField"),
				kind: rng.pick(["temoignage", "reference", "reference", "temoignage", "conseil"]),
			};
		case "shareNote":
			return { text: textFor(rng, "note") };
		case "harvestIdea": {
			const sources = ideaSourcesOf(b);
			if (sources.length === 0 || rng.chance(0.08)) return { sourceKind: rng.pick(["rebond", "avis"]), sourceId: "unknown" };
			const source = rng.pick(sources);
			return { sourceKind: source.kind, sourceId: source.id };
		}
		case "releaseIdea":
			return { ideaId: idOf(rng, b.ideas) };
		case "addPlanAction":
			return { text: textFor(rng, "action"), when: rng.chance(0.5) ? "" : textFor(rng, "when"), due: dueOf(rng) };
		case "editPlanAction":
			return { actionId: idOf(rng, b.plan), text: textFor(rng, "action"), when: textFor(rng, "when"), due: dueOf(rng) };
		case "movePlanAction":
			return { actionId: idOf(rng, b.plan), toIndex: rng.int(-1, b.plan.length) };
		case "removePlanAction":
			return { actionId: idOf(rng, b.plan) };
		case "addLearning":
			return { text: textFor(rng, "learning") };
		case "agreeDocumentation": {
			const agree = rng.chance(0.8);
			return {
				agree,
				anonymous: rng.chance(0.3) ? !agree || rng.chance(0.5) : undefined,
				reason: rng.chance(0.3) ? textFor(rng, "reason") : undefined,
			};
		}
		case "writeDocumentation":
			return { text: textFor(rng, rng.chance(0.9) ? "note" : "documentation") };
		case "moveProblematique":
			return { problematiqueId: idOf(rng, b.problematiques), x: rng.int(0, 800), y: rng.chance(0.05) ? Number.NaN : 10 };
		case "withdrawCard": {
			const kind = rng.pick(["problematique", "rebond", "note"] as const);
			const list = kind === "problematique" ? b.problematiques : kind === "rebond" ? b.rebonds : b.notes;
			return { kind, id: idOf(rng, rng.chance(0.9) ? list.filter((c) => c.authorId === ctx.me.id) : list) };
		}
		default:
			return undefined;
	}
}

/** How often an allowed command is picked (1 unless said): steps move on, cards are rarely withdrawn. */
function weightOf(name: string, ctx: CommandContext, moveWeight: number): number {
	switch (name) {
		case "moveStep":
			return moveWeight;
		case "endWorkshop":
			return currentStep(ctx.process) === "documentation" ? 0.3 : 0.005;
		case "withdrawCard":
			return 0.15;
		case "pauseStepTimer":
		case "resumeStepTimer":
		case "addStepTime":
		case "setStepMinutes":
		case "clearRecall":
		case "recallRule":
		case "endTurn":
		case "setVoteOpen":
		case "setVoteRevealed":
			return 0.1;
		case "askConsent":
		case "recordConsent":
		case "answerConsent":
		case "decideTie":
		case "placeDot":
		case "harvestIdea":
		case "giveFloor":
		case "passTurn":
		case "askQuestion":
		case "shareRebond":
		case "putOnTable":
		case "raiseHand":
		case "agreeDocumentation":
		case "writeDocumentation":
		case "addPlanAction":
			return 3;
		default:
			return 1;
	}
}

/**
 * One command for this client. `moveWeight` is how readily the facilitator moves to
 * another step (the pace raises it once a step has had its share).
 */
export function propose(ctx: CommandContext, rng: Rng, moveWeight: number): Proposal {
	const generated = COMMANDS.filter((c) => !NOT_GENERATED.includes(c.name));
	const withArgs = (command: AnyCommand): Proposal => ({ command, args: argsFor(command.name, ctx, rng) });
	// Sometimes anything at all, mostly refused (a refusal must change nothing); never
	// ending the workshop early, which would leave the rest of the run read only.
	if (rng.chance(0.2)) return withArgs(rng.pick(generated.filter((c) => c.name !== "endWorkshop")));
	// Else a command the step/role gate lets through (`gateOf`, read once for all), by
	// weight, with arguments `canRun` accepts: a few draws without replacement (drawing
	// arguments and checking them reads the tree, the slow part).
	const state = processState(ctx.process);
	const role = myRole(ctx);
	const gated = generated.filter((c) => mayActNow(state, role, c.action).ok);
	const pool = gated.map((c) => [c, weightOf(c.name, ctx, moveWeight)] as const);
	for (let attempt = 0; attempt < 8 && pool.length > 0; attempt++) {
		const command = rng.weighted(pool);
		const proposal = withArgs(command);
		if (canRun(command, ctx, proposal.args as never).ok) return proposal;
		pool.splice(
			pool.findIndex(([c]) => c === command),
			1,
		);
	}
	return withArgs(rng.pick(gated.length > 0 ? gated : generated));
}
