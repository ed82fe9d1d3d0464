import { describe, expect, it } from "vitest";
import {
	card,
	chosenSpec,
	derouleSpecs,
	ideaSpec,
	noteSpec,
	planSpec,
	questionSpec,
	rebondSpecs,
	ruleSpec,
	writingSpec,
	zoneSpecs,
} from "../../src/board/cardSpecs";
import { CARD_FONT, LINE_HEIGHT, NOTE_W, PAD, ZONES, contains, notePosition, type Rect } from "../../src/board/layout";
import type { CardSpec } from "../../src/board/spec";
import { estimateMeasure } from "../../src/board/textFit";
import { canvasWords } from "../../src/board/words";

const m = estimateMeasure;
const fr = canvasWords("fr");
const en = canvasWords("en");
const word2000 = `https://example.org/${"z".repeat(1980)}`;

/** Every line fits the card's width, and the lines fit its height. */
function fitsInside(c: CardSpec): void {
	for (const line of [c.title, ...c.lines]) expect(m(line, CARD_FONT, true)).toBeLessThanOrEqual(c.w - 2 * PAD + 0.001);
	const used = PAD + (c.title ? c.titleSize * LINE_HEIGHT + 4 : 0) + c.lines.length * CARD_FONT * LINE_HEIGHT;
	expect(used).toBeLessThanOrEqual(c.h);
}

const inZone = (c: Rect, zone: Rect) => contains(zone, c.x, c.y) && contains(zone, c.x + c.w, c.y + c.h);

describe("cards as specs", () => {
	it("a 2,000-character word in a rule, a problématique, a note and a rebond stays inside its card, cut with an ellipsis, the whole text kept", () => {
		const specs = [
			ruleSpec({ id: "r", authorName: "Dave", text: word2000 }, 0, m),
			noteSpec(
				{
					id: "p",
					authorId: "a",
					authorName: "Alice",
					text: word2000,
					position: notePosition(0, 0, 0),
					tally: undefined,
					chosen: false,
				},
				fr,
				m,
			),
			...rebondSpecs(
				["c"],
				[{ id: "rb", authorId: "c", kind: "temoignage", confronted: word2000, howMet: "", whatWorked: "" }],
				[{ id: "n", authorId: "c", text: word2000 }],
				() => "Carol",
				fr,
				m,
			),
		];
		expect(specs.map((s) => s.kind)).toEqual(["rule", "problematique", "rebond", "note"]);
		for (const s of specs) {
			fitsInside(s);
			expect(s.lines.at(-1)?.endsWith("…")).toBe(true);
			expect(s.full?.text).toBe(word2000);
		}
	});

	it("a short text is not cut and has nothing more to open", () => {
		const rule = ruleSpec({ id: "r", authorName: "Carol", text: "Bienveillance" }, 0, m);
		expect(rule.lines).toEqual(["Bienveillance"]);
		expect(rule.full).toBeUndefined();
	});

	it("marks the chosen problématique, and its tally in gommettes / dots once revealed", () => {
		const base = { id: "p", authorId: "a", authorName: "Alice", text: "Déléguer", position: { x: 400, y: 80 } };
		const hidden = noteSpec({ ...base, tally: undefined, chosen: false }, fr, m);
		expect(hidden.badge).toBeUndefined();
		expect(hidden.flag).toBeUndefined();
		const chosen = noteSpec({ ...base, tally: 5, chosen: true }, fr, m);
		expect(chosen.badge).toBe("5 gommettes");
		expect(chosen.flag).toBe("Problématique choisie");
		expect(chosen.strokeWidth).toBeGreaterThan(1);
		expect(noteSpec({ ...base, tally: 1, chosen: true }, en, m)).toMatchObject({ badge: "1 dot", flag: "Chosen problem" });
		expect(chosenSpec("Alice", "Déléguer", fr, m).flag).toBe("Problématique choisie");
	});

	it("titles a kept idea with its source and author, French elision included", () => {
		const idea = (name: string, kind: "rebond" | "note" | "question", words = fr) =>
			ideaSpec({ id: "i", text: "t", sourceKind: kind, sourceAuthor: name }, 0, words, m).title;
		expect(idea("Alice", "rebond")).toBe("Rebond d'Alice");
		expect(idea("Hélène", "note")).toBe("Note d'Hélène");
		expect(idea("Bob", "question")).toBe("Question de Bob");
		expect(idea("Alice", "rebond", en)).toBe("Alice's rebond");
		expect(ideaSpec({ id: "i", text: "t", sourceKind: undefined, sourceAuthor: undefined }, 0, fr, m).title).toBe("");
	});

	it("puts each author's rebonds then notes in their own column, in the order given", () => {
		const specs = rebondSpecs(
			["c", "d"],
			[
				{ id: "d1", authorId: "d", kind: "reference", confronted: "", howMet: "Un livre", whatWorked: "" },
				{ id: "c1", authorId: "c", kind: "temoignage", confronted: "Oui", howMet: "Un point", whatWorked: "" },
			],
			[{ id: "n1", authorId: "c", text: "Ma note" }],
			(id) => (id === "c" ? "Carol" : "Dave"),
			fr,
			m,
		);
		expect(specs.map((s) => s.id)).toEqual(["c1", "n1", "d1"]);
		expect(specs[0]?.x).toBe(specs[1]?.x);
		expect(specs[1]?.y).toBeGreaterThan(specs[0]?.y ?? 0);
		expect(specs[2]?.x).toBeGreaterThan(specs[0]?.x ?? 0);
		expect(specs[0]?.title).toBe("Carol — Témoignage");
		expect(specs[0]?.lines).toEqual(["Oui", "Un point"]);
		expect(specs[2]?.title).toBe("Dave — Référence");
	});

	it("keeps up to 12 participants' cards inside their zone, so one frame shows them all", () => {
		for (let i = 0; i < 12; i++) {
			const pos = notePosition(0, 0, i);
			expect(inZone({ ...pos, w: NOTE_W, h: 150 }, ZONES.problematiques)).toBe(true);
		}
		for (let i = 0; i < 10; i++)
			expect(inZone(ruleSpec({ id: `r${i}`, authorName: "", text: "x" }, i, m), ZONES.rules)).toBe(true);
		for (let i = 0; i < 8; i++)
			expect(inZone(questionSpec({ id: `q${i}`, authorName: "", text: "x", answer: "" }, i, m), ZONES.questions)).toBe(true);
		for (let i = 0; i < 3; i++)
			expect(inZone(ideaSpec({ id: `i${i}`, text: "x", sourceKind: "note", sourceAuthor: "A" }, i, fr, m), ZONES.recolte)).toBe(
				true,
			);
		for (let i = 0; i < 6; i++)
			expect(inZone(planSpec({ id: `a${i}`, text: "x", when: "" }, i, fr, m), ZONES.recolte)).toBe(true);
		for (let i = 0; i < 11; i++)
			expect(inZone(writingSpec(`u${i}`, "Alice", "problematiques", i, fr, m), ZONES.problematiques)).toBe(true);
	});

	it("says when an action is planned with French spacing in French only, and numbers the plan", () => {
		expect(planSpec({ id: "a", text: "Un point", when: "fin du mois" }, 0, fr, m)).toMatchObject({
			title: "Quand\u202f: fin du mois",
			lines: ["1. Un point"],
		});
		expect(planSpec({ id: "a", text: "A check-in", when: "end of month" }, 1, en, m)).toMatchObject({
			title: "When: end of month",
			lines: ["2. A check-in"],
		});
	});

	it("draws the zones' titles in the language, behind every card", () => {
		const zones = zoneSpecs(en, m);
		expect(zones.every((z) => z.underlay)).toBe(true);
		expect(zones.find((z) => z.id === "zone:recolte")?.title).toBe("Harvest and action plan");
		expect(zones.find((z) => z.id === "zone:rules")?.titleSize).toBeGreaterThan(CARD_FONT);
	});

	it("draws the déroulé: 18 steps in order with their durations, the group's step marked, all in its zone", () => {
		const title = (s: string) => s;
		const specs = derouleSpecs("choix", title, fr, m);
		expect(specs).toHaveLength(18);
		expect(specs[0]).toMatchObject({ title: "0. invitation", badge: "Avant la séance" });
		expect(specs.find((c) => c.id === "step:partage")?.badge).toBe("20 min (2 min chacun·e)");
		expect(specs.find((c) => c.id === "step:echanges")?.badge).toBe("20 à 45 min");
		expect(
			derouleSpecs("choix", () => "Échanges entre les contributeurs", fr, m).find((c) => c.id === "step:echanges")?.full,
		).toBeUndefined();
		expect(specs.filter((c) => c.flag).map((c) => c.id)).toEqual(["step:choix"]);
		for (const c of specs) expect(inZone(c, ZONES.deroule)).toBe(true);
		const en = derouleSpecs("choix", title, canvasWords("en"), m);
		expect(en.find((c) => c.id === "step:partage-contributeurs")?.badge).toBe("1 min per person");
		expect(en.find((c) => c.id === "step:choix")?.flag).toBe("Current step");
	});

	it("a writing chip says who writes", () => {
		expect(writingSpec("u", "Alice", "questions", 0, fr, m).title).toBe("Alice écrit…");
		expect(writingSpec("u", "Alice", "questions", 0, en, m).title).toBe("Alice is writing…");
	});

	it("starts a card's body under its badge's row, also when the card has no title", () => {
		const base = { id: "p", authorId: "a", authorName: "Alice", text: "Déléguer", position: { x: 400, y: 80 }, chosen: false };
		const untitled = { ...base, authorName: "", tally: 2 };
		const withBadge = noteSpec(untitled, fr, m);
		expect(withBadge.title).toBe("");
		// The badge sits on the first row: the text starts below it, as under a title.
		expect(withBadge.bodyTop).toBe(noteSpec({ ...base, tally: 2 }, fr, m).bodyTop);
		expect(withBadge.bodyTop).toBeGreaterThan(CARD_FONT);
		// Neither title nor badge: the text takes the card from its top.
		expect(noteSpec({ ...untitled, tally: undefined }, fr, m).bodyTop).toBeLessThan(CARD_FONT);
	});

	it("fits a card's title on one line, leaving room for its badge", () => {
		const c = card(
			{
				id: "x",
				kind: "problematique",
				rect: { x: 0, y: 0, w: 200, h: 100 },
				fill: "#fff",
				title: "Une personne au nom très très long",
				text: "",
				badge: "12 gommettes",
			},
			m,
		);
		expect(m(c.title, CARD_FONT, true) + m("12 gommettes", CARD_FONT, true)).toBeLessThanOrEqual(200);
		expect(c.full?.title).toBe("Une personne au nom très très long");
	});
});
