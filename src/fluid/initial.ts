/** The two documents as a new workshop starts them (the facilitator's first run). */
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

export function initialBoard(): Board {
	return new Board({
		members: {},
		rules: [],
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
