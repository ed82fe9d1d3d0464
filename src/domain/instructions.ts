/** Step titles and the consigne of each step for each role, in French and English. */
import { EN } from "./instructions-en";
import { FR } from "./instructions-fr";
import type { Locale } from "./locale";
import type { ActingRole, Role, StepId } from "./steps";

export interface StepWords {
	readonly title: string;
	readonly facilitator: string;
	/** Before the role cards are dealt (after, the contributors' words stand in). */
	readonly participant?: string;
	readonly offreur?: string;
	/** After the role cards are dealt (before, the participants' words stand in). */
	readonly contributor?: string;
}

export type StepText = Readonly<Record<StepId, StepWords>>;

const TEXTS: Readonly<Record<Locale, StepText>> = { fr: FR, en: EN };

export function stepTitle(step: StepId, locale: Locale): string {
	return TEXTS[locale][step].title;
}

/** The consigne for this role in this step. Observers read the facilitator's. */
export function instructionFor(step: StepId, role: Role, locale: Locale): string {
	const words = TEXTS[locale][step];
	const acting: ActingRole = role === "observer" ? "facilitator" : role;
	if (acting === "facilitator") return words.facilitator;
	if (acting === "offreur") return words.offreur ?? words.contributor ?? words.participant ?? "";
	if (acting === "contributor") return words.contributor ?? words.participant ?? "";
	return words.participant ?? words.contributor ?? "";
}
