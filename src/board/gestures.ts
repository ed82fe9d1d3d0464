/**
 * What a gesture on a card would become, and whether this person may make it now: asked
 * of the command layer (`canRun`, or the step/role gate when the target is not known
 * yet), never worked out here. A drop becomes exactly one command.
 */
import type { Verdict } from "../domain/actions";
import { isIdeaSource } from "../domain/recolte";
import { moveDot, placeDot, takeBackDot } from "../fluid/commands/board";
import { canRun, type CommandContext } from "../fluid/commands/command";
import { harvestIdea, moveProblematique, movePlanAction } from "../fluid/commands/sheets";
import { gateOf } from "../fluid/commands/command";
import type { WorkshopSession } from "../fluid/session";
import type { Point } from "./layout";
import type { Tag } from "./scene";

/** A card with no move at all (a rule, a kept idea, a zone…). */
export const FIXED = "fixed" as const;

/** May I pick this up? The verdict of the command its drop would run, or FIXED. */
export function mayPickUp(tag: Tag, ctx: CommandContext, at: Point, planIndex: (id: string) => number): Verdict | typeof FIXED {
	switch (tag.kind) {
		case "problematique":
			return canRun(moveProblematique, ctx, { problematiqueId: tag.id, x: Math.round(at.x), y: Math.round(at.y) });
		case "tray-dot":
			return gateOf(placeDot, ctx);
		case "dot":
			return canRun(takeBackDot, ctx, { dotId: tag.id });
		case "rebond":
		case "note":
		case "question":
			return isIdeaSource(tag.kind) ? canRun(harvestIdea, ctx, { sourceKind: tag.kind, sourceId: tag.id }) : FIXED;
		case "plan":
			return canRun(movePlanAction, ctx, { actionId: tag.id, toIndex: planIndex(tag.id) });
		default:
			return FIXED;
	}
}

/** Where a drop landed, as the board's hit-testing found it. */
export interface Drop {
	readonly tag: Tag;
	/** The card's top-left (cards), or the dot's centre (dots). */
	readonly at: Point;
	/** The note under a dropped dot. */
	readonly note?: string | undefined;
	/** The dot's note before the drag. */
	readonly from?: string | undefined;
	readonly inIdeas?: boolean;
	readonly planIndex?: number;
}

/** Runs the one command a drop means; undefined when the drop means nothing (it goes back). */
export function runDrop(session: WorkshopSession, drop: Drop): Verdict | undefined {
	const { tag } = drop;
	switch (tag.kind) {
		case "problematique":
			return session.run(moveProblematique, { problematiqueId: tag.id, x: Math.round(drop.at.x), y: Math.round(drop.at.y) });
		case "tray-dot":
			return drop.note ? session.run(placeDot, { problematiqueId: drop.note }) : undefined;
		case "dot":
			if (!drop.note) return session.run(takeBackDot, { dotId: tag.id });
			return drop.note !== drop.from ? session.run(moveDot, { dotId: tag.id, problematiqueId: drop.note }) : undefined;
		case "rebond":
		case "note":
		case "question":
			return drop.inIdeas && isIdeaSource(tag.kind)
				? session.run(harvestIdea, { sourceKind: tag.kind, sourceId: tag.id })
				: undefined;
		case "plan":
			return drop.planIndex !== undefined
				? session.run(movePlanAction, { actionId: tag.id, toIndex: drop.planIndex })
				: undefined;
		default:
			return undefined;
	}
}
