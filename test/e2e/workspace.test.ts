/**
 * The meeting workspace, step by step, as each person meets it: for each of the 18
 * steps, the facilitator (Fanny), the offreuse (Alice) and a contributor (Bruno) at
 * 1280×800, the meeting stage at 1920×1080 and a Teams side panel at 320×720 (Gaby).
 * On each: the document does not scroll, the step's main control for that role is on
 * screen, the canvas frames the step's zone by itself with card text ≥ 12 px, and
 * axe-core finds no serious violation in the canvas view and in the list view (Hugo).
 * Long unbroken words (a 175-character URL as a rule, a 300-character word in a
 * problématique, 580 in a rebond, 2,000 in a note) never widen the page.
 * A screenshot of each is kept in test-results/workspace. Carol and Dave (Fluid clients
 * in Node) bring the content a real group would.
 */
import "../support/node-fluid";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../../src/api/client";
import type { Identity } from "../../src/api/types";
import { STEP_IDS, type StepId } from "../../src/domain/steps";
import type { Command } from "../../src/fluid/commands/command";
import { addRule, askQuestion, placeDot, putOnTable, raiseHand } from "../../src/fluid/commands/board";
import { askConsent, moveStep, setVoteOpen, setVoteRevealed } from "../../src/fluid/commands/process";
import { shareNote, shareRebond } from "../../src/fluid/commands/sheets";
import type { WorkshopSession } from "../../src/fluid/session";
import { seriousViolations } from "../support/axe";
import { createWorkshop, joinByLink, launchBrowser, linkKeyOf, person, workshopIdOf } from "../support/browser";
import { eventually, openAs } from "../support/clients";
import { ROOT, testSsoToken } from "../support/services";
import { appFrame, openInTeams } from "../support/teams-host";
import {
	expectFramed,
	expectNoPageScroll,
	expectOnScreen,
	expectUniqueRegionNames,
	mainControl,
	type Who,
} from "../support/workspace-helpers";

const SHOTS = path.join(ROOT, "test-results", "workspace");
const WAIT = { timeout: 20_000 };
const LONG_URL = `https://intranet.example.org/${"charte-de-bienveillance-".repeat(6)}`;
const ALICE_PROBLEM = "Mon équipe ne me dit pas quand elle est en difficulté";

describe("the workspace: one screen per step, for every role and surface", () => {
	let browser: Browser;
	let fanny: Page;
	let alice: Page;
	let bruno: Page;
	let hugo: Page;
	let stagePage: Page;
	let sidePage: Page;
	let stage: FrameLocator;
	let side: FrameLocator;
	let host: WorkshopSession;
	let carol: WorkshopSession;
	let dave: WorkshopSession;
	let aliceId = "";
	let workshopId = "";
	const sessions: WorkshopSession[] = [];

	function ok<A>(s: WorkshopSession, command: Command<A>, args: A): void {
		expect(s.run(command, args), `${command.name} by ${s.me.name}`).toEqual({ ok: true });
	}

	async function nodeSession(identity: Identity): Promise<WorkshopSession> {
		const s = await openAs(inject("appUrl"), workshopId, identity);
		sessions.push(s);
		return s;
	}

	const board = () => host.boardView.root;
	const pages = () => [fanny, alice, bruno, hugo];

	async function everyoneAt(step: StepId): Promise<void> {
		for (const p of pages()) await expect.poll(() => p.getByTestId("step-title").getAttribute("data-step"), WAIT).toBe(step);
		for (const f of [stage, side])
			await expect.poll(() => f.getByTestId("step-title").getAttribute("data-step"), WAIT).toBe(step);
	}

	/** The role cards open by themselves once dealt: each person reads theirs and closes it. */
	async function closeRoleCards(): Promise<void> {
		for (const s of [...pages(), side]) {
			const card = s.getByTestId("role-card");
			await card.waitFor(WAIT);
			await card.getByRole("button", { name: "Fermer" }).click();
			await expect.poll(() => card.count(), WAIT).toBe(0);
		}
	}

	async function checkPerson(page: Page, step: StepId, who: Who, name: string): Promise<void> {
		const what = `${name} (${who}) at ${step}`;
		// The picture first: a failing look leaves what the person saw.
		await page.screenshot({ path: path.join(SHOTS, `${String(STEP_IDS.indexOf(step)).padStart(2, "0")}-${step}-${name}.png`) });
		await expectNoPageScroll(page, what);
		await expectOnScreen(page, mainControl(page, step, who), `${what}: main control`);
		await expectFramed(page, step, what);
	}

	async function checkAxe(page: Page, what: string): Promise<void> {
		await expect
			.poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === "running").length), WAIT)
			.toBe(0);
		const found = await seriousViolations(page);
		expect(found, `${what}: ${JSON.stringify(found)}`).toEqual([]);
	}

	beforeAll(async () => {
		mkdirSync(SHOTS, { recursive: true });
		browser = await launchBrowser();
		fanny = (await person(browser, "fr-FR", { view: "board" })).page;
		alice = (await person(browser, "fr-FR", { view: "board" })).page;
		bruno = (await person(browser, "fr-FR", { view: "board" })).page;
		hugo = (await person(browser, "fr-FR", { view: "list" })).page;
		const link = await createWorkshop(fanny, inject("appUrl"), "Atelier de l'équipe projet", "Fanny");
		workshopId = workshopIdOf(link);
		await joinByLink(alice, link, "Alice");
		await joinByLink(bruno, link, "Bruno");
		await joinByLink(hugo, link, "Hugo");
		const api = new ApiClient(inject("appUrl"));
		const key = new URL(await fanny.getByTestId("facilitator-link").inputValue()).hash.replace("#k=", "");
		host = await nodeSession(await api.facilitator(workshopId, decodeURIComponent(key)));
		aliceId = (
			JSON.parse(
				(await alice.evaluate(() => Object.entries(localStorage).find(([k]) => k.endsWith(":identity"))?.[1])) ?? "{}",
			) as Identity
		).userId;
		carol = await nodeSession(await api.join(workshopId, "Carol", linkKeyOf(link)));
		dave = await nodeSession(await api.join(workshopId, "Dave", linkKeyOf(link)));
		// The meeting stage and a Teams side panel open the same workshop as Teams users.
		const sso = inject("ssoPrivateJwk");
		stagePage = (await person(browser, "fr-FR", { view: "board", viewport: { width: 1920, height: 1080 } })).page;
		await openInTeams(
			stagePage,
			inject("appUrl"),
			{ oid: "oid-room", name: "Salle Rivière", ssoToken: await testSsoToken(sso, "oid-room", "Salle Rivière") },
			{
				frameContext: "meetingStage",
				meetingId: `19:meeting_${workshopId}@thread.v2`,
				path: `/w/${workshopId}?host=teams#p=${linkKeyOf(link)}`,
			},
		);
		stage = appFrame(stagePage);
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
		await stage.getByTestId("step-title").waitFor({ timeout: 60_000 });
		await side.getByTestId("step-title").waitFor({ timeout: 60_000 });
		await eventually(() => board().members.size >= 8, 30_000, "everyone joined");
	});
	afterAll(async () => {
		for (const s of sessions) s.dispose();
		await browser?.close();
	});

	/** What the group does during a step before anyone looks (the content a step shows). */
	async function prepare(step: StepId): Promise<void> {
		switch (step) {
			case "regles":
				ok(carol, addRule, { text: "Bienveillance et confidentialité" });
				ok(dave, addRule, { text: LONG_URL });
				break;
			case "partage":
				ok(carol, putOnTable, { text: "Déléguer sans perdre le fil" });
				ok(dave, putOnTable, { text: `Dire non à un client important ${"sans-le-perdre-".repeat(20)}` });
				break;
			case "choix":
				ok(host, setVoteOpen, { open: true });
				break;
			case "expose":
				// A note of one unbroken 2,000-character word: every later look checks the widths.
				ok(dave, shareNote, { text: "n".repeat(2000) });
				break;
			case "clarification":
				ok(carol, askQuestion, { text: "Depuis quand cela dure-t-il ?" });
				break;
			case "echanges":
				ok(carol, shareRebond, {
					confronted: "Oui, l'an dernier",
					howMet: "Un point hebdomadaire en tête à tête",
					whatWorked: `La régularité ${"r".repeat(580)}`,
					kind: "temoignage",
				});
				ok(carol, raiseHand, { raised: true });
				break;
			default:
				break;
		}
	}

	// 18 steps × six surfaces with axe on each: a long walk, given time when the suite's other files share the cores.
	it("shows each step on one screen, its controls at hand, the board framed and readable", { timeout: 300_000 }, async () => {
		for (const step of STEP_IDS) {
			if (step !== "invitation") ok(host, moveStep, { to: step });
			await everyoneAt(step);
			await prepare(step);
			await new Promise((r) => setTimeout(r, 600));
			await checkPerson(fanny, step, "facilitator", "fanny");
			if (step === "consentement") {
				ok(host, askConsent, {});
				await alice.getByTestId("consent-dialog").waitFor(WAIT);
			}
			await checkPerson(alice, step, "offreur", "alice");
			await checkPerson(bruno, step, "contributor", "bruno");
			// The stage: the board only, large, framed by itself; nobody's controls.
			await stagePage.screenshot({
				path: path.join(SHOTS, `${String(STEP_IDS.indexOf(step)).padStart(2, "0")}-${step}-stage.png`),
			});
			await expectNoPageScroll(stagePage, `stage at ${step}`);
			await expectFramed(stage, step, `stage at ${step}`);
			expect(await stage.getByRole("button", { name: "Étape suivante" }).count()).toBe(0);
			// The side panel: Gaby's own dock, nothing sideways.
			await sidePage.screenshot({
				path: path.join(SHOTS, `${String(STEP_IDS.indexOf(step)).padStart(2, "0")}-${step}-side-panel.png`),
			});
			await expectNoPageScroll(sidePage, `side panel at ${step}`);
			await expectOnScreen(sidePage, mainControl(side, step, "contributor"), `side panel at ${step}: main control`);
			await expectUniqueRegionNames(fanny, `canvas view at ${step}`);
			await expectUniqueRegionNames(hugo, `list view at ${step}`);
			// The list view too: long unbroken words never widen the page.
			await expectNoPageScroll(hugo, `list view at ${step}`);
			await checkAxe(fanny, `canvas view at ${step}`);
			await checkAxe(hugo, `list view at ${step}`);
			await act(step);
		}
	});

	/** What the people on screen do after the look, for the next steps to have their content. */
	async function act(step: StepId): Promise<void> {
		switch (step) {
			case "recherche":
				await alice.locator('[name="problematique"]').first().fill(ALICE_PROBLEM);
				break;
			case "partage":
				await alice.getByTestId("put-on-table").first().click();
				await eventually(() => board().problematiques.some((p) => p.authorId === aliceId), 20_000, "Alice's sheet on the table");
				break;
			case "choix": {
				const mine = board().problematiques.find((p) => p.authorId === aliceId)?.id ?? "";
				for (const s of [carol, dave]) for (let i = 0; i < 2; i++) ok(s, placeDot, { problematiqueId: mine });
				await eventually(() => board().dots.length === 4, 20_000, "four dots");
				ok(host, setVoteOpen, { open: false });
				ok(host, setVoteRevealed, { revealed: true });
				break;
			}
			case "consentement":
				await alice.getByTestId("consent-yes").click();
				await eventually(() => host.processView.root.offreurId === aliceId, 20_000, "Alice is the offreuse");
				// Her yes recorded, the question leaves; her role card (with the kit's thanks) opens.
				await expect.poll(() => alice.getByTestId("consent-dialog").count(), WAIT).toBe(0);
				await closeRoleCards();
				break;
			default:
				break;
		}
	}
});
