/**
 * Documentation only if everyone agrees (the kit): each person answers yes or no; a yes
 * says whether their name may appear ("avec mon nom") or not ("anonymement"); a no may
 * give a reason (never required) that everyone reads. One no blocks the documentation;
 * someone who has not answered yet counts as not agreed.
 */
import { OK, refuse, type Verdict } from "./actions";
import { checkText } from "./limits";

/** One person's answer, as the board keeps it. */
export interface AgreementAnswer {
	readonly agree: boolean;
	/** A yes without the name: the person's name appears nowhere in what is documented. */
	readonly anonymous?: boolean;
	/** Why not (a no only; optional). */
	readonly reason?: string;
}

/** What a person sends: yes or no, anonymously or not (a yes), and a reason (a no). */
export interface AgreementArgs {
	readonly agree: boolean;
	readonly anonymous?: boolean;
	readonly reason?: string;
}

/** An answer is valid when its reason (a no's only) fits the limit; anonymity belongs to a yes. */
export function checkAgreement(args: AgreementArgs): Verdict {
	if (typeof args.agree !== "boolean") return refuse("invalidKind");
	if (args.agree && args.reason !== undefined && args.reason.trim() !== "") return refuse("reasonOnlyForNo");
	if (!args.agree && args.anonymous === true) return refuse("anonymousOnlyForYes");
	if (args.reason === undefined) return OK;
	const check = checkText("reason", args.reason, true);
	return check.ok ? OK : refuse(check.reason);
}

/** The answer as it is stored: a yes keeps its anonymity, a no its trimmed reason (if any). */
export function normalizedAgreement(args: AgreementArgs): {
	agree: boolean;
	anonymous: boolean | undefined;
	reason: string | undefined;
} {
	if (args.agree) return { agree: true, anonymous: args.anonymous === true, reason: undefined };
	const reason = args.reason?.trim() ?? "";
	return { agree: false, anonymous: undefined, reason: reason === "" ? undefined : reason };
}

export interface Refusal {
	readonly userId: string;
	readonly reason: string | undefined;
}

/** Where the documentation stands: open (everyone said yes), blocked (a no), or waiting for answers. */
export type DocumentationStatus = "open" | "blocked" | "waiting";

export interface DocumentationStanding {
	readonly status: DocumentationStatus;
	/** Who said yes with their name, and who said yes anonymously (in the people's order). */
	readonly named: readonly string[];
	readonly anonymous: readonly string[];
	readonly refused: readonly Refusal[];
	readonly notYet: readonly string[];
}

export function documentationStanding(
	people: readonly string[],
	answers: ReadonlyMap<string, AgreementAnswer>,
): DocumentationStanding {
	const named: string[] = [];
	const anonymous: string[] = [];
	const refused: Refusal[] = [];
	const notYet: string[] = [];
	for (const id of people) {
		const a = answers.get(id);
		if (!a) notYet.push(id);
		else if (!a.agree) refused.push({ userId: id, reason: a.reason?.trim() || undefined });
		else if (a.anonymous === true) anonymous.push(id);
		else named.push(id);
	}
	const status: DocumentationStatus =
		refused.length > 0 ? "blocked" : notYet.length > 0 || people.length === 0 ? "waiting" : "open";
	return { status, named, anonymous, refused, notYet };
}

/**
 * Whose names may not appear in the document: everyone but those who said yes with their
 * name (an anonymous yes, a no, no answer yet — and anyone not asked).
 */
export function hiddenNames(standing: DocumentationStanding, everyone: readonly string[]): Set<string> {
	const shown = new Set(standing.named);
	return new Set(everyone.filter((id) => !shown.has(id)));
}

/** Does this text name one of these people (a whole word, any case)? Used to keep a saved document anonymous. */
export function namesAnyOf(text: string, names: readonly string[]): string | undefined {
	const lower = text.toLocaleLowerCase("fr");
	for (const raw of names) {
		const name = raw.trim().toLocaleLowerCase("fr");
		if (name === "") continue;
		let from = 0;
		for (;;) {
			const at = lower.indexOf(name, from);
			if (at < 0) break;
			const before = lower[at - 1] ?? " ";
			const after = lower[at + name.length] ?? " ";
			if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return raw;
			from = at + 1;
		}
	}
	return undefined;
}
