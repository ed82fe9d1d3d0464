/**
 * Who takes part in one fuzz run, and the run's pace: shared by the branch fuzz (unit)
 * and the service fuzz (integration) so that both draw the same kinds of workshops.
 */
import type { StepId } from "../../../src/domain/steps";
import type { Actor, CommandContext } from "../../../src/fluid/commands/command";
import { currentStep } from "../../../src/fluid/read";
import type { Rng } from "./prng";

export interface Cast {
	/** One per client; the first is the facilitator. */
	readonly actors: readonly Actor[];
	/** Some runs have a participant in two tabs (two clients, one person) or an observer. */
	readonly extra: "none" | "secondTab" | "observer";
}

const NAMES = ["Fanny", "Alice", "Bob", "Chloé", "Driss", "Émile", "Gaëlle"];

/** 3 to 6 clients: the facilitator and participants, sometimes a second tab or an observer. */
export function castFor(rng: Rng): Cast {
	const clients = rng.int(3, 6);
	const extra =
		clients >= 4
			? rng.weighted<Cast["extra"]>([
					["none", 6],
					["secondTab", 2],
					["observer", 1],
				])
			: "none";
	const people = extra === "none" ? clients : clients - 1;
	const actors: Actor[] = Array.from({ length: people }, (_, i) => ({ id: `u${i}`, name: NAMES[i] ?? `P${i}`, observer: false }));
	const second = actors[1];
	if (extra === "secondTab" && second) actors.push(second);
	if (extra === "observer") actors.push({ id: "obs", name: "Olga", observer: true });
	return { actors, extra };
}

/**
 * The run's pace: the facilitator moves on once a step has had its share of actions (a
 * few for the steps with something to do, none for the others), so that most runs go
 * through the vote, the consent, the turns and the récolte within their steps.
 */
export class Pace {
	private actsInStep = 0;
	constructor(private readonly clients: number) {}

	/** How much this step wants to happen before moving on, in actions by anyone. */
	private target(step: StepId, hasOffreur: boolean): number {
		const n = this.clients;
		switch (step) {
			case "regles":
			case "reformulation":
			case "reflexion":
			case "partage-offreur":
				return 3;
			case "partage":
			case "recolte":
			case "plan":
			case "documentation":
				return n;
			case "choix":
			case "clarification":
			case "echanges":
				return 2 * n;
			case "consentement":
				return hasOffreur ? 1 : 3 * n;
			case "partage-contributeurs":
				return 2;
			default:
				return 0;
		}
	}

	moveWeight(ctx: CommandContext): number {
		const step = currentStep(ctx.process);
		return this.actsInStep >= this.target(step, ctx.process.offreurId !== undefined) ? 8 : 0.02;
	}

	acted(commandName: string, ok: boolean): void {
		this.actsInStep = ok && commandName === "moveStep" ? 0 : this.actsInStep + 1;
	}
}

/** A short description of a command, for the log a failure prints (long texts cut). */
export function describe(clientIndex: number, name: string, args: unknown, verdict: string): string {
	const json = JSON.stringify(args, (_k, v: unknown) =>
		typeof v === "string" && v.length > 24 ? `${v.slice(0, 20)}…(${v.length})` : v,
	);
	return `client ${clientIndex} ${name} ${json} → ${verdict}`;
}
