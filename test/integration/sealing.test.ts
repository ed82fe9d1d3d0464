/**
 * What the facilitator closes is sealed in the process (which only the facilitator's
 * token writes): the vote's valid dots and ranking at its close, the chosen problématique
 * at consent, the kept ideas at the end of the récolte. A modified participant's client
 * editing the board directly afterwards changes nothing anyone reads.
 */
import { Tree } from "fluid-framework";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { placeDot, putOnTable } from "../../src/fluid/commands/board";
import { askConsent, moveStep, recordConsent, setVoteOpen, setVoteRevealed } from "../../src/fluid/commands/process";
import { harvestIdea, releaseIdea, shareRebond } from "../../src/fluid/commands/sheets";
import type { Command } from "../../src/fluid/commands/command";
import { documentationInputOf } from "../../src/fluid/documentation";
import { ConsentAnswer, Dot, Idea, Problematique } from "../../src/fluid/schema";
import { chosenProblematiqueOf, consentStandingOf, decidedIdeasOf, voteResultOf } from "../../src/fluid/sealed";
import type { WorkshopSession } from "../../src/fluid/session";
import type { StepId } from "../../src/domain/steps";
import { createTestWorkshop, eventually, settled, type TestWorkshop } from "../support/clients";

/** Everything decided, as one client reads it. */
function decided(s: WorkshopSession) {
	const p = s.processView.root;
	const b = s.boardView.root;
	const vote = voteResultOf(p, b);
	const doc = documentationInputOf(p, b, 0);
	return {
		ranking: vote.ranking,
		cards: vote.problematiques,
		valid: vote.valid.map((d) => [d.voterId, d.problematiqueId]),
		tally: [...vote.tally.entries()],
		chosen: chosenProblematiqueOf(p, b),
		ideas: decidedIdeasOf(p, b),
		docProblematique: doc.problematique,
		docIdeas: doc.ideas,
	};
}

function ok<A>(s: WorkshopSession, command: Command<A>, args: A): void {
	expect(s.run(command, args), command.name).toEqual({ ok: true });
}

describe("sealing what the facilitator closes", () => {
	let w: TestWorkshop;
	let alice: WorkshopSession;
	let bob: WorkshopSession;
	let mallory: WorkshopSession;
	let all: WorkshopSession[];
	let a: string;
	let b: string;
	let m: string;

	const step = async (to: StepId) => {
		ok(w.facilitator, moveStep, { to });
		await eventually(() => all.every((s) => s.processView.root.step === to), 20_000, `step ${to}`);
	};
	const converge = async () => {
		await settled(all, 30_000);
		const first = JSON.stringify(decided(w.facilitator));
		await eventually(() => all.every((s) => JSON.stringify(decided(s)) === first), 20_000, "every client to agree");
	};
	/** A modified client writes its board directly, bypassing the commands. */
	const forge = (s: WorkshopSession, edit: () => void) => Tree.runTransaction(s.boardView.root, edit);

	beforeAll(async () => {
		w = await createTestWorkshop(inject("appUrl"), "Scellés");
		alice = await w.join("Alice");
		bob = await w.join("Bob");
		mallory = await w.join("Mallory");
		all = [w.facilitator, alice, bob, mallory];
		await step("partage");
		ok(alice, putOnTable, { text: "Déléguer sans perdre le fil" });
		ok(bob, putOnTable, { text: "Dire non à un client" });
		ok(mallory, putOnTable, { text: "Reprendre un projet en retard" });
		await eventually(() => all.every((s) => s.boardView.root.problematiques.length === 3), 20_000, "3 problématiques");
		const idOf = (s: WorkshopSession) =>
			w.facilitator.boardView.root.problematiques.find((p) => p.authorId === s.me.userId)?.id ?? "";
		[a, b, m] = [idOf(alice), idOf(bob), idOf(mallory)];
		await step("choix");
		for (const [s, target] of [
			[alice, a],
			[alice, a],
			[alice, b],
			[bob, a],
			[bob, b],
			[mallory, m],
		] as const) {
			ok(s, placeDot, { problematiqueId: target });
		}
		await eventually(() => all.every((s) => s.boardView.root.dots.length === 6), 20_000, "6 dots");
	});
	afterAll(() => w?.dispose());

	it("seals the valid dots and the ranking when the facilitator closes the vote", async () => {
		ok(w.facilitator, setVoteOpen, { open: false });
		ok(w.facilitator, setVoteRevealed, { revealed: true });
		await converge();
		for (const s of all) expect(s.processView.root.sealedVote).toBeDefined();
		const before = decided(bob);
		expect(before.ranking).toEqual([
			{ votes: 3, ids: [a] },
			{ votes: 2, ids: [b] },
			{ votes: 1, ids: [m] },
		]);
		expect(before.cards.find((c) => c.id === a)).toEqual({
			id: a,
			authorId: alice.me.userId,
			text: "Déléguer sans perdre le fil",
		});

		// Mallory's modified client: Alice's dots gone, three in Bob's name, Alice's problématique deleted.
		forge(mallory, () => {
			const dots = mallory.boardView.root.dots;
			for (let i = dots.length - 1; i >= 0; i--) if (dots[i]?.voterId === alice.me.userId) dots.removeAt(i);
			dots.insertAtEnd(...[0, 1, 2].map((i) => new Dot({ id: `forged-${i}`, voterId: bob.me.userId, problematiqueId: m })));
			const notes = mallory.boardView.root.problematiques;
			notes.removeAt(notes.findIndex((p) => p.id === a));
		});
		await eventually(() => all.every((s) => !s.boardView.root.problematiques.some((p) => p.id === a)), 20_000, "the forged edit");
		await converge();
		for (const s of all) expect(decided(s)).toEqual(before);
	});

	it("asks the sealed first even though its problématique left the board, and seals the choice at the yes", async () => {
		await step("consentement");
		ok(w.facilitator, askConsent, {});
		await eventually(() => all.every((s) => s.processView.root.consent.askedId === a), 20_000, "Alice asked");
		// The facilitator's client records Alice's yes (as the consent recorder does from her presence).
		ok(w.facilitator, recordConsent, { problematiqueId: a, answer: "yes" });
		await eventually(() => all.every((s) => s.processView.root.offreurId === alice.me.userId), 20_000, "Alice offreuse");
		await converge();
		const before = decided(mallory);
		expect(before.chosen).toEqual({ id: a, authorId: alice.me.userId, text: "Déléguer sans perdre le fil" });
		expect(before.docProblematique).toBe("Déléguer sans perdre le fil");

		// A forged "no" in Alice's name, and a problématique of Mallory's under the chosen id.
		forge(mallory, () => {
			const board = mallory.boardView.root;
			board.consentAnswers.insertAtEnd(new ConsentAnswer({ problematiqueId: a, userId: alice.me.userId, answer: "no" }));
			board.problematiques.insertAtEnd(
				new Problematique({ id: a, authorId: mallory.me.userId, text: "Texte forgé", x: 0, y: 0 }),
			);
		});
		await eventually(() => all.every((s) => s.boardView.root.consentAnswers.length === 1), 20_000, "the forged answer");
		await converge();
		for (const s of all) {
			expect(decided(s)).toEqual(before);
			expect(s.processView.root.offreurId).toBe(alice.me.userId);
			expect(consentStandingOf(s.processView.root, s.boardView.root, alice.me.userId)).toBe("saidYes");
			expect(consentStandingOf(s.processView.root, s.boardView.root, mallory.me.userId)).not.toBe("saidYes");
		}
		expect(w.facilitator.run(recordConsent, { problematiqueId: a, answer: "no" })).toEqual({
			ok: false,
			reason: "alreadyDecided",
		});
	});

	it("seals the kept ideas when the facilitator moves on from the récolte", async () => {
		await step("echanges");
		ok(bob, shareRebond, { confronted: "Oui, l'an dernier", howMet: "J'ai listé", whatWorked: "", kind: "temoignage" });
		ok(mallory, shareRebond, { confronted: "Un livre", howMet: "", whatWorked: "", kind: "reference" });
		ok(bob, shareRebond, { confronted: "Un collègue", howMet: "", whatWorked: "", kind: "temoignage" });
		await eventually(() => all.every((s) => s.boardView.root.rebonds.length === 3), 20_000, "3 rebonds");
		const rebondOf = (confronted: string) =>
			w.facilitator.boardView.root.rebonds.find((r) => r.confronted === confronted)?.id ?? "";
		const rebonds = [rebondOf("Oui, l'an dernier"), rebondOf("Un livre"), rebondOf("Un collègue")];
		await step("recolte");
		ok(alice, harvestIdea, { sourceKind: "rebond", sourceId: rebonds[0] as string });
		ok(alice, harvestIdea, { sourceKind: "rebond", sourceId: rebonds[1] as string });
		await eventually(() => all.every((s) => s.boardView.root.ideas.length === 2), 20_000, "2 ideas");
		// Still open in récolte: the board is what counts.
		expect(w.facilitator.processView.root.sealedIdeas).toBeUndefined();
		await step("partage-offreur");
		await converge();
		const before = decided(bob);
		expect(before.ideas.map((i) => [i.sourceId, i.text, i.authorId])).toEqual([
			[rebonds[0], "Oui, l'an dernier — J'ai listé", bob.me.userId],
			[rebonds[1], "Un livre", mallory.me.userId],
		]);
		expect(before.docIdeas.map((i) => i.text)).toEqual(["Oui, l'an dernier — J'ai listé", "Un livre"]);

		forge(mallory, () => {
			const ideas = mallory.boardView.root.ideas;
			const second = ideas[1];
			if (second) second.text = "Texte forgé";
			ideas.removeAt(0);
			ideas.insertAtEnd(
				new Idea({
					id: "forged-idea",
					sourceKind: "rebond",
					sourceId: rebonds[2] as string,
					text: "Forgé",
					authorId: bob.me.userId,
				}),
			);
		});
		await eventually(() => all.every((s) => s.boardView.root.ideas.some((i) => i.id === "forged-idea")), 20_000, "forged ideas");
		await converge();
		for (const s of all) expect(decided(s)).toEqual(before);
	});

	it("reopens the récolte when the facilitator goes back to it, and seals it again on leaving", async () => {
		await step("recolte");
		expect(w.facilitator.processView.root.sealedIdeas).toBeUndefined();
		// The offreuse's own edits count again: she releases the forged idea.
		ok(alice, releaseIdea, { ideaId: "forged-idea" });
		// What is sealed is the board as the facilitator's client has it at the close.
		await eventually(() => w.facilitator.boardView.root.ideas.length === 1, 20_000, "the release");
		await step("partage-offreur");
		await converge();
		expect(decided(bob).ideas.map((i) => i.text)).toEqual(["Texte forgé"]);
	});
});

describe("a process without sealed copies (an older app closed the vote)", () => {
	let w: TestWorkshop;
	let alice: WorkshopSession;
	let all: WorkshopSession[];

	beforeAll(async () => {
		w = await createTestWorkshop(inject("appUrl"), "Sans scellés");
		alice = await w.join("Alice");
		all = [w.facilitator, alice];
		ok(w.facilitator, moveStep, { to: "partage" });
		await eventually(() => all.every((s) => s.processView.root.step === "partage"));
		ok(alice, putOnTable, { text: "Déléguer" });
		await eventually(() => all.every((s) => s.boardView.root.problematiques.length === 1));
		ok(w.facilitator, moveStep, { to: "choix" });
		await eventually(() => all.every((s) => s.processView.root.vote.open));
	});
	afterAll(() => w?.dispose());

	it("reads the live board for the vote, the choice and the ideas", async () => {
		const a = w.facilitator.boardView.root.problematiques[0]?.id ?? "";
		ok(alice, placeDot, { problematiqueId: a });
		await eventually(() => all.every((s) => s.boardView.root.dots.length === 1));
		// What an older facilitator's app writes: the vote closed, the yes recorded, the step moved; nothing sealed.
		const process = w.facilitator.processView.root;
		Tree.runTransaction(process, () => {
			process.vote.open = false;
			process.consent.acceptedId = a;
			process.offreurId = alice.me.userId;
			process.step = "partage-offreur";
		});
		Tree.runTransaction(alice.boardView.root, () => {
			alice.boardView.root.ideas.insertAtEnd(new Idea({ id: "i1", sourceKind: "note", sourceId: "n1", text: "Une idée" }));
		});
		await eventually(() =>
			all.every((s) => s.processView.root.step === "partage-offreur" && s.boardView.root.ideas.length === 1),
		);
		for (const s of all) {
			const p = s.processView.root;
			expect(p.sealedVote).toBeUndefined();
			expect(p.sealedChoice).toBeUndefined();
			expect(p.sealedIdeas).toBeUndefined();
			const read = decided(s);
			expect(read.ranking).toEqual([{ votes: 1, ids: [a] }]);
			expect(read.chosen).toEqual({ id: a, authorId: alice.me.userId, text: "Déléguer" });
			expect(read.ideas.map((i) => i.text)).toEqual(["Une idée"]);
		}
		// The board is what counts: a change there is read.
		Tree.runTransaction(alice.boardView.root, () => {
			const note = alice.boardView.root.problematiques[0];
			if (note) note.text = "Déléguer mieux";
		});
		await eventually(() => all.every((s) => decided(s).chosen?.text === "Déléguer mieux"), 20_000, "the live text");
	});
});
