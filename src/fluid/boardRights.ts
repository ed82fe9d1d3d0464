/**
 * What the board asks before a gesture: the command layer's own verdicts, never a copy of
 * its rules. `gateOf` is the step/role gate of a command (the first half of `canRun`),
 * for a gesture whose target is not known yet (a dot picked up from the tray); every
 * other question goes to `canRun` with the gesture's real arguments.
 */
import { mayAct, type Action, type Verdict } from "../domain/actions";
import { myRole, type Command, type CommandContext } from "./commands/command";
import { currentStep } from "./read";

/** May I take this action now (step and role only)? */
export function gateOfAction(ctx: CommandContext, action: Action): Verdict {
	return mayAct(currentStep(ctx.process), myRole(ctx), action);
}

/** The step/role gate of a command, before its arguments are known. */
export function gateOf<Args>(command: Command<Args>, ctx: CommandContext): Verdict {
	return gateOfAction(ctx, command.action);
}

/** May I write my private problématique draft now (recherche), or still change it before it goes on the table (partage)? */
export function mayWriteDraft(ctx: CommandContext): boolean {
	return gateOfAction(ctx, "writeProblematique").ok || gateOfAction(ctx, "putOnTable").ok;
}

/** My problématique on the table, if I put one there. */
export function myProblematiqueId(ctx: CommandContext): string | undefined {
	return ctx.board.problematiques.find((p) => p.authorId === ctx.me.id)?.id;
}
