/**
 * The condensed document the offreur starts from (the kit: "la personne qui a offert la
 * situation condense l'ensemble des notes"), drafted from the board: the chosen
 * problématique, the formulation, the clarification questions and answers, the rebonds,
 * the kept ideas with their sources, the plan d'action with its whens, and everyone's
 * learnings. The names of the people who may not be named (an anonymous yes) are left
 * out everywhere. Pure: data in, a document model out, in the reader's language.
 */
import { de } from "./french";
import type { Locale, Localized } from "./locale";
import { interpolate } from "./locale";
import { firstOfMonth, formatDue } from "./planDate";
import { labelled, NARROW_NBSP, punctuate } from "./typography";

export interface DocPerson {
	readonly id: string;
	readonly name: string;
}

export interface DocumentationInput {
	readonly title: string;
	/** The day of the workshop (ms). */
	readonly date: number;
	readonly timeZone?: string;
	/** Everyone who answered or should have (members but observers), in join order. */
	readonly people: readonly DocPerson[];
	readonly facilitatorId: string;
	readonly offreurId: string | undefined;
	/** People whose names must not appear. */
	readonly hidden: ReadonlySet<string>;
	readonly problematique: string | undefined;
	readonly formulation: string;
	readonly questions: readonly { readonly authorId: string; readonly text: string; readonly answer: string }[];
	readonly rebonds: readonly {
		readonly authorId: string;
		readonly kind: string;
		readonly confronted: string;
		readonly howMet: string;
		readonly whatWorked: string;
	}[];
	readonly ideas: readonly { readonly text: string; readonly sourceKind: string; readonly authorId: string | undefined }[];
	readonly plan: readonly { readonly text: string; readonly when: string; readonly due?: string | undefined }[];
	readonly learnings: readonly { readonly authorId: string; readonly text: string }[];
}

export interface DocItem {
	readonly text: string;
	/** Lines under the item (an answer, a rebond's other fields, a source). */
	readonly details: readonly string[];
}

export interface DocSection {
	readonly heading: string;
	readonly items: readonly DocItem[];
	/** An ordered list (the plan d'action). */
	readonly ordered?: boolean;
}

export interface DocModel {
	readonly title: string;
	/** Under the title: the date, who took part. */
	readonly lines: readonly string[];
	readonly sections: readonly DocSection[];
}

const W = {
	dateLine: { fr: "Atelier d'entraide du {date}", en: "Atelier d'entraide (peer co-development workshop), {date}" },
	people: { fr: "Participant·es", en: "Participants" },
	anonymousOne: { fr: "1 personne anonyme", en: "1 anonymous person" },
	anonymousMany: { fr: "{n} personnes anonymes", en: "{n} anonymous people" },
	and: { fr: " et ", en: " and " },
	facilitator: { fr: "Facilitation", en: "Facilitator" },
	offreur: { fr: "Offreur·se de situation", en: "Offreur (offers the situation)" },
	problematique: { fr: "Problématique choisie", en: "The chosen problématique" },
	formulation: { fr: "Formulation de la problématique", en: "Formulation of the problématique" },
	formulationLead: { fr: "J'aimerais que le groupe m'aide à", en: "I would like the group to help me" },
	questions: { fr: "Questions de clarification", en: "Clarification questions" },
	answer: { fr: "Réponse", en: "Answer" },
	noAnswer: { fr: "(pas de réponse)", en: "(no answer)" },
	rebonds: { fr: "Rebonds : témoignages et références", en: "Rebonds: testimonies and references" },
	temoignage: { fr: "Témoignage", en: "Testimony" },
	reference: { fr: "Référence", en: "Reference" },
	confronted: { fr: "Déjà confronté·e ?", en: "Faced it before?" },
	howMet: { fr: "Comment j'ai relevé ce défi", en: "How I met the challenge" },
	whatWorked: { fr: "Ce qui a fonctionné ou pas", en: "What worked or not" },
	ideas: { fr: "Idées qui me parlent (récolte)", en: "Ideas that speak to me (harvest)" },
	source: { fr: "Source", en: "Source" },
	rebond: { fr: "rebond", en: "rebond" },
	note: { fr: "note", en: "note" },
	question: { fr: "question", en: "question" },
	plan: { fr: "Mon plan d'action", en: "My action plan" },
	when: { fr: "Quand", en: "When" },
	learnings: { fr: "Apprentissages", en: "Learnings" },
	anonymous: { fr: "Une personne du groupe", en: "A member of the group" },
	nothing: { fr: "(rien de noté)", en: "(nothing written)" },
} as const satisfies Record<string, Localized>;

/** A label of this document, with its language's typography. */
export function docWord(key: keyof typeof W, locale: Locale, vars?: Readonly<Record<string, string | number>>): string {
	return typeset(interpolate(W[key][locale], vars), locale);
}

/**
 * Each language's typography on a text, whatever was typed: French sets a narrow no-break
 * space before : ; ! ?, « guillemets » with no-break spaces inside, and the typographic
 * apostrophe ’; English “quotes” and ’ too; three dots become an ellipsis in both.
 */
export function typeset(text: string, locale: Locale): string {
	let out = text.replace(/\.\.\./g, "…").replace(/(\p{L})'(?=\p{L})/gu, "$1’");
	if (locale === "fr") {
		out = out.replace(/"\s*([^"\n]*?)\s*"/g, "«$1»");
		out = out.replace(/«[ \u00A0\u202F]*/g, `«${NARROW_NBSP}`).replace(/[ \u00A0\u202F]*»/g, `${NARROW_NBSP}»`);
	} else {
		out = out.replace(/"([^"\n]*)"/g, "“$1”");
	}
	return punctuate(out, locale);
}

function formatDay(ms: number, locale: Locale, timeZone: string | undefined): string {
	return firstOfMonth(
		new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
			day: "numeric",
			month: "long",
			year: "numeric",
			...(timeZone ? { timeZone } : {}),
		}).format(ms),
		locale,
	);
}

function nameList(names: readonly string[], locale: Locale): string {
	if (names.length <= 1) return names.join("");
	return `${names.slice(0, -1).join(", ")}${W.and[locale]}${names[names.length - 1]}`;
}

/** The "Quand" of an action: its date (if set) and its free text, both if they differ. */
export function whenOf(action: { readonly when: string; readonly due?: string | undefined }, locale: Locale): string {
	const date = action.due ? formatDue(action.due, locale) : "";
	const text = action.when.trim();
	if (date && text) return `${text} (${date})`;
	return date || text;
}

export function draftDocumentation(input: DocumentationInput, locale: Locale): DocModel {
	const t = (s: string) => typeset(s, locale);
	const label = (key: keyof typeof W, value: string) => labelled(docWord(key, locale), t(value), locale);
	const nameOf = (id: string | undefined): string | undefined => {
		if (id === undefined || input.hidden.has(id)) return undefined;
		return input.people.find((p) => p.id === id)?.name;
	};
	const by = (id: string | undefined) => {
		const name = nameOf(id);
		return name === undefined ? "" : ` — ${name}`;
	};
	const named = input.people.filter((p) => !input.hidden.has(p.id)).map((p) => p.name);
	const anonymousCount = input.people.length - named.length;
	const peopleText = [
		...(named.length > 0 ? [nameList(named, locale)] : []),
		...(anonymousCount === 1
			? [W.anonymousOne[locale]]
			: anonymousCount > 1
				? [interpolate(W.anonymousMany[locale], { n: anonymousCount })]
				: []),
	].join(W.and[locale]);
	const lines = [
		docWord("dateLine", locale, { date: formatDay(input.date, locale, input.timeZone) }),
		...(peopleText ? [label("people", peopleText)] : []),
		...(nameOf(input.facilitatorId) ? [label("facilitator", nameOf(input.facilitatorId) ?? "")] : []),
		...(nameOf(input.offreurId) ? [label("offreur", nameOf(input.offreurId) ?? "")] : []),
	];
	const orNothing = (items: DocItem[]): DocItem[] =>
		items.length > 0 ? items : [{ text: docWord("nothing", locale), details: [] }];
	const sections: DocSection[] = [
		{
			heading: docWord("problematique", locale),
			items: orNothing(input.problematique ? [{ text: t(input.problematique), details: [] }] : []),
		},
		{
			heading: docWord("formulation", locale),
			items: orNothing(
				input.formulation.trim()
					? [{ text: t(`${W.formulationLead[locale]} ${input.formulation.trim().replace(/^…\s*/, "")}`), details: [] }]
					: [],
			),
		},
		{
			heading: docWord("questions", locale),
			items: orNothing(
				input.questions.map((q) => ({
					text: `${t(q.text)}${by(q.authorId)}`,
					details: [q.answer.trim() ? label("answer", q.answer) : docWord("noAnswer", locale)],
				})),
			),
		},
		{
			heading: docWord("rebonds", locale),
			items: orNothing(
				input.rebonds.map((r) => ({
					text: `${docWord(r.kind === "reference" ? "reference" : "temoignage", locale)}${by(r.authorId)}`,
					details: [
						...(r.confronted.trim() ? [label("confronted", r.confronted)] : []),
						...(r.howMet.trim() ? [label("howMet", r.howMet)] : []),
						...(r.whatWorked.trim() ? [label("whatWorked", r.whatWorked)] : []),
					],
				})),
			),
		},
		{
			heading: docWord("ideas", locale),
			items: orNothing(
				input.ideas.map((i) => {
					const kind =
						i.sourceKind === "rebond" || i.sourceKind === "note" || i.sourceKind === "question" ? i.sourceKind : "note";
					const author = nameOf(i.authorId);
					const source =
						author === undefined
							? W[kind][locale]
							: locale === "fr"
								? `${W[kind][locale]} ${de(author)}`
								: `${W[kind][locale]} by ${author}`;
					return { text: t(i.text), details: [label("source", source)] };
				}),
			),
		},
		{
			heading: docWord("plan", locale),
			ordered: true,
			items: orNothing(
				input.plan.map((a) => {
					const when = whenOf(a, locale);
					return { text: t(a.text), details: when ? [label("when", when)] : [] };
				}),
			),
		},
		{
			heading: docWord("learnings", locale),
			items: orNothing(
				input.learnings.map((l) => {
					const name = nameOf(l.authorId);
					return { text: labelled(name ?? docWord("anonymous", locale), t(l.text), locale), details: [] };
				}),
			),
		},
	];
	return { title: t(input.title), lines, sections };
}
