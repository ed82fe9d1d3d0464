/**
 * Roles: the facilitator is set at creation (and can be handed over); everyone else is a
 * "participant" until the offreur consents, then the offreur or a contributor.
 */
import { CONSENT_STEP_INDEX, STEP_IDS, type Role, type StepId } from "./steps";

export interface RoleContext {
	readonly step: StepId;
	readonly facilitatorId: string;
	/** Set once the chosen person has said yes. */
	readonly offreurId?: string | undefined;
}

export interface Person {
	readonly id: string;
	readonly observer?: boolean;
}

/** Have the role cards been dealt (consent given and step at or past consentement)? */
export function rolesDealt(ctx: RoleContext): boolean {
	return ctx.offreurId !== undefined && STEP_IDS.indexOf(ctx.step) >= CONSENT_STEP_INDEX;
}

export function roleOf(person: Person, ctx: RoleContext): Role {
	if (person.observer) return "observer";
	if (person.id === ctx.facilitatorId) return "facilitator";
	if (!rolesDealt(ctx)) return "participant";
	return person.id === ctx.offreurId ? "offreur" : "contributor";
}

/** Everyone who is neither the facilitator, the offreur nor an observer, in the given order. */
export function contributorsOf(people: readonly Person[], ctx: RoleContext): string[] {
	return people.filter((p) => roleOf(p, ctx) === "contributor").map((p) => p.id);
}

/** Everyone who takes part in the vote and writes a problématique (not the facilitator). */
export function participantsOf(people: readonly Person[], ctx: RoleContext): string[] {
	return people.filter((p) => !p.observer && p.id !== ctx.facilitatorId).map((p) => p.id);
}
