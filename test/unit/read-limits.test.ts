/**
 * Limits every client applies on read (issue 10, point 3): a text past its limit is cut
 * with "…", a collection keeps each author's first entries and the board's first, and
 * the commands refuse before the cap with the maximum.
 */
import { describe, expect, it } from "vitest";
import { noteSpec, questionSpec, rebondSpecs, ruleSpec } from "../../src/board/cardSpecs";
import { estimateMeasure } from "../../src/board/textFit";
import { canvasWords } from "../../src/board/words";
import { refuse } from "../../src/domain/actions";
import {
	CAPS,
	ELLIPSIS,
	LIMITS,
	boundText,
	checkCount,
	keptByAuthor,
	textLength,
	type LimitedField,
} from "../../src/domain/limits";
import { refusalMessage } from "../../src/domain/messages";
import { formulationOf, notesOf, planOf, problematiquesOf, questionsOf, rebondsOf, rulesOf } from "../../src/fluid/bounded";
import { initialBoard, initialProcess } from "../../src/fluid/initial";
import { ideaSourcesOf, rankingOf, voteContext } from "../../src/fluid/read";
import { addRule, putOnTable } from "../../src/fluid/commands/board";
import { canRun, type CommandContext } from "../../src/fluid/commands/command";
import { recallRule } from "../../src/fluid/commands/facilitation";
import { addLearning, shareNote } from "../../src/fluid/commands/sheets";
import { Dot, Learning, Member, PlanAction, Problematique, Question, Rebond, Rule, SharedNote } from "../../src/fluid/schema";

const FIELDS = Object.keys(LIMITS) as LimitedField[];
const huge = "a".repeat(100_000);

describe("boundText", () => {
	it.each(FIELDS)("keeps a text at the limit and cuts one character more to the limit, ending with … (%s)", (field) => {
		const max = LIMITS[field];
		const exact = "é".repeat(max);
		expect(boundText(field, exact)).toBe(exact);
		const cut = boundText(field, `${exact}x`);
		expect(textLength(cut)).toBe(max);
		expect(cut.endsWith(ELLIPSIS)).toBe(true);
	});

	it("counts characters as a person sees them: an emoji is never split", () => {
		const text = "🙂".repeat(LIMITS.rule + 5);
		const cut = boundText("rule", text);
		expect(textLength(cut)).toBe(LIMITS.rule);
		expect(cut).toBe(`${"🙂".repeat(LIMITS.rule - 1)}${ELLIPSIS}`);
	});

	it("cuts a 100,000-character problématique to its 400", () => {
		const cut = boundText("problematique", huge);
		expect(textLength(cut)).toBe(LIMITS.problematique);
		expect(cut).toBe(`${"a".repeat(399)}…`);
	});

	it("leaves short texts alone, spaces included", () => {
		expect(boundText("rule", "  Bienveillance  ")).toBe("  Bienveillance  ");
		expect(boundText("when", "")).toBe("");
	});
});

describe("keptByAuthor and checkCount", () => {
	const items = (authors: string) => [...authors].map((a, i) => ({ id: `${i}`, a }));
	const author = (x: { a: string }) => x.a;

	it("keeps each author's first entries in document order, and the board's first", () => {
		const kept = keptByAuthor(items("aabaaca"), author, { perPerson: 2, total: 10 });
		expect(kept.map((x) => x.id)).toEqual(["0", "1", "2", "5"]);
		const capped = keptByAuthor(items("abcdefgh"), author, { perPerson: 2, total: 3 });
		expect(capped.map((x) => x.a)).toEqual(["a", "b", "c"]);
	});

	it("refuses past a person's cap, then past the board's, with the maximum", () => {
		const cap = { perPerson: 2, total: 3 };
		expect(checkCount(items("a"), author, "a", cap)).toEqual({ ok: true });
		expect(checkCount(items("aa"), author, "a", cap)).toEqual(refuse("countLimit", 2));
		expect(checkCount(items("abc"), author, "d", cap)).toEqual({ ok: false, reason: "totalLimit", max: 3 });
		// Entries past others' caps do not fill the board.
		expect(checkCount(items("aaaaa"), author, "c", cap)).toEqual({ ok: true });
	});

	it("caps a workshop of 12 people with room to spare, one problématique each", () => {
		expect(CAPS.problematiques.perPerson).toBe(1);
		for (const cap of Object.values(CAPS)) expect(cap.total).toBeGreaterThanOrEqual(Math.min(cap.perPerson * 12, 16));
	});

	it("words the count refusals with their maximum, in French and in English", () => {
		expect(refusalMessage({ reason: "countLimit", max: 20 }, "fr")).toContain("20 par personne");
		expect(refusalMessage({ reason: "countLimit", max: 20 }, "en")).toContain("20 per person");
		expect(refusalMessage({ reason: "totalLimit", max: 100 }, "fr")).toContain("100 en tout");
		expect(refusalMessage({ reason: "totalLimit", max: 100 }, "en")).toContain("100 in all");
		expect(refusalMessage("countLimit", "fr")).not.toContain("{max}");
	});
});

function workshop() {
	const process = initialProcess({ title: "T", announcedEnd: 0, facilitatorId: "fac", facilitatorName: "Fanny", now: 0 });
	const board = initialBoard();
	board.members.set("fac", new Member({ id: "fac", name: "Fanny", observer: false, joinedAt: 1 }));
	board.members.set("ana", new Member({ id: "ana", name: "Ana", observer: false, joinedAt: 2 }));
	board.members.set("ben", new Member({ id: "ben", name: "Ben", observer: false, joinedAt: 3 }));
	return { process, board };
}

function ctxFor(process: CommandContext["process"], board: CommandContext["board"], id: string): CommandContext {
	let n = 0;
	return { me: { id, name: id, observer: false }, process, board, now: () => 0, newId: () => `new-${n++}` };
}

describe("the readers every surface uses", () => {
	it("cut every text past its limit, and keep at most the capped entries", () => {
		const { process, board } = workshop();
		board.problematiques.insertAtEnd(new Problematique({ id: "p-ana", authorId: "ana", text: huge, x: 0, y: 0 }));
		board.problematiques.insertAtEnd(new Problematique({ id: "p-ana-2", authorId: "ana", text: "second", x: 0, y: 0 }));
		board.problematiques.insertAtEnd(new Problematique({ id: "p-ben", authorId: "ben", text: "Ben", x: 0, y: 0 }));
		for (let i = 0; i < 2000; i++) board.rules.insertAtEnd(new Rule({ id: `r${i}`, text: huge.slice(0, 1000), authorId: "ana" }));
		board.rules.insertAtEnd(new Rule({ id: "r-ben", text: "Écoute", authorId: "ben" }));
		board.questions.insertAtEnd(new Question({ id: "q", authorId: "ben", text: huge, answer: huge }));
		board.rebonds.insertAtEnd(
			new Rebond({ id: "rb", authorId: "ben", confronted: huge, howMet: huge, whatWorked: "", kind: "temoignage" }),
		);
		board.notes.insertAtEnd(new SharedNote({ id: "n", authorId: "ben", text: huge }));
		for (let i = 0; i < 30; i++) board.plan.insertAtEnd(new PlanAction({ id: `a${i}`, text: huge, when: huge }));
		board.formulation = huge;

		expect(problematiquesOf(board).map((p) => p.id)).toEqual(["p-ana", "p-ben"]);
		expect(textLength(problematiquesOf(board)[0]?.text ?? "")).toBe(LIMITS.problematique);
		const rules = rulesOf(board);
		expect(rules).toHaveLength(CAPS.rules.perPerson + 1);
		expect(rules.at(-1)?.id).toBe("r-ben");
		expect(rules.every((r) => textLength(r.text) <= LIMITS.rule)).toBe(true);
		const q = questionsOf(board)[0];
		expect([textLength(q?.text ?? ""), textLength(q?.answer ?? "")]).toEqual([LIMITS.question, LIMITS.answer]);
		expect(textLength(rebondsOf(board)[0]?.confronted ?? "")).toBe(LIMITS.rebondField);
		expect(textLength(notesOf(board)[0]?.text ?? "")).toBe(LIMITS.note);
		expect(planOf(board)).toHaveLength(CAPS.plan.total);
		expect(textLength(planOf(board)[0]?.when ?? "")).toBe(LIMITS.when);
		expect(textLength(formulationOf(board))).toBe(LIMITS.formulation);
		// The vote and the récolte read the same.
		expect(voteContext(process, board).problematiqueIds).toEqual(["p-ana", "p-ben"]);
		expect(rankingOf(process, board).flatMap((g) => g.ids)).not.toContain("p-ana-2");
		expect(ideaSourcesOf(board).every((s) => textLength(s.text) <= LIMITS.ideaCopy)).toBe(true);
	});

	it("ignore dots on a problématique past its author's cap", () => {
		const { process, board } = workshop();
		board.problematiques.insertAtEnd(new Problematique({ id: "p1", authorId: "ana", text: "a", x: 0, y: 0 }));
		board.problematiques.insertAtEnd(new Problematique({ id: "p2", authorId: "ana", text: "b", x: 0, y: 0 }));
		board.dots.insertAtEnd(new Dot({ id: "d1", voterId: "ben", problematiqueId: "p2" }));
		const ranking = rankingOf(process, board);
		expect(ranking.flatMap((g) => g.ids)).toEqual(["p1"]);
	});

	it("feed the card specs bounded texts: no card holds more than its field's limit", () => {
		const { board } = workshop();
		board.problematiques.insertAtEnd(new Problematique({ id: "p", authorId: "ana", text: huge, x: 0, y: 0 }));
		board.rules.insertAtEnd(new Rule({ id: "r", text: huge, authorId: "ana" }));
		board.questions.insertAtEnd(new Question({ id: "q", authorId: "ben", text: huge, answer: huge }));
		board.rebonds.insertAtEnd(
			new Rebond({ id: "rb", authorId: "ben", confronted: huge, howMet: huge, whatWorked: huge, kind: "reference" }),
		);
		board.notes.insertAtEnd(new SharedNote({ id: "n", authorId: "ben", text: huge }));
		const fr = canvasWords("fr");
		const m = estimateMeasure;
		const p = problematiquesOf(board)[0];
		if (!p) throw new Error("no problématique");
		const note = noteSpec({ ...p, authorName: "Ana", position: { x: 0, y: 0 }, tally: undefined, chosen: false }, fr, m);
		const rule = rulesOf(board).map((r, i) => ruleSpec({ id: r.id, authorName: "Ana", text: r.text }, i, m))[0];
		const question = questionsOf(board).map((q, i) => questionSpec({ ...q, authorName: "Ben" }, i, m))[0];
		const rebonds = rebondSpecs(["ben"], rebondsOf(board), notesOf(board), () => "Ben", fr, m);
		const fulls = [note, rule, question, ...rebonds].map((c) => c?.full?.text ?? "");
		expect(textLength(fulls[0] ?? "")).toBe(LIMITS.problematique);
		expect(textLength(fulls[1] ?? "")).toBe(LIMITS.rule);
		for (const text of fulls) {
			expect(text.length).toBeGreaterThan(0);
			expect(textLength(text)).toBeLessThan(3 * LIMITS.rebondField + LIMITS.note);
		}
	});
});

describe("the commands copy bounded texts", () => {
	it("a recalled rule is the rule as everyone reads it, and only a rule that counts", () => {
		const { process, board } = workshop();
		board.rules.insertAtEnd(new Rule({ id: "r", text: huge, authorId: "ana" }));
		for (let i = 0; i < CAPS.rules.perPerson; i++) board.rules.insertAtEnd(new Rule({ id: `b${i}`, text: "x", authorId: "ben" }));
		const fac = ctxFor(process, board, "fac");
		expect(canRun(recallRule, fac, { kind: "rule", ruleId: "r" })).toEqual({ ok: true });
		// (An unhydrated tree takes no transaction: the command's edit alone.)
		recallRule.run(fac, { kind: "rule", ruleId: "r" });
		expect(textLength(process.recall?.text ?? "")).toBe(LIMITS.rule);
		board.rules.insertAtEnd(new Rule({ id: "hidden", text: "y", authorId: "ben" }));
		expect(canRun(recallRule, fac, { kind: "rule", ruleId: "hidden" })).toEqual(refuse("unknownItem"));
	});
});

describe("the commands refuse before the caps", () => {
	it("a rule past one's 20, a second problématique of a full table, a 6th learning, a 21st note", () => {
		const { process, board } = workshop();
		process.step = "regles";
		for (let i = 0; i < CAPS.rules.perPerson; i++) board.rules.insertAtEnd(new Rule({ id: `r${i}`, text: "x", authorId: "ana" }));
		expect(canRun(addRule, ctxFor(process, board, "ana"), { text: "Une de plus" })).toEqual(
			refuse("countLimit", CAPS.rules.perPerson),
		);
		expect(canRun(addRule, ctxFor(process, board, "ben"), { text: "Une de plus" }).ok).toBe(true);

		process.step = "partage";
		for (let i = 0; i < CAPS.problematiques.total; i++)
			board.problematiques.insertAtEnd(new Problematique({ id: `p${i}`, authorId: `ghost${i}`, text: "x", x: 0, y: 0 }));
		expect(canRun(putOnTable, ctxFor(process, board, "ana"), { text: "La mienne" })).toEqual(
			refuse("totalLimit", CAPS.problematiques.total),
		);

		process.offreurId = "ana";
		process.step = "partage-contributeurs";
		for (let i = 0; i < CAPS.learnings.perPerson; i++)
			board.learnings.insertAtEnd(new Learning({ id: `l${i}`, authorId: "ben", text: "x" }));
		expect(canRun(addLearning, ctxFor(process, board, "ben"), { text: "Encore" })).toEqual(
			refuse("countLimit", CAPS.learnings.perPerson),
		);

		process.step = "echanges";
		for (let i = 0; i < CAPS.notes.perPerson; i++)
			board.notes.insertAtEnd(new SharedNote({ id: `n${i}`, authorId: "ben", text: "x" }));
		expect(canRun(shareNote, ctxFor(process, board, "ben"), { text: "Encore" })).toEqual(
			refuse("countLimit", CAPS.notes.perPerson),
		);
		expect(canRun(shareNote, ctxFor(process, board, "ana"), { text: "Encore" }).ok).toBe(true);
	});
});
