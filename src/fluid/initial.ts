/** The two documents as a new workshop starts them (the facilitator's first run). */
import { boundText, CAPS } from "../domain/limits";
import { FIRST_STEP } from "../domain/steps";
import { Board, Process } from "./schema";

export interface ProcessStart {
	readonly title: string;
	readonly announcedEnd: number;
	readonly facilitatorId: string;
	readonly facilitatorName: string;
	readonly now: number;
}

export function initialProcess(start: ProcessStart): Process {
	return new Process({
		title: start.title,
		announcedEnd: start.announcedEnd,
		facilitatorId: start.facilitatorId,
		facilitatorName: start.facilitatorName,
		step: FIRST_STEP,
		timer: { startedAt: start.now, pausedAt: undefined, pausedMs: 0, addedMs: 0 },
		minutes: {},
		vote: { open: false, revealed: false },
		consent: { askedId: undefined, refusedIds: [], tieChoiceIds: [], acceptedId: undefined },
		offreurId: undefined,
		turns: { clarification: [], echanges: [], speakerId: undefined },
	});
}

/** The board, empty but for the rules a codev group carries from its previous session (within the per-person cap). */
export function initialBoard(rules: readonly { id: string; text: string; authorId: string }[] = []): Board {
	return new Board({
		members: {},
		rules: rules.slice(0, CAPS.rules.perPerson).map((rule) => ({ ...rule, text: boundText("rule", rule.text) })),
		problematiques: [],
		dots: [],
		consentAnswers: [],
		questions: [],
		formulation: "",
		rebonds: [],
		notes: [],
		hands: [],
		ideas: [],
		plan: [],
		learnings: [],
		agreements: [],
		documentation: "",
	});
}
