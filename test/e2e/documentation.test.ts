/**
 * The documentation step and the end of the workshop, in real Chromium. Fanny facilitates;
 * Alice offers the situation; Bastien and Chloé contribute; Gaby follows in a Teams side
 * panel (320 px). The group plays to documentation fast (Node clients act for each
 * person's identity); then, in the browsers: Bastien agrees anonymously, Chloé first says
 * no with a reason (everyone reads it, no export), then yes; Alice drafts from the board,
 * edits and saves; the files (Markdown, PDF, PNG photo, .ics) hold the plan d'action with
 * its whens and never Bastien's name; Fanny ends the workshop, an edit is refused, the
 * document stays readable and exportable. Screenshots in test-results/documentation.
 */
import "../support/node-fluid";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Download, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../../src/api/client";
import type { Identity } from "../../src/api/types";
import type { StepId } from "../../src/domain/steps";
import { answerConsentRequest, answerQuestion, askQuestion, placeDot, putOnTable } from "../../src/fluid/commands/board";
import type { Command } from "../../src/fluid/commands/command";
import { askConsent, decideTie, moveStep, recordConsent } from "../../src/fluid/commands/process";
import {
	addLearning,
	addPlanAction,
	agreeDocumentation,
	harvestIdea,
	shareRebond,
	writeFormulation,
} from "../../src/fluid/commands/sheets";
import type { WorkshopSession } from "../../src/fluid/session";
import { createWorkshop, joinByLink, launchBrowser, linkKeyOf, person, workshopIdOf } from "../support/browser";
import { pressRefused } from "../support/deroule-helpers";
import { eventually, openAs } from "../support/clients";
import { ROOT, testSsoToken } from "../support/services";
import { appFrame, openInTeams } from "../support/teams-host";

const SHOTS = path.join(ROOT, "test-results", "documentation");
const WAIT = { timeout: 20_000 };
const ANON = "Bastien";
const PLAN = {
	first: { text: "Appeler le service RH", when: "lundi prochain", due: "2027-01-11" },
	second: { text: "Ecrire le parcours d'accueil", when: "avant la fin du mois", due: "2027-01-29" },
	third: { text: "Relire mes notes", when: "un jour" },
};
const REASON = "Je préfère relire avant que cela circule";

describe("documentation: agreement, the offreur's document, the exports, the end of the workshop", () => {
	let browser: Browser;
	let fanny: Page;
	let alice: Page;
	let bastien: Page;
	let chloe: Page;
	let sidePage: Page;
	let side: FrameLocator;
	let workshopId = "";
	const node: Record<"fanny" | "alice" | "bastien" | "chloe", WorkshopSession | undefined> = {
		fanny: undefined,
		alice: undefined,
		bastien: undefined,
		chloe: undefined,
	};
	const sessions: WorkshopSession[] = [];
	const s = (who: keyof typeof node): WorkshopSession => {
		const found = node[who];
		if (!found) throw new Error(`no session for ${who}`);
		return found;
	};
	const pages = () => [fanny, alice, bastien, chloe];
	const ok = <A>(session: WorkshopSession, command: Command<A>, args: A) =>
		expect(session.run(command, args), `${command.name} by ${session.me.name}`).toEqual({ ok: true });

	async function identityOf(page: Page): Promise<Identity> {
		const raw = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.endsWith(":identity"))?.[1]);
		return JSON.parse(raw ?? "{}") as Identity;
	}

	async function step(to: StepId): Promise<void> {
		ok(s("fanny"), moveStep, { to });
		for (const p of pages()) await expect.poll(() => p.getByTestId("step-title").getAttribute("data-step"), WAIT).toBe(to);
	}

	async function closeRoleCards(): Promise<void> {
		for (const p of [...pages(), side]) {
			const card = p.getByTestId("role-card");
			await card.waitFor(WAIT);
			await card.getByRole("button", { name: "Fermer" }).click();
			await expect.poll(() => card.count(), WAIT).toBe(0);
		}
	}

	async function downloaded(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
		const [file] = (await Promise.all([page.waitForEvent("download", WAIT), page.getByTestId(testId).first().click()])) as [
			Download,
			unknown,
		];
		const at = await file.path();
		return { name: file.suggestedFilename(), bytes: readFileSync(at) };
	}

	beforeAll(async () => {
		mkdirSync(SHOTS, { recursive: true });
		browser = await launchBrowser();
		fanny = (await person(browser, "fr-FR", { view: "board" })).page;
		alice = (await person(browser, "fr-FR", { view: "board" })).page;
		bastien = (await person(browser, "fr-FR", { view: "list" })).page;
		chloe = (await person(browser, "fr-FR", { view: "list" })).page;
		const link = await createWorkshop(fanny, inject("appUrl"), "Atelier d'entraide : l'accueil des nouveaux", "Fanny");
		workshopId = workshopIdOf(link);
		await joinByLink(alice, link, "Alice");
		await joinByLink(bastien, link, ANON);
		await joinByLink(chloe, link, "Chloé");
		const api = new ApiClient(inject("appUrl"));
		const key = new URL(await fanny.getByTestId("facilitator-link").inputValue()).hash.replace("#k=", "");
		const open = async (identity: Identity) => {
			const session = await openAs(inject("appUrl"), workshopId, identity);
			sessions.push(session);
			return session;
		};
		node.fanny = await open(await api.facilitator(workshopId, decodeURIComponent(key)));
		node.alice = await open(await identityOf(alice));
		node.bastien = await open(await identityOf(bastien));
		node.chloe = await open(await identityOf(chloe));
		const sso = inject("ssoPrivateJwk");
		sidePage = (await person(browser, "fr-FR", { view: "board", viewport: { width: 320, height: 720 } })).page;
		await openInTeams(
			sidePage,
			inject("appUrl"),
			{ oid: "oid-gaby", name: "Gaby", ssoToken: await testSsoToken(sso, "oid-gaby", "Gaby") },
			{
				frameContext: "sidePanel",
				meetingId: `19:meeting_${workshopId}@thread.v2`,
				path: `/w/${workshopId}?host=teams#p=${linkKeyOf(link)}`,
			},
		);
		side = appFrame(sidePage);
		await side.getByTestId("step-title").waitFor({ timeout: 60_000 });
		await eventually(() => s("fanny").boardView.root.members.size === 5, 30_000, "everyone joined");
	}, 180_000);
	afterAll(async () => {
		for (const session of sessions) session.dispose();
		await browser?.close();
	});

	it("the group plays the workshop to its plan d'action (the offreuse dates an action in the browser)", async () => {
		const board = () => s("fanny").boardView.root;
		await step("partage");
		ok(s("alice"), putOnTable, { text: "Accueillir les nouveaux sans m'épuiser" });
		ok(s("bastien"), putOnTable, { text: "Dire non à ma direction" });
		await eventually(() => board().problematiques.length === 2, 20_000, "2 problématiques");
		const chosen = board().problematiques.find((p) => p.authorId === s("alice").me.userId)?.id ?? "";
		await step("choix");
		for (const who of ["alice", "bastien", "chloe"] as const) ok(s(who), placeDot, { problematiqueId: chosen });
		await eventually(() => board().dots.length === 3, 20_000, "3 dots");
		await step("consentement");
		if (!s("fanny").run(askConsent, {}).ok) {
			ok(s("fanny"), decideTie, { problematiqueId: chosen });
			ok(s("fanny"), askConsent, {});
		}
		await eventually(() => s("alice").processView.root.consent.askedId === chosen, 20_000, "Alice asked");
		ok(s("alice"), answerConsentRequest, { answer: "yes" });
		await eventually(() => board().consentAnswers.length === 1, 20_000, "her answer");
		// The facilitator's page may record it first.
		s("fanny").run(recordConsent, { problematiqueId: chosen, answer: "yes" });
		await eventually(() => board() !== undefined && s("chloe").processView.root.offreurId === s("alice").me.userId);
		await closeRoleCards();
		await step("clarification");
		ok(s("bastien"), askQuestion, { text: "Combien de nouveaux arrivent chaque année ?" });
		await eventually(() => s("chloe").boardView.root.questions.length === 1);
		ok(s("chloe"), askQuestion, { text: "Qui les forme aujourd'hui ?" });
		await eventually(() => s("alice").boardView.root.questions.length === 2);
		ok(s("alice"), answerQuestion, { questionId: s("alice").boardView.root.questions[0]?.id ?? "", text: "Une dizaine" });
		await step("reformulation");
		ok(s("alice"), writeFormulation, { text: "accueillir les nouveaux sans m'épuiser" });
		await step("echanges");
		ok(s("bastien"), shareRebond, {
			confronted: "Oui, l'an dernier",
			howMet: "Un binôme par arrivée",
			whatWorked: "",
			kind: "temoignage",
		});
		ok(s("chloe"), shareRebond, {
			confronted: "",
			howMet: "Le livre « Former sans s'épuiser »",
			whatWorked: "",
			kind: "reference",
		});
		await eventually(() => s("alice").boardView.root.rebonds.length === 2, 20_000, "2 rebonds");
		await step("recolte");
		for (const r of [...s("alice").boardView.root.rebonds]) ok(s("alice"), harvestIdea, { sourceKind: "rebond", sourceId: r.id });
		await step("plan");
		ok(s("alice"), addPlanAction, PLAN.first);
		// The second one in the browser: text, free "quand" and a calendar date.
		await alice.locator('input[name="plan-text"]').last().fill(PLAN.second.text);
		await alice.locator('input[name="plan-when"]').last().fill(PLAN.second.when);
		await alice.locator('input[name="plan-due"]').last().fill(PLAN.second.due);
		await alice.getByTestId("add-action").click();
		await eventually(() => s("fanny").boardView.root.plan.length === 2, 20_000, "the dated action");
		expect(s("fanny").boardView.root.plan[1]?.due).toBe(PLAN.second.due);
		ok(s("alice"), addPlanAction, PLAN.third);
		await step("partage-offreur");
		ok(s("alice"), addLearning, { text: "Je ne suis pas seule à porter l'accueil" });
		await step("partage-contributeurs");
		ok(s("bastien"), addLearning, { text: "Écouter sans conseiller" });
		ok(s("chloe"), addLearning, { text: "Le processus aide" });
		await step("documentation");
	}, 240_000);

	it("Bastien agrees anonymously; Chloé's no, with her reason, blocks the documentation and its exports for all", async () => {
		await bastien.getByTestId("agree-documentation-anonymous").click();
		await fanny.getByTestId("agree-documentation-yes").click();
		await alice.getByTestId("agree-documentation-yes").click();
		await side.getByTestId("agree-documentation-yes").click();
		await chloe.getByTestId("agree-documentation-no").click();
		await chloe.locator('input[name="doc-reason"]').fill(REASON);
		await chloe.getByTestId("send-reason").click();
		for (const p of [fanny, alice, bastien]) {
			await expect
				.poll(() => p.getByTestId("doc-refusal").first().textContent(), WAIT)
				.toBe(`Chloé ne souhaite pas que les notes soient documentées.Sa raison : « ${REASON} »`);
			await expect.poll(() => p.getByTestId("exports-blocked").first().isVisible(), WAIT).toBe(true);
			expect(await p.getByTestId("export-markdown").count()).toBe(0);
		}
		await expect.poll(() => side.getByTestId("doc-refusal").first().isVisible(), WAIT).toBe(true);
		await expect.poll(() => alice.getByTestId("draft-documentation").first().getAttribute("aria-disabled"), WAIT).toBe("true");
		await fanny.screenshot({ path: path.join(SHOTS, "documentation-blocked-Fanny.png") });
		// She changes her mind: everyone agrees, Bastien anonymously.
		await chloe.getByTestId("agree-documentation-yes").click();
		for (const p of pages()) await expect.poll(() => p.getByTestId("everyone-agreed").first().isVisible(), WAIT).toBe(true);
	});

	it("Alice drafts the document from the board, without Bastien's name, edits and saves it; everyone reads it", async () => {
		await alice.getByTestId("draft-documentation").first().click();
		const editor = alice.locator('textarea[name="documentation"]').first();
		await expect.poll(() => editor.inputValue(), WAIT).toContain(PLAN.first.text);
		const draft = await editor.inputValue();
		for (const part of [
			"# Atelier d’entraide\u202F: l’accueil des nouveaux",
			"## Problématique choisie",
			"J’aimerais que le groupe m’aide à accueillir les nouveaux sans m’épuiser",
			"Qui les forme aujourd’hui\u202F? — Chloé",
			"## Mon plan d’action",
			`1. ${PLAN.first.text}\n   - Quand\u202F: lundi prochain (11 janvier 2027)`,
			"Source\u202F: rebond\n",
			"Une personne du groupe\u202F: Écouter sans conseiller",
			"et 1 personne anonyme",
		])
			expect(draft).toContain(part);
		expect(draft).not.toContain(ANON);
		await editor.fill(`${draft}\nMerci à tout le groupe.`);
		await alice.getByTestId("save-documentation").first().click();
		for (const p of [...pages()])
			await expect.poll(() => p.getByTestId("documentation").first().textContent(), WAIT).toContain("Merci à tout le groupe.");
		await alice.screenshot({ path: path.join(SHOTS, "documentation-Alice-offreuse.png") });
		await fanny.screenshot({ path: path.join(SHOTS, "documentation-Fanny-facilitatrice.png") });
	});

	it("a member exports Markdown, PDF, the photo of the board and the .ics: the plan and its whens, never Bastien's name", async () => {
		const md = await downloaded(chloe, "export-markdown");
		expect(md.name).toBe("atelier-d-entraide-l-accueil-des-nouveaux-documentation.md");
		const mdText = md.bytes.toString("utf8");
		expect(mdText).toContain(PLAN.first.text);
		expect(mdText).toContain("lundi prochain (11 janvier 2027)");
		expect(mdText).toContain("avant la fin du mois (29 janvier 2027)");
		expect(mdText).toContain("Merci à tout le groupe.");
		expect(mdText).not.toContain(ANON);

		const pdf = await downloaded(chloe, "export-pdf");
		expect(pdf.name.endsWith(".pdf")).toBe(true);
		const pdfText = pdf.bytes.toString("latin1");
		expect(pdfText.startsWith("%PDF-")).toBe(true);
		expect(pdfText).not.toMatch(/FlateDecode/);
		expect(pdfText).toContain(PLAN.first.text);
		// PDF strings escape their parentheses.
		expect(pdfText).toContain("lundi prochain \\(11 janvier 2027\\)");
		expect(pdfText).toContain("Page 1 / ");
		expect(pdfText).not.toContain(ANON);

		const png = await downloaded(chloe, "export-png");
		expect(png.name).toBe("atelier-d-entraide-l-accueil-des-nouveaux-tableau.png");
		expect(png.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
		writeFileSync(path.join(SHOTS, "photo-du-tableau.png"), png.bytes);
		expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(2000);
		const drawn = (await chloe.getByTestId("export-png").first().getAttribute("data-photo-texts")) ?? "";
		expect(drawn).toContain(PLAN.first.text);
		expect(drawn).toContain("Anonyme");
		expect(drawn).toContain("Alice");
		expect(drawn).not.toContain(ANON);

		const ics = await downloaded(chloe, "export-ics");
		expect(ics.name).toBe("atelier-d-entraide-l-accueil-des-nouveaux-plan-action.ics");
		const icsText = ics.bytes.toString("utf8");
		expect(icsText.match(/BEGIN:VEVENT/g)?.length).toBe(2);
		expect(icsText).toContain(`SUMMARY:${PLAN.first.text}\r\n`);
		expect(icsText).toContain("DTSTART;VALUE=DATE:20270111\r\n");
		expect(icsText).toContain("DTSTART;VALUE=DATE:20270129\r\n");
		expect(icsText).toContain("DESCRIPTION:lundi prochain");
		expect(icsText).not.toContain(PLAN.third.text);
		expect(icsText).not.toContain(ANON);

		// The printable page: the document laid out for paper, then the print dialog.
		await alice.evaluate(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => {
				(window as unknown as { printed: number }).printed++;
			};
		});
		await alice.getByTestId("export-print").first().click();
		expect(await alice.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
		const printed = (await alice.getByTestId("printable-document").textContent()) ?? "";
		expect(printed).toContain(PLAN.first.text);
		expect(printed).not.toContain(ANON);
		await alice.emulateMedia({ media: "print" });
		await alice.screenshot({ path: path.join(SHOTS, "documentation-print.png") });
		await alice.emulateMedia({ media: "screen" });
	});

	it("in the 320 px side panel the agreement and the exports are reachable", async () => {
		for (const id of ["agree-documentation-yes", "export-markdown", "export-ics"]) {
			const control = side.getByTestId(id).first();
			await control.scrollIntoViewIfNeeded();
			const box = await control.boundingBox();
			expect(box, id).not.toBeNull();
			if (box) expect(box.x + box.width, `${id} inside 320 px`).toBeLessThanOrEqual(321);
		}
		await sidePage.screenshot({ path: path.join(SHOTS, "documentation-side-panel-Gaby.png") });
	});

	it("Fanny ends the workshop: everyone reads when, edits are refused, the document stays readable and exportable", async () => {
		await fanny.getByTestId("end-workshop").click();
		await fanny.getByTestId("end-workshop-confirm").click();
		for (const p of pages())
			await expect
				.poll(() => p.getByTestId("workshop-ended").first().textContent(), WAIT)
				.toMatch(/^Atelier terminé le .+ par Fanny/);
		await expect.poll(() => side.getByTestId("workshop-ended").first().isVisible(), WAIT).toBe(true);
		await eventually(() => s("chloe").processView.root.endedAt !== undefined, 20_000, "ended in Node");
		expect(s("chloe").run(agreeDocumentation, { agree: false })).toEqual({ ok: false, reason: "workshopEnded" });
		expect(s("alice").run(addPlanAction, { text: "Encore", when: "" })).toEqual({ ok: false, reason: "workshopEnded" });
		// The editing controls are gone; what is left is read.
		for (const p of pages()) {
			expect(await p.getByTestId("agree-documentation-yes").count()).toBe(0);
			expect(await p.locator('textarea[name="documentation"]').count()).toBe(0);
			await expect.poll(() => p.getByTestId("documentation").first().textContent(), WAIT).toContain("Merci à tout le groupe.");
		}
		expect(await fanny.getByRole("button", { name: "Étape suivante" }).count()).toBe(0);
		expect(await fanny.getByTestId("end-workshop").count()).toBe(0);
		// An edit tried in the browser is refused, and says why.
		await pressRefused(
			bastien.getByTestId("withdraw-rebond").first(),
			"L'atelier est terminé : le tableau est en lecture seule.",
		);
		expect(s("fanny").boardView.root.rebonds.length).toBe(2);
		const md = await downloaded(bastien, "export-markdown");
		expect(md.bytes.toString("utf8")).toContain("Merci à tout le groupe.");
		const ics = await downloaded(bastien, "export-ics");
		expect(ics.bytes.toString("utf8")).toContain("DTSTART;VALUE=DATE:20270111");
		await fanny.screenshot({ path: path.join(SHOTS, "documentation-ended-Fanny.png") });
	});
});
