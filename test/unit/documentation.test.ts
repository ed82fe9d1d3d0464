import { describe, expect, it } from "vitest";
import { draftDocumentation, typeset, type DocumentationInput } from "../../src/domain/documentation";
import { parseDocument, toMarkdown } from "../../src/domain/markdown";

const NNBSP = "\u202F";

const input: DocumentationInput = {
	title: "Atelier de l'équipe projet",
	date: Date.UTC(2026, 11, 1, 10),
	timeZone: "Europe/Paris",
	people: [
		{ id: "f", name: "Fanny" },
		{ id: "a", name: "Alice" },
		{ id: "b", name: "Bob" },
		{ id: "c", name: "Chloé" },
		{ id: "d", name: "Dan" },
	],
	facilitatorId: "f",
	offreurId: "d",
	hidden: new Set(["b"]),
	problematique: "Trouver du temps pour former les nouveaux",
	formulation: "accueillir les nouveaux sans m'épuiser",
	questions: [
		{ authorId: "a", text: "Combien de nouveaux chaque année?", answer: "Une dizaine" },
		{ authorId: "b", text: "Qui les forme aujourd'hui ?", answer: "" },
	],
	rebonds: [
		{ authorId: "b", kind: "reference", confronted: "", howMet: 'Le livre "Former sans s\'épuiser"', whatWorked: "" },
		{
			authorId: "c",
			kind: "temoignage",
			confronted: "Oui, l'an dernier",
			howMet: "Des vidéos",
			whatWorked: "Les vidéos courtes",
		},
	],
	ideas: [
		{ text: "Le livre « Former sans s'épuiser »", sourceKind: "rebond", authorId: "b" },
		{ text: "Des vidéos", sourceKind: "rebond", authorId: "a" },
		{ text: "Penser au tutorat", sourceKind: "note", authorId: undefined },
	],
	plan: [
		{ text: "Proposer un binôme", when: "dès lundi", due: "2027-01-11" },
		{ text: "Écrire un parcours", when: "avant la fin du mois" },
		{ text: "Sans quand", when: "" },
	],
	learnings: [
		{ authorId: "d", text: "Je ne suis pas seul" },
		{ authorId: "b", text: "Écouter sans conseiller" },
	],
};

describe("the condensed document drafted from the board", () => {
	const fr = draftDocumentation(input, "fr");
	const md = toMarkdown(fr);

	it("holds every section, in the kit's order", () => {
		expect(fr.sections.map((s) => s.heading)).toEqual([
			"Problématique choisie",
			"Formulation de la problématique",
			"Questions de clarification",
			`Rebonds${NNBSP}: témoignages et références`,
			"Idées qui me parlent (récolte)",
			"Mon plan d’action",
			"Apprentissages",
		]);
		expect(md).toContain("Trouver du temps pour former les nouveaux");
		expect(md).toContain("J’aimerais que le groupe m’aide à accueillir les nouveaux sans m’épuiser");
		expect(md).toContain(`Combien de nouveaux chaque année${NNBSP}? — Alice`);
		expect(md).toContain(`Réponse${NNBSP}: Une dizaine`);
		expect(md).toContain("(pas de réponse)");
		expect(md).toContain(`Comment j’ai relevé ce défi${NNBSP}: Des vidéos`);
		expect(md).toContain(`Source${NNBSP}: rebond d’Alice`);
		expect(md).toContain(`Source${NNBSP}: note`);
		expect(md).toContain("Je ne suis pas seul");
	});

	it("writes the plan d'action in order, with its whens and dates", () => {
		expect(md).toContain(`1. Proposer un binôme\n   - Quand${NNBSP}: dès lundi (11 janvier 2027)`);
		expect(md).toContain(`2. Écrire un parcours\n   - Quand${NNBSP}: avant la fin du mois`);
		expect(md).toMatch(/3\. Sans quand\n\n/);
	});

	it("leaves the anonymous person's name out everywhere", () => {
		expect(md).not.toContain("Bob");
		expect(md).toContain(`Participant·es${NNBSP}: Fanny, Alice, Chloé et Dan et 1 personne anonyme`);
		expect(md).toContain("Qui les forme aujourd’hui");
		expect(md).toContain(`Une personne du groupe${NNBSP}: Écouter sans conseiller`);
		expect(md).toContain(`Source${NNBSP}: rebond\n`);
		expect(md).toContain(`Offreur·se de situation${NNBSP}: Dan`);
	});

	it("also leaves out the offreur and the facilitator when they asked to be anonymous", () => {
		const doc = toMarkdown(draftDocumentation({ ...input, hidden: new Set(["d", "f"]) }, "fr"));
		expect(doc).not.toContain("Dan");
		expect(doc).not.toContain("Fanny");
		expect(doc).toContain("2 personnes anonymes");
	});

	it("sets French typography: narrow no-break spaces, guillemets, apostrophes", () => {
		expect(md).toContain(`«${NNBSP}Former sans s’épuiser${NNBSP}»`);
		expect(md).not.toMatch(/ [:;?!](\s|$)/);
		expect(md).toContain("Atelier d’entraide du 1er décembre 2026");
	});

	it("is written in English for an English reader, with English typography", () => {
		const en = toMarkdown(draftDocumentation(input, "en"));
		expect(en).toContain("## Clarification questions");
		expect(en).toContain("Combien de nouveaux chaque année? — Alice");
		expect(en).toContain("Answer: Une dizaine");
		expect(en).toContain("1. Proposer un binôme\n   - When: dès lundi (11 January 2027)");
		expect(en).toContain("Source: rebond by Alice");
		expect(en).toContain("“Former sans s’épuiser”");
		expect(en).not.toContain(NNBSP);
		expect(en).not.toContain("Bob");
		expect(en).toContain("A member of the group: Écouter sans conseiller");
	});

	it("says so when a section is empty", () => {
		const empty = draftDocumentation({ ...input, questions: [], plan: [] }, "fr");
		expect(empty.sections[2]?.items.map((i) => i.text)).toEqual(["(rien de noté)"]);
	});
});

describe("typography and Markdown", () => {
	it("typesets a typed text in each language", () => {
		expect(typeset('Vraiment ? Oui : "d\'accord"...', "fr")).toBe(`Vraiment${NNBSP}? Oui${NNBSP}: «${NNBSP}d’accord${NNBSP}»…`);
		expect(typeset('Really ? Yes : "ok"', "en")).toBe("Really? Yes: “ok”");
	});

	it("escapes markup in a person's text and reads it back", () => {
		const md = toMarkdown({
			title: "Titre *gras*",
			lines: ["# pas un titre"],
			sections: [{ heading: "Section", items: [{ text: "- pas une puce\nsuite", details: ["[lien](x)"] }] }],
		});
		expect(md).toContain("# Titre \\*gras\\*");
		expect(md).toContain("\\# pas un titre");
		const blocks = parseDocument(md);
		expect(blocks[0]).toEqual({ kind: "title", text: "Titre *gras*" });
		expect(blocks[1]).toEqual({ kind: "paragraph", text: "# pas un titre" });
		expect(blocks[2]).toEqual({ kind: "heading", text: "Section" });
		expect(blocks[3]).toEqual({ kind: "item", text: "- pas une puce\nsuite", level: 0, mark: "•" });
		expect(blocks[4]).toEqual({ kind: "item", text: "[lien](x)", level: 1, mark: "•" });
	});

	it("reads an edited text: ordered items keep their numbers", () => {
		expect(parseDocument("## Plan\n\n1. Un\n   - Quand : lundi\n2. Deux")).toEqual([
			{ kind: "heading", text: "Plan" },
			{ kind: "item", text: "Un", level: 0, mark: "1." },
			{ kind: "item", text: "Quand : lundi", level: 1, mark: "•" },
			{ kind: "item", text: "Deux", level: 0, mark: "2." },
		]);
	});
});

describe("the draft of a busy workshop", () => {
	it("fits the saved document's limit (12 people, 30 questions, 30 rebonds, 10 actions, 12 learnings)", async () => {
		const { LIMITS, textLength } = await import("../../src/domain/limits");
		const people = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, name: `Personne ${i}` }));
		const words = (n: number) => "mot ".repeat(Math.ceil(n / 4)).slice(0, n);
		const doc = toMarkdown(
			draftDocumentation(
				{
					...input,
					people,
					hidden: new Set(["p3"]),
					questions: Array.from({ length: 30 }, (_, i) => ({ authorId: `p${i % 12}`, text: words(150), answer: words(150) })),
					rebonds: Array.from({ length: 30 }, (_, i) => ({
						authorId: `p${i % 12}`,
						kind: "temoignage",
						confronted: words(200),
						howMet: words(200),
						whatWorked: words(200),
					})),
					ideas: Array.from({ length: 3 }, () => ({ text: words(400), sourceKind: "rebond", authorId: "p1" })),
					plan: Array.from({ length: 10 }, () => ({ text: words(300), when: words(80), due: "2027-01-11" })),
					learnings: people.map((p) => ({ authorId: p.id, text: words(300) })),
				},
				"fr",
			),
		);
		expect(textLength(doc)).toBeGreaterThan(30_000);
		expect(textLength(doc)).toBeLessThanOrEqual(LIMITS.documentation);
	});
});
