/**
 * The sheets after the choice (formulation, rebonds, notes, récolte, plan, learnings,
 * documentation) and arranging or withdrawing cards on the table: who may write what,
 * in which step, what everyone sees, and that every client converges.
 */
import { keptIdeas } from "../../src/domain/recolte";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { answerConsentRequest, askQuestion, answerQuestion, placeDot, putOnTable } from "../../src/fluid/commands/board";
import type { Command } from "../../src/fluid/commands/command";
import { askConsent, decideTie, moveStep, recordConsent } from "../../src/fluid/commands/process";
import {
	addLearning,
	addPlanAction,
	agreeDocumentation,
	editPlanAction,
	harvestIdea,
	moveProblematique,
	movePlanAction,
	releaseIdea,
	removePlanAction,
	shareNote,
	shareRebond,
	withdrawCard,
	writeDocumentation,
	writeFormulation,
	type RebondContent,
} from "../../src/fluid/commands/sheets";
import { documentationAnswersOf, keptIdeasOf } from "../../src/fluid/read";
import type { StepId } from "../../src/domain/steps";
import { evaluateBoardVotes } from "../../src/fluid/read";
import { Tree } from "fluid-framework";
import { notePosition } from "../../src/board/layout";
import type { WorkshopSession } from "../../src/fluid/session";
import { createTestWorkshop, eventually, settled, type TestWorkshop } from "../support/clients";

function sheetsSnapshot(s: WorkshopSession): string {
	const b = s.boardView.root;
	return JSON.stringify({
		formulation: b.formulation,
		rebonds: b.rebonds.map((r) => [r.id, r.authorId, r.confronted, r.howMet, r.whatWorked, r.kind]),
		notes: b.notes.map((n) => [n.id, n.authorId, n.text]),
		ideas: b.ideas.map((i) => [i.id, i.sourceKind, i.sourceId, i.text]),
		plan: b.plan.map((p) => [p.id, p.text, p.when]),
		learnings: b.learnings.map((l) => [l.id, l.authorId, l.text]),
		agreements: b.agreements.map((a) => [a.userId, a.agree]),
		documentation: b.documentation,
		problematiques: b.problematiques.map((p) => [p.id, p.authorId, p.text, p.x, p.y]),
		dots: b.dots.map((d) => [d.id, d.voterId, d.problematiqueId]),
		step: s.processView.root.step,
		offreurId: s.processView.root.offreurId,
	});
}

const no = (reason: string) => ({ ok: false, reason });
const rebond = (confronted: string, kind: RebondContent["kind"] = "temoignage"): RebondContent => ({
	confronted,
	howMet: "",
	whatWorked: "",
	kind,
});

interface Table {
	w: TestWorkshop;
	all: WorkshopSession[];
	ok<A>(s: WorkshopSession, command: Command<A>, args: A): void;
	converge(): Promise<void>;
	step(to: StepId): Promise<void>;
}

async function table(title: string, names: string[]): Promise<Table & { people: WorkshopSession[] }> {
	const w = await createTestWorkshop(inject("appUrl"), title);
	const people: WorkshopSession[] = [];
	for (const n of names) people.push(await w.join(n));
	const all = [w.facilitator, ...people];
	await eventually(() => all.every((s) => s.boardView.root.members.size === all.length), 20_000, "members everywhere");
	const t: Table = {
		w,
		all,
		ok(s, command, args) {
			expect(s.run(command, args), `${command.name} by ${s.me.name}`).toEqual({ ok: true });
		},
		async converge() {
			await settled(t.all, 30_000);
			await eventually(() => new Set(t.all.map(sheetsSnapshot)).size === 1, 20_000, "identical sheets on every client");
		},
		async step(to) {
			t.ok(w.facilitator, moveStep, { to });
			await eventually(() => t.all.every((s) => s.processView.root.step === to), 20_000, `step ${to}`);
		},
	};
	return { ...t, people };
}

describe("the sheets after the choice", () => {
	let t: Table;
	let alice: WorkshopSession; // the offreuse
	let bob: WorkshopSession;
	let carol: WorkshopSession;
	let dave: WorkshopSession;
	let aliceTab2: WorkshopSession;
	const fac = () => t.w.facilitator;
	const board = (s: WorkshopSession) => s.boardView.root;

	beforeAll(async () => {
		const made = await table("Feuilles", ["Alice", "Bob", "Carol", "Dave"]);
		t = made;
		[alice, bob, carol, dave] = made.people as [WorkshopSession, WorkshopSession, WorkshopSession, WorkshopSession];
		await t.step("partage");
		for (const s of [alice, bob, carol]) t.ok(s, putOnTable, { text: `Problème de ${s.me.name}` });
		await eventually(() => t.all.every((s) => board(s).problematiques.length === 3), 20_000, "3 problématiques");
		const pa = board(fac()).problematiques.find((p) => p.authorId === alice.me.userId)?.id ?? "";
		await t.step("choix");
		for (const s of [alice, bob, carol]) t.ok(s, placeDot, { problematiqueId: pa });
		await t.converge();
		await t.step("consentement");
		const asked = fac().run(askConsent, {});
		if (!asked.ok) t.ok(fac(), decideTie, { problematiqueId: pa });
		if (!asked.ok) t.ok(fac(), askConsent, {});
		await eventually(() => alice.processView.root.consent.askedId === pa, 20_000, "Alice asked");
		t.ok(alice, answerConsentRequest, { answer: "yes" });
		await eventually(() => board(fac()).consentAnswers.length === 1);
		t.ok(fac(), recordConsent, { problematiqueId: pa, answer: "yes" });
		aliceTab2 = await t.w.open(alice.me);
		t.all.push(aliceTab2);
		await t.converge();
		expect(bob.processView.root.offreurId).toBe(alice.me.userId);
	});
	afterAll(() => t?.w.dispose());

	it("notes are shared when writing notes is allowed, and only then", async () => {
		await t.step("expose");
		t.ok(bob, shareNote, { text: "  Elle a six personnes dans l'équipe  " });
		t.ok(alice, shareNote, { text: "Ce que j'ai dit" });
		expect(fac().run(shareNote, { text: "x" })).toEqual(no("notForYourRole"));
		expect(carol.run(shareNote, { text: "   " })).toEqual(no("textEmpty"));
		expect(carol.run(shareNote, { text: "x".repeat(2001) })).toEqual(no("textTooLong"));
		await t.step("clarification");
		t.ok(bob, askQuestion, { text: "Depuis quand ?" });
		await eventually(() => board(alice).questions.length === 1);
		t.ok(alice, answerQuestion, { questionId: board(alice).questions[0]?.id ?? "", text: "Six mois" });
		await t.step("reformulation");
		t.ok(carol, shareNote, { text: "Déléguer, mais quoi ?" });
		expect(alice.run(shareNote, { text: "x" })).toEqual(no("notForYourRole"));
		await t.converge();
		const texts = board(dave).notes.map((n) => [n.authorId, n.text]);
		expect(texts).toContainEqual([bob.me.userId, "Elle a six personnes dans l'équipe"]);
		expect(texts).toContainEqual([carol.me.userId, "Déléguer, mais quoi ?"]);
		expect(texts.length).toBe(3);
	});

	it("the formulation is written by the offreuse alone, in reformulation", async () => {
		expect(bob.run(writeFormulation, { text: "J'aimerais…" })).toEqual(no("notForYourRole"));
		expect(fac().run(writeFormulation, { text: "J'aimerais…" })).toEqual(no("notForYourRole"));
		expect(alice.run(writeFormulation, { text: "x".repeat(401) })).toEqual(no("textTooLong"));
		expect(alice.run(writeFormulation, { text: "  " })).toEqual(no("textEmpty"));
		t.ok(alice, writeFormulation, { text: "  J'aimerais que le groupe m'aide à déléguer  " });
		await t.converge();
		for (const s of t.all) expect(board(s).formulation).toBe("J'aimerais que le groupe m'aide à déléguer");
		await t.step("reflexion");
		expect(alice.run(writeFormulation, { text: "Autre" })).toEqual(no("notInThisStep"));
	});

	it("rebonds are written in réflexion but shared only in échanges", async () => {
		expect(bob.run(shareRebond, rebond("Oui"))).toEqual(no("notInThisStep"));
		expect(bob.run(shareNote, { text: "x" })).toEqual(no("notInThisStep"));
		await t.step("echanges");
		expect(alice.run(shareRebond, rebond("Oui"))).toEqual(no("notForYourRole"));
		expect(bob.run(shareRebond, { confronted: " ", howMet: "", whatWorked: "\n", kind: "temoignage" })).toEqual(no("textEmpty"));
		expect(bob.run(shareRebond, { ...rebond("Oui"), whatWorked: "x".repeat(601) })).toEqual(no("textTooLong"));
		const advice = { ...rebond("Tu devrais déléguer"), kind: "conseil" } as unknown as RebondContent;
		expect(bob.run(shareRebond, advice).ok).toBe(false);
		await t.converge();
		expect(board(dave).rebonds.length).toBe(0);
	});

	it("rebonds from two contributors at the same moment both arrive everywhere, in one order", async () => {
		t.ok(bob, shareRebond, {
			confronted: " Oui, l'an dernier ",
			howMet: "J'ai listé les tâches",
			whatWorked: "",
			kind: "temoignage",
		});
		t.ok(carol, shareRebond, rebond("Un livre : « L'art de déléguer »", "reference"));
		t.ok(alice, shareNote, { text: "Lister les tâches" });
		await t.converge();
		const mine = (s: WorkshopSession) => board(dave).rebonds.find((r) => r.authorId === s.me.userId);
		expect(mine(bob)).toMatchObject({ confronted: "Oui, l'an dernier", howMet: "J'ai listé les tâches", kind: "temoignage" });
		expect(mine(carol)).toMatchObject({ confronted: "Un livre : « L'art de déléguer »", kind: "reference" });
		expect(board(fac()).rebonds.length).toBe(2);
	});

	it("the offreuse harvests ideas only in récolte and plan, at most 3, each source once", async () => {
		const bobRebond = board(alice).rebonds.find((r) => r.authorId === bob.me.userId)?.id ?? "";
		const carolRebond = board(alice).rebonds.find((r) => r.authorId === carol.me.userId)?.id ?? "";
		const carolNote = board(alice).notes.find((n) => n.authorId === carol.me.userId)?.id ?? "";
		const question = board(alice).questions[0]?.id ?? "";
		expect(alice.run(harvestIdea, { sourceKind: "rebond", sourceId: bobRebond })).toEqual(no("notInThisStep"));
		await t.step("recolte");
		expect(bob.run(harvestIdea, { sourceKind: "rebond", sourceId: bobRebond })).toEqual(no("notForYourRole"));
		expect(alice.run(harvestIdea, { sourceKind: "note", sourceId: "nope" })).toEqual(no("unknownItem"));
		expect(alice.run(harvestIdea, { sourceKind: "note", sourceId: bobRebond })).toEqual(no("unknownItem"));
		t.ok(alice, harvestIdea, { sourceKind: "rebond", sourceId: bobRebond });
		expect(alice.run(harvestIdea, { sourceKind: "rebond", sourceId: bobRebond })).toEqual(no("alreadyHarvested"));
		t.ok(alice, harvestIdea, { sourceKind: "note", sourceId: carolNote });
		t.ok(alice, harvestIdea, { sourceKind: "question", sourceId: question });
		expect(alice.run(harvestIdea, { sourceKind: "rebond", sourceId: carolRebond })).toEqual(no("tooManyIdeas"));
		await t.converge();
		expect(board(bob).ideas.map((i) => [i.sourceKind, i.sourceId, i.text])).toEqual([
			["rebond", bobRebond, "Oui, l'an dernier — J'ai listé les tâches"],
			["note", carolNote, "Déléguer, mais quoi ?"],
			["question", question, "Depuis quand ? → Six mois"],
		]);
		// An idea keeps a copy of its source: Carol withdrawing her note leaves the idea whole.
		t.ok(carol, withdrawCard, { kind: "note", id: carolNote });
		await t.converge();
		expect(board(dave).notes.some((n) => n.id === carolNote)).toBe(false);
		expect(board(dave).ideas.find((i) => i.sourceId === carolNote)?.text).toBe("Déléguer, mais quoi ?");
		// Each kept idea shows its source and its author, even once the source is withdrawn.
		expect(keptIdeasOf(board(dave)).map((i) => [i.sourceKind, i.authorId])).toEqual([
			["rebond", bob.me.userId],
			["note", carol.me.userId],
			["question", board(dave).questions[0]?.authorId],
		]);
		// Released, it makes room for another one.
		const ideaId = board(alice).ideas.find((i) => i.sourceId === question)?.id ?? "";
		expect(bob.run(releaseIdea, { ideaId })).toEqual(no("notForYourRole"));
		t.ok(alice, releaseIdea, { ideaId });
		t.ok(alice, harvestIdea, { sourceKind: "rebond", sourceId: carolRebond });
		await t.converge();
		expect(board(carol).ideas.map((i) => i.sourceId)).toEqual([bobRebond, carolNote, carolRebond]);
	});

	it("the plan d'action: add with and without a when, edit, reorder, remove", async () => {
		await t.step("plan");
		expect(bob.run(addPlanAction, { text: "x", when: "" })).toEqual(no("notForYourRole"));
		expect(alice.run(addPlanAction, { text: "x", when: "y".repeat(81) })).toEqual(no("textTooLong"));
		expect(alice.run(addPlanAction, { text: " ", when: "lundi" })).toEqual(no("textEmpty"));
		for (const [text, when] of [
			["A", "lundi"],
			["B", ""],
			["C", "  en mai "],
			["D", ""],
		] as const)
			t.ok(alice, addPlanAction, { text, when });
		await t.converge();
		const plan = () => board(carol).plan.map((p) => p.text);
		const id = (text: string) => board(alice).plan.find((p) => p.text === text)?.id ?? "";
		expect(board(carol).plan.map((p) => [p.text, p.when])).toEqual([
			["A", "lundi"],
			["B", ""],
			["C", "en mai"],
			["D", ""],
		]);
		t.ok(alice, editPlanAction, { actionId: id("B"), text: "B'", when: "demain" });
		expect(alice.run(editPlanAction, { actionId: "nope", text: "x", when: "" })).toEqual(no("unknownItem"));
		await t.converge();
		expect(board(bob).plan.find((p) => p.text === "B'")?.when).toBe("demain");
		t.ok(alice, movePlanAction, { actionId: id("D"), toIndex: 0 });
		await t.converge();
		expect(plan()).toEqual(["D", "A", "B'", "C"]);
		t.ok(alice, movePlanAction, { actionId: id("D"), toIndex: 3 });
		await t.converge();
		expect(plan()).toEqual(["A", "B'", "C", "D"]);
		t.ok(alice, movePlanAction, { actionId: id("A"), toIndex: 2 });
		await t.converge();
		expect(plan()).toEqual(["B'", "C", "A", "D"]);
		t.ok(alice, movePlanAction, { actionId: id("D"), toIndex: 1 });
		await t.converge();
		expect(plan()).toEqual(["B'", "D", "C", "A"]);
		expect(alice.run(movePlanAction, { actionId: id("A"), toIndex: 4 })).toEqual(no("unknownItem"));
		expect(alice.run(movePlanAction, { actionId: id("A"), toIndex: -1 })).toEqual(no("unknownItem"));
		t.ok(alice, removePlanAction, { actionId: id("C") });
		await t.converge();
		expect(plan()).toEqual(["B'", "D", "A"]);
	});

	it("two tabs of the offreuse adding and moving actions at once converge", async () => {
		await eventually(() => board(aliceTab2).plan.length === 3, 20_000, "the second tab caught up");
		t.ok(alice, addPlanAction, { text: "Tab 1", when: "" });
		t.ok(aliceTab2, addPlanAction, { text: "Tab 2", when: "jeudi" });
		await t.converge();
		expect([...board(dave).plan.map((p) => p.text)].sort()).toEqual(["A", "B'", "D", "Tab 1", "Tab 2"]);
		const idIn = (s: WorkshopSession, text: string) => board(s).plan.find((p) => p.text === text)?.id ?? "";
		t.ok(alice, movePlanAction, { actionId: idIn(alice, "A"), toIndex: 0 });
		t.ok(aliceTab2, movePlanAction, { actionId: idIn(aliceTab2, "Tab 2"), toIndex: 0 });
		await t.converge();
		const final = board(dave).plan.map((p) => p.text);
		expect(final.length).toBe(5);
		expect(final.slice(0, 2).sort()).toEqual(["A", "Tab 2"]);
	});

	it("two tabs of the offreuse harvesting at once never keep a source twice or more than 3 ideas", async () => {
		const question = board(alice).questions[0]?.id ?? "";
		t.ok(alice, releaseIdea, { ideaId: board(alice).ideas[2]?.id ?? "" });
		await eventually(() => board(aliceTab2).ideas.length === 2, 20_000, "the second tab sees 2 ideas");
		t.ok(alice, harvestIdea, { sourceKind: "question", sourceId: question });
		t.ok(aliceTab2, harvestIdea, { sourceKind: "question", sourceId: question });
		await t.converge();
		// What counts (and what every screen shows) is decided over the converged list.
		const sources = keptIdeas(board(bob).ideas).map((i) => i.sourceId);
		expect(sources.length).toBeLessThanOrEqual(3);
		expect(new Set(sources).size, JSON.stringify(sources)).toBe(sources.length);
		expect(sources).toContain(question);
		for (const s of t.all)
			expect(keptIdeas(board(s).ideas).map((i) => i.id)).toEqual(keptIdeas(board(bob).ideas).map((i) => i.id));
	});

	it("learnings: the offreuse's in partage-offreur, the contributors' in partage-contributeurs", async () => {
		await t.step("partage-offreur");
		expect(bob.run(addLearning, { text: "x" })).toEqual(no("notForYourRole"));
		t.ok(alice, addLearning, { text: "Je garde la liste des tâches" });
		await t.step("partage-contributeurs");
		expect(alice.run(addLearning, { text: "x" })).toEqual(no("notForYourRole"));
		expect(fac().run(addLearning, { text: "x" })).toEqual(no("notForYourRole"));
		t.ok(bob, addLearning, { text: "Écouter sans conseiller" });
		t.ok(carol, addLearning, { text: "Le processus aide" });
		await t.converge();
		const byAuthor = new Map(board(dave).learnings.map((l) => [l.authorId, l.text]));
		expect(byAuthor).toEqual(
			new Map([
				[alice.me.userId, "Je garde la liste des tâches"],
				[bob.me.userId, "Écouter sans conseiller"],
				[carol.me.userId, "Le processus aide"],
			]),
		);
	});

	it("documentation only once every member agrees; one change of mind blocks it again", async () => {
		await t.step("documentation");
		const doc = { text: "Résumé de la séance" };
		expect(alice.run(writeDocumentation, doc)).toEqual(no("notEveryoneAgrees"));
		expect(bob.run(writeDocumentation, doc)).toEqual(no("notForYourRole"));
		for (const s of [fac(), alice, bob, carol]) t.ok(s, agreeDocumentation, { agree: true });
		await t.converge();
		expect(alice.run(writeDocumentation, doc)).toEqual(no("notEveryoneAgrees"));
		t.ok(dave, agreeDocumentation, { agree: false });
		t.ok(dave, agreeDocumentation, { agree: true });
		await t.converge();
		expect(board(fac()).agreements.length).toBe(5);
		t.ok(alice, writeDocumentation, doc);
		await t.converge();
		for (const s of t.all) expect(board(s).documentation).toBe("Résumé de la séance");
		t.ok(carol, agreeDocumentation, { agree: false });
		await eventually(() => board(aliceTab2).agreements.some((a) => a.userId === carol.me.userId && !a.agree));
		expect(aliceTab2.run(writeDocumentation, { text: "Autre" })).toEqual(no("notEveryoneAgrees"));
		await t.converge();
		expect(board(bob).documentation).toBe("Résumé de la séance");
		// Carol's no is a no, not "not yet": everyone reads it as such.
		const answers = documentationAnswersOf(board(bob));
		expect(answers.refused).toEqual([carol.me.userId]);
		expect(answers.notYet).toEqual([]);
		expect(answers.agreed).not.toContain(carol.me.userId);
	});
});

describe("cards on the table: moving and withdrawing", () => {
	let t: Table & { people: WorkshopSession[] };
	let alice: WorkshopSession;
	let bob: WorkshopSession;
	let carol: WorkshopSession;
	const fac = () => t.w.facilitator;
	const board = (s: WorkshopSession) => s.boardView.root;
	const idOf = (s: WorkshopSession) => board(fac()).problematiques.find((p) => p.authorId === s.me.userId)?.id ?? "";

	beforeAll(async () => {
		t = await table("Table", ["Alice", "Bob", "Carol"]);
		[alice, bob, carol] = t.people as [WorkshopSession, WorkshopSession, WorkshopSession];
		await t.step("partage");
		for (const s of t.people) t.ok(s, putOnTable, { text: `Problème de ${s.me.name}`, x: 10, y: 10 });
		await t.converge();
		await t.step("choix");
	});
	afterAll(() => t?.w.dispose());

	it("the author moves their own note; another participant may not; the facilitator may move any", async () => {
		t.ok(alice, moveProblematique, { problematiqueId: idOf(alice), x: 100, y: 50 });
		expect(bob.run(moveProblematique, { problematiqueId: idOf(alice), x: 0, y: 0 })).toEqual(no("notYourCard"));
		expect(bob.run(moveProblematique, { problematiqueId: "nope", x: 0, y: 0 })).toEqual(no("unknownItem"));
		expect(bob.run(moveProblematique, { problematiqueId: idOf(bob), x: Number.NaN, y: 0 })).toEqual(no("unknownItem"));
		t.ok(fac(), moveProblematique, { problematiqueId: idOf(bob), x: 300, y: 20 });
		await t.converge();
		const at = (s: WorkshopSession) => board(carol).problematiques.find((p) => p.authorId === s.me.userId);
		expect(at(alice)).toMatchObject({ x: 100, y: 50 });
		expect(at(bob)).toMatchObject({ x: 300, y: 20 });
	});

	it("a note put exactly at the board's origin stays there (it is not sent back to its slot)", async () => {
		t.ok(alice, moveProblematique, { problematiqueId: idOf(alice), x: 0, y: 0 });
		await t.converge();
		const list = board(carol).problematiques;
		const index = list.findIndex((p) => p.id === idOf(alice));
		const note = list[index];
		const shown = notePosition(note?.x ?? Number.NaN, note?.y ?? Number.NaN, index);
		expect(Math.hypot(shown.x, shown.y)).toBeLessThanOrEqual(1);
	});

	it("concurrent moves of one note by its author and the facilitator converge to one of the two positions", async () => {
		t.ok(carol, moveProblematique, { problematiqueId: idOf(carol), x: 1, y: 2 });
		t.ok(fac(), moveProblematique, { problematiqueId: idOf(carol), x: 700, y: 800 });
		await t.converge();
		const p = board(alice).problematiques.find((x) => x.id === idOf(carol));
		expect([
			[1, 2],
			[700, 800],
		]).toContainEqual([p?.x, p?.y]);
	});

	it("withdrawing a problématique removes it and its dots in one transaction, everywhere", async () => {
		const pc = idOf(carol);
		t.ok(alice, placeDot, { problematiqueId: pc });
		t.ok(bob, placeDot, { problematiqueId: pc });
		t.ok(bob, placeDot, { problematiqueId: idOf(alice) });
		await t.converge();
		expect(board(carol).dots.filter((d) => d.problematiqueId === pc).length).toBe(2);
		expect(bob.run(withdrawCard, { kind: "problematique", id: pc })).toEqual(no("notYourCard"));
		expect(fac().run(withdrawCard, { kind: "problematique", id: pc })).toEqual(no("notYourCard"));
		// Every client checks, after each change it sees, that no dot points at a missing note.
		const dangling: string[] = [];
		const stops = t.all.map((s) =>
			Tree.on(s.boardView.root, "treeChanged", () => {
				const ids = new Set(board(s).problematiques.map((p) => p.id));
				for (const d of board(s).dots) if (!ids.has(d.problematiqueId)) dangling.push(`${s.me.name}: ${d.id}`);
			}),
		);
		t.ok(carol, withdrawCard, { kind: "problematique", id: pc });
		await t.converge();
		for (const stop of stops) stop();
		expect(dangling).toEqual([]);
		for (const s of t.all) {
			expect(board(s).problematiques.map((p) => p.id)).not.toContain(pc);
			expect(board(s).dots.map((d) => d.problematiqueId)).toEqual([idOf(alice)]);
		}
	});

	it("a dot placed while its problématique is withdrawn leaves no dot on a missing note", async () => {
		const pb = idOf(bob);
		// Both happen before either client has seen the other's edit.
		t.ok(alice, placeDot, { problematiqueId: pb });
		t.ok(bob, withdrawCard, { kind: "problematique", id: pb });
		await t.converge();
		// What the vote shows is right: the stray dot counts for nobody and costs Alice nothing.
		const e = evaluateBoardVotes(bob.processView.root, board(bob));
		expect(e.valid.map((d) => d.problematiqueId)).toEqual([idOf(alice)]);
		expect(e.perVoter.get(alice.me.userId)).toBeUndefined();
		for (const s of t.all) expect(board(s).problematiques.some((p) => p.id === pb)).toBe(false);
		// Either the dot was dropped (withdrawal sequenced first), or it stayed, counting for
		// nobody, until Alice's next dot clears it.
		t.ok(alice, placeDot, { problematiqueId: idOf(alice) });
		await t.converge();
		for (const s of t.all) {
			const ids = new Set(board(s).problematiques.map((p) => p.id));
			expect(
				board(s)
					.dots.filter((d) => !ids.has(d.problematiqueId))
					.map((d) => d.problematiqueId),
				s.me.name,
			).toEqual([]);
		}
	});
});
