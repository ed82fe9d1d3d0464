/**
 * The shared document, as two SharedTree schemas in one fixed scope:
 *
 * - the **process** (its own container, only the facilitator's token may write it):
 *   current step and its timer, roles, vote open/revealed, consent, turns, and the sealed
 *   copies of what the facilitator closed (the vote, the choice, the kept ideas);
 * - the **board** (the container everyone writes): rules, problématiques, dots,
 *   questions, formulation, rebonds, raised hands, récolte, plan, learnings.
 *
 * Classes hold data only; the rules live in `src/domain`, the edits in `commands/`.
 * Objects allow unknown optional fields so that an older app tolerates a newer app's
 * added optional fields (add fields as optional only; see README "Schema evolution").
 */
import { SchemaFactoryBeta } from "fluid-framework/beta";

/** Fixed scope: never change it, or every stored document becomes unreadable. */
export const SCHEMA_SCOPE = "fr.atelier-entraide.v1";
const sf = new SchemaFactoryBeta(SCHEMA_SCOPE);
const open = { allowUnknownOptionalFields: true } as const;

// ---------------------------------------------------------------- process

export class Timer extends sf.object(
	"Timer",
	{
		startedAt: sf.number,
		pausedAt: sf.optional(sf.number),
		pausedMs: sf.number,
		addedMs: sf.number,
	},
	open,
) {}

export class VoteState extends sf.object("VoteState", { open: sf.boolean, revealed: sf.boolean }, open) {}

export class ConsentState extends sf.object(
	"ConsentState",
	{
		askedId: sf.optional(sf.string),
		refusedIds: sf.array(sf.string),
		tieChoiceIds: sf.array(sf.string),
		acceptedId: sf.optional(sf.string),
	},
	open,
) {}

export class TurnRecord extends sf.object("TurnRecord", { userId: sf.string, kind: sf.string }, open) {}

export class Turns extends sf.object(
	"Turns",
	{
		clarification: sf.array(TurnRecord),
		echanges: sf.array(TurnRecord),
		speakerId: sf.optional(sf.string),
		/** When the speaker was given the floor (server ms): their own timer in partage. */
		speakerSince: sf.optional(sf.number),
	},
	open,
) {}

/**
 * A rule or posture the facilitator recalls for everyone, and when. `kind` ("posture" or
 * "rule") with `ruleId` is what each reader renders in their own language; `text` is the
 * French text for older apps; `step` the step it was recalled in (it ends with it).
 */
export class Recall extends sf.object(
	"Recall",
	{
		text: sf.string,
		at: sf.number,
		kind: sf.optional(sf.string),
		ruleId: sf.optional(sf.string),
		step: sf.optional(sf.string),
	},
	open,
) {}

/** A problématique as it was when sealed (its text and author, whatever the board says later). */
export class SealedProblematique extends sf.object(
	"SealedProblematique",
	{ id: sf.string, authorId: sf.string, text: sf.string },
	open,
) {}

/** A valid dot, as counted when the vote closed. */
export class SealedDot extends sf.object("SealedDot", { id: sf.string, voterId: sf.string, problematiqueId: sf.string }, open) {}

/** One problématique's place: its valid dots when the vote closed. */
export class SealedRank extends sf.object("SealedRank", { problematiqueId: sf.string, votes: sf.number }, open) {}

/**
 * The vote as the facilitator closed it (server ms `at`): the valid dots, the ranking (most
 * voted first, the table's order within a tie) and the problématiques it ranks.
 */
export class SealedVote extends sf.object(
	"SealedVote",
	{
		at: sf.number,
		dots: sf.array(SealedDot),
		ranking: sf.array(SealedRank),
		problematiques: sf.array(SealedProblematique),
	},
	open,
) {}

/** A kept idea as it was when the récolte closed. */
export class SealedIdea extends sf.object(
	"SealedIdea",
	{
		id: sf.string,
		sourceKind: sf.string,
		sourceId: sf.string,
		text: sf.string,
		authorId: sf.optional(sf.string),
	},
	open,
) {}

/** The kept ideas as the récolte closed (server ms `at`). */
export class SealedIdeas extends sf.object("SealedIdeas", { at: sf.number, ideas: sf.array(SealedIdea) }, open) {}

export class StepMinutes extends sf.map("StepMinutes", sf.number) {}

export class Process extends sf.object(
	"Process",
	{
		title: sf.string,
		/** Announced end of the session, server-clock ms. */
		announcedEnd: sf.number,
		facilitatorId: sf.string,
		facilitatorName: sf.string,
		step: sf.string,
		timer: Timer,
		minutes: StepMinutes,
		vote: VoteState,
		consent: ConsentState,
		offreurId: sf.optional(sf.string),
		turns: Turns,
		recall: sf.optional(Recall),
		/** When the facilitator ended the workshop (server ms): the board is read-only from then on. */
		endedAt: sf.optional(sf.number),
		/**
		 * Sealed by the facilitator's client as it closes each (see `domain/sealing.ts`): read
		 * instead of the board from then on. Absent in older documents: the board is read.
		 */
		sealedVote: sf.optional(SealedVote),
		/** The chosen problématique, copied at the yes. */
		sealedChoice: sf.optional(SealedProblematique),
		sealedIdeas: sf.optional(SealedIdeas),
	},
	open,
) {}

// ---------------------------------------------------------------- board

export class Member extends sf.object(
	"Member",
	{ id: sf.string, name: sf.string, observer: sf.boolean, joinedAt: sf.number },
	open,
) {}
export class Members extends sf.map("Members", Member) {}

export class Rule extends sf.object("Rule", { id: sf.string, text: sf.string, authorId: sf.string }, open) {}

export class Problematique extends sf.object(
	"Problematique",
	{ id: sf.string, authorId: sf.string, text: sf.string, x: sf.number, y: sf.number },
	open,
) {}

export class Dot extends sf.object("Dot", { id: sf.string, voterId: sf.string, problematiqueId: sf.string }, open) {}

export class ConsentAnswer extends sf.object(
	"ConsentAnswer",
	{ problematiqueId: sf.string, userId: sf.string, answer: sf.string },
	open,
) {}

export class Question extends sf.object(
	"Question",
	{ id: sf.string, authorId: sf.string, text: sf.string, answer: sf.string },
	open,
) {}

export class Rebond extends sf.object(
	"Rebond",
	{
		id: sf.string,
		authorId: sf.string,
		confronted: sf.string,
		howMet: sf.string,
		whatWorked: sf.string,
		/** "temoignage" | "reference" */
		kind: sf.string,
	},
	open,
) {}

/** A personal note its author chose to share (private notes stay in the author's browser). */
export class SharedNote extends sf.object("SharedNote", { id: sf.string, authorId: sf.string, text: sf.string }, open) {}

export class Hand extends sf.object(
	"Hand",
	{
		userId: sf.string,
		/** The person's chances (échanges turns spoke or passed) when raised: the next one lowers it. */
		chancesAtRaise: sf.optional(sf.number),
	},
	open,
) {}

/** An idea the offreur keeps: a copy of its text and where it came from (rebond, note, question). */
export class Idea extends sf.object(
	"Idea",
	{
		id: sf.string,
		sourceKind: sf.string,
		sourceId: sf.string,
		text: sf.string,
		/** Who wrote the source (kept with the copy; absent on ideas from older documents). */
		authorId: sf.optional(sf.string),
	},
	open,
) {}

export class PlanAction extends sf.object(
	"PlanAction",
	{
		id: sf.string,
		text: sf.string,
		when: sf.string,
		/** A calendar day (`YYYY-MM-DD`) beside the free "quand": what the .ics export uses. */
		due: sf.optional(sf.string),
	},
	open,
) {}

export class Learning extends sf.object("Learning", { id: sf.string, authorId: sf.string, text: sf.string }, open) {}

export class Agreement extends sf.object(
	"Agreement",
	{
		userId: sf.string,
		agree: sf.boolean,
		/** A yes without the name: the name appears nowhere in the documentation (absent: with the name). */
		anonymous: sf.optional(sf.boolean),
		/** Why not (a no only, optional): everyone reads it. */
		reason: sf.optional(sf.string),
	},
	open,
) {}

export class Board extends sf.object(
	"Board",
	{
		members: Members,
		rules: sf.array(Rule),
		problematiques: sf.array(Problematique),
		dots: sf.array(Dot),
		consentAnswers: sf.array(ConsentAnswer),
		questions: sf.array(Question),
		formulation: sf.string,
		rebonds: sf.array(Rebond),
		notes: sf.array(SharedNote),
		hands: sf.array(Hand),
		ideas: sf.array(Idea),
		plan: sf.array(PlanAction),
		learnings: sf.array(Learning),
		agreements: sf.array(Agreement),
		documentation: sf.string,
	},
	open,
) {}
