/**
 * The documentation step and the end of the workshop, with several Fluid clients: an
 * anonymous yes, a no with its reason that blocks the documentation for everyone, a
 * saved document that may not name the anonymous person, and the facilitator's end after
 * which every board and process command is refused while the document stays readable.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { answerConsentRequest, placeDot, putOnTable } from "../../src/fluid/commands/board";
import type { Command } from "../../src/fluid/commands/command";
import { COMMANDS } from "../../src/fluid/commands/registry";
import { askConsent, decideTie, endWorkshop, moveStep, recordConsent } from "../../src/fluid/commands/process";
import { addPlanAction, agreeDocumentation, editPlanAction, writeDocumentation } from "../../src/fluid/commands/sheets";
import { documentationStandingOf, hiddenNamesOf } from "../../src/fluid/documentation";
import type { StepId } from "../../src/domain/steps";
import type { WorkshopSession } from "../../src/fluid/session";
import { createTestWorkshop, eventually, settled, type TestWorkshop } from "../support/clients";
import { until } from "../support/waiting";

const no = (reason: string) => ({ ok: false, reason });

describe("documentation: agreement with name or anonymously, a no's reason, the end of the workshop", () => {
	let w: TestWorkshop;
	let alice: WorkshopSession; // the offreuse
	let bob: WorkshopSession;
	let carol: WorkshopSession;
	let all: WorkshopSession[];
	const fac = () => w.facilitator;
	const board = (s: WorkshopSession) => s.boardView.root;
	const ok = <A>(s: WorkshopSession, command: Command<A>, args: A) =>
		expect(s.run(command, args), `${command.name} by ${s.me.name}`).toEqual({ ok: true });
	const converge = () => settled(all, 30_000);
	async function step(to: StepId) {
		ok(fac(), moveStep, { to });
		await eventually(() => all.every((s) => s.processView.root.step === to), 20_000, `step ${to}`);
	}

	beforeAll(async () => {
		w = await createTestWorkshop(inject("appUrl"), "Documentation");
		alice = await w.join("Alice");
		bob = await w.join("Bob");
		carol = await w.join("Carol");
		all = [fac(), alice, bob, carol];
		await eventually(() => all.every((s) => board(s).members.size === 4), 20_000, "members");
		await step("partage");
		for (const s of [alice, bob, carol]) ok(s, putOnTable, { text: `Problème de ${s.me.name}` });
		await eventually(() => all.every((s) => board(s).problematiques.length === 3), 20_000, "3 problématiques");
		const pa = board(fac()).problematiques.find((p) => p.authorId === alice.me.userId)?.id ?? "";
		await step("choix");
		for (const s of [alice, bob, carol]) ok(s, placeDot, { problematiqueId: pa });
		await converge();
		await step("consentement");
		if (!fac().run(askConsent, {}).ok) {
			ok(fac(), decideTie, { problematiqueId: pa });
			ok(fac(), askConsent, {});
		}
		await eventually(() => alice.processView.root.consent.askedId === pa, 20_000, "Alice asked");
		ok(alice, answerConsentRequest, { answer: "yes" });
		await eventually(() => board(fac()).consentAnswers.length === 1);
		ok(fac(), recordConsent, { problematiqueId: pa, answer: "yes" });
		await step("plan");
		ok(alice, addPlanAction, { text: "Proposer un binôme", when: "dès lundi", due: "2027-01-11" });
		ok(alice, addPlanAction, { text: "Écrire un parcours", when: "avant la fin du mois" });
		expect(alice.run(addPlanAction, { text: "x", when: "", due: "2027-02-30" })).toEqual(no("invalidDate"));
		await converge();
		const second = board(alice).plan[1]?.id ?? "";
		ok(alice, editPlanAction, { actionId: second, text: "Écrire un parcours", when: "avant la fin du mois", due: "2027-01-29" });
		await eventually(() => all.every((s) => board(s).plan[1]?.due === "2027-01-29"), 20_000, "the date everywhere");
		await step("documentation");
	}, 120_000);
	afterAll(() => w?.dispose());

	it("an anonymous yes is kept and read as such by everyone; the name may not appear in the saved text", async () => {
		ok(fac(), agreeDocumentation, { agree: true });
		ok(alice, agreeDocumentation, { agree: true, anonymous: false });
		ok(bob, agreeDocumentation, { agree: true, anonymous: true });
		expect(bob.run(agreeDocumentation, { agree: true, reason: "x" })).toEqual(no("reasonOnlyForNo"));
		expect(alice.run(writeDocumentation, { text: "Résumé" })).toEqual(no("notEveryoneAgrees"));
		ok(carol, agreeDocumentation, { agree: true });
		await converge();
		// Settled is "my edits are acknowledged": wait until everyone has received everyone's.
		await eventually(
			() => all.every((s) => documentationStandingOf(s.processView.root, board(s)).status === "open"),
			20_000,
			"everyone agreed, everywhere",
		);
		for (const s of all) {
			const standing = documentationStandingOf(s.processView.root, board(s));
			expect(standing.status).toBe("open");
			expect(standing.anonymous).toEqual([bob.me.userId]);
			expect(hiddenNamesOf(s.processView.root, board(s))).toEqual(["Bob"]);
		}
		expect(alice.run(writeDocumentation, { text: "Merci à Bob pour le binôme" })).toEqual(no("namesAnonymous"));
		ok(alice, writeDocumentation, { text: "Idées : binôme, parcours." });
		await eventually(() => all.every((s) => board(s).documentation === "Idées : binôme, parcours."), 20_000, "the document");
	});

	it("a no with its reason blocks the documentation for everyone, with the reason", async () => {
		expect(carol.run(agreeDocumentation, { agree: false, anonymous: true })).toEqual(no("anonymousOnlyForYes"));
		ok(carol, agreeDocumentation, { agree: false, reason: "  Je préfère que rien ne sorte d'ici " });
		await eventually(() => board(alice).agreements.some((a) => a.userId === carol.me.userId && !a.agree), 20_000, "Carol's no");
		expect(alice.run(writeDocumentation, { text: "Autre" })).toEqual(no("notEveryoneAgrees"));
		await eventually(
			() => all.every((s) => documentationStandingOf(s.processView.root, board(s)).status === "blocked"),
			20_000,
			"blocked everywhere",
		);
		for (const s of all) {
			const standing = documentationStandingOf(s.processView.root, board(s));
			expect(standing.status).toBe("blocked");
			expect(standing.refused).toEqual([{ userId: carol.me.userId, reason: "Je préfère que rien ne sorte d'ici" }]);
		}
		// She changes her mind: a yes clears the reason.
		ok(carol, agreeDocumentation, { agree: true });
		await converge();
		// Settled is "my edits are acknowledged": wait until everyone has received everyone's.
		await eventually(
			() => all.every((s) => documentationStandingOf(s.processView.root, board(s)).status === "open"),
			20_000,
			"everyone agreed, everywhere",
		);
		for (const s of all) {
			expect(documentationStandingOf(s.processView.root, board(s)).status).toBe("open");
			expect(board(s).agreements.find((a) => a.userId === carol.me.userId)?.reason).toBeUndefined();
		}
	});

	it("only the facilitator ends the workshop; then every command is refused, the document stays", async () => {
		expect(alice.run(endWorkshop, {})).toEqual(no("facilitatorOnly"));
		expect(bob.run(endWorkshop, {})).toEqual(no("facilitatorOnly"));
		const before = Date.now();
		ok(fac(), endWorkshop, {});
		await eventually(() => all.every((s) => s.processView.root.endedAt !== undefined), 20_000, "ended everywhere");
		const endedAt = bob.processView.root.endedAt ?? 0;
		expect(Math.abs(endedAt - before)).toBeLessThan(60_000);
		expect(fac().run(endWorkshop, {})).toEqual(no("workshopEnded"));
		expect(alice.run(writeDocumentation, { text: "Encore" })).toEqual(no("workshopEnded"));
		expect(bob.run(agreeDocumentation, { agree: false })).toEqual(no("workshopEnded"));
		expect(fac().run(moveStep, { to: "plan" })).toEqual(no("workshopEnded"));
		// Every registered command, whatever its arguments, for every person.
		for (const s of all)
			for (const command of COMMANDS)
				expect(s.run(command, {} as never), `${command.name} by ${s.me.name}`).toEqual(no("workshopEnded"));
		await converge();
		for (const s of all) {
			expect(board(s).documentation).toBe("Idées : binôme, parcours.");
			expect(s.processView.root.step).toBe("documentation");
		}
		// Someone opening the link afterwards reads the finished workshop: the server now gives
		// read-only tokens, so they do not become a member and the documentation does not wait.
		expect(
			(
				await until(
					() => w.api.workshop(w.info.id),
					(info) => info.status === "ended",
				)
			).status,
		).toBe("ended");
		const late = await w.join("Tardif");
		await eventually(() => board(late).documentation === "Idées : binôme, parcours.", 20_000, "the late reader's copy");
		expect(late.boardContainer.isDirty).toBe(false);
		await new Promise((r) => setTimeout(r, 1000));
		expect(board(fac()).members.size).toBe(4);
		for (const s of [...all, late]) expect(documentationStandingOf(s.processView.root, board(s)).status).toBe("open");
	});
});
