/**
 * A codev group across two sessions, in real Chromium. Fanny creates the group from the
 * landing page and shares its link; Alice and Bob join it. Session 1 (Fanny facilitates):
 * everyone comes in from the group's page; the group plays it fast (Node clients act for
 * each person's identity, read from their browser): a rule, Alice offers, her plan of two
 * actions, each one's learning; in the browser, Fanny names Bob to facilitate the next
 * session, then ends this one. Session 2 (Bob creates it from the group's page): it starts
 * with the group's rule; at the accueil Alice gives her return in the browser, action by
 * action, and everyone sees it; at the choix her problématique reads "déjà offreur·se le …"
 * and Bob sees who never offered; then Fanny offers and the offreuse and Alice write a learning. The
 * history lists both sessions with the plan and its returns; each person's learnings page
 * lists their own two and nobody else's. Then Bob leaves the group (his name leaves its
 * history) and Fanny deletes it (its page says so; its sessions are erased). Screenshots in
 * test-results/groups.
 */
import "../support/node-fluid";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../../src/api/client";
import type { Identity } from "../../src/api/types";
import type { StepId } from "../../src/domain/steps";
import { addRule, answerConsentRequest, placeDot, putOnTable } from "../../src/fluid/commands/board";
import type { Command } from "../../src/fluid/commands/command";
import { askConsent, decideTie, endWorkshop, moveStep, recordConsent } from "../../src/fluid/commands/process";
import { addLearning, addPlanAction, writeFormulation } from "../../src/fluid/commands/sheets";
import type { WorkshopSession } from "../../src/fluid/session";
import { drawnCard, withInspect } from "../support/board-page";
import { launchBrowser, person } from "../support/browser";
import { eventually, openAs } from "../support/clients";
import { until } from "../support/waiting";
import { ROOT } from "../support/services";

const SHOTS = path.join(ROOT, "test-results", "groups");
const WAIT = { timeout: 20_000 };
const RULE = "Ce qui se dit ici reste ici";
const PLAN = [
	{ text: "Proposer un binôme à chaque arrivée", when: "dès lundi" },
	{ text: "Écrire le parcours d'accueil", when: "avant la fin du mois" },
];
const LEARNINGS = {
	alice1: "J'ose demander de l'aide plus tôt",
	bob1: "Écouter sans conseiller, c'est difficile",
	alice2: "Un binôme change tout",
};
type Who = "fanny" | "alice" | "bob";

describe("a codev group: two sessions in a row, the return on the plan, the rotation, the history", () => {
	let browser: Browser;
	const pages = {} as Record<Who, Page>;
	let groupLink = "";
	const sessions: WorkshopSession[] = [];
	const everyone: readonly Who[] = ["fanny", "alice", "bob"];
	const ok = <A>(session: WorkshopSession, command: Command<A>, args: A) =>
		expect(session.run(command, args), `${command.name} by ${session.me.name}`).toEqual({ ok: true });

	async function identityIn(page: Page, workshopId: string): Promise<Identity> {
		const raw = await page.evaluate((id) => localStorage.getItem(`atelier-entraide:${id}:identity`), workshopId);
		expect(raw, "the identity this browser keeps").toBeTruthy();
		return JSON.parse(raw ?? "{}") as Identity;
	}

	async function openGroup(who: Who): Promise<void> {
		await pages[who].goto(groupLink.split("#")[0] ?? groupLink);
		await pages[who].getByTestId("group-page").waitFor(WAIT);
	}

	/** Everyone's page on the workshop, and a Node client for each person's identity. */
	async function everyoneIn(workshopId: string, facilitator: Who): Promise<Record<Who, WorkshopSession>> {
		for (const who of everyone) {
			if (who === facilitator) continue;
			await openGroup(who);
			await pages[who].getByRole("button", { name: "Rejoindre la séance" }).click();
			await pages[who].waitForURL(new RegExp(`/w/${workshopId}`));
		}
		for (const who of everyone) await pages[who].getByTestId("step-title").waitFor({ timeout: 60_000 });
		const clients = {} as Record<Who, WorkshopSession>;
		for (const who of everyone) {
			clients[who] = await openAs(inject("appUrl"), workshopId, await identityIn(pages[who], workshopId));
			sessions.push(clients[who]);
		}
		await eventually(() => clients[facilitator].boardView.root.members.size === 3, 30_000, "everyone in the workshop");
		return clients;
	}

	async function step(c: Record<Who, WorkshopSession>, facilitator: Who, to: StepId): Promise<void> {
		ok(c[facilitator], moveStep, { to });
		for (const who of everyone)
			await expect.poll(() => pages[who].getByTestId("step-title").getAttribute("data-step"), WAIT).toBe(to);
		// The Node clients that act next have it too (their commands are gated by the step).
		await eventually(() => everyone.every((who) => c[who].processView.root.step === to), 30_000, `every client at ${to}`);
	}

	async function closeRoleCards(): Promise<void> {
		for (const who of everyone) {
			// Each person's role card opens once the offreur is known.
			const card = pages[who].getByTestId("role-card");
			await card.waitFor(WAIT);
			await card.getByRole("button", { name: "Fermer" }).click();
			await expect.poll(() => card.count(), WAIT).toBe(0);
		}
	}

	/** From partage to the offreur's yes: the offreur's sheet gets every dot. */
	async function chooseOffreur(
		c: Record<Who, WorkshopSession>,
		facilitator: Who,
		offreur: Who,
		problems: Partial<Record<Who, string>>,
	) {
		const board = () => c[facilitator].boardView.root;
		for (const [who, text] of Object.entries(problems) as [Who, string][]) ok(c[who], putOnTable, { text });
		await eventually(() => board().problematiques.length === Object.keys(problems).length, 20_000, "the problématiques");
		const chosen = board().problematiques.find((p) => p.authorId === c[offreur].me.userId)?.id ?? "";
		return {
			chosen,
			vote: async () => {
				for (const who of everyone) if (who !== facilitator) ok(c[who], placeDot, { problematiqueId: chosen });
				await eventually(() => board().dots.length === 2, 20_000, "the dots");
			},
			consent: async () => {
				await step(c, facilitator, "consentement");
				if (!c[facilitator].run(askConsent, {}).ok) {
					ok(c[facilitator], decideTie, { problematiqueId: chosen });
					ok(c[facilitator], askConsent, {});
				}
				await eventually(() => c[offreur].processView.root.consent.askedId === chosen, 20_000, "the offreur asked");
				ok(c[offreur], answerConsentRequest, { answer: "yes" });
				await eventually(() => board().consentAnswers.length === 1, 20_000, "the answer");
				// The facilitator's page may record it first.
				c[facilitator].run(recordConsent, { problematiqueId: chosen, answer: "yes" });
				await eventually(() => c.fanny.processView.root.offreurId === c[offreur].me.userId, 20_000, "the offreur");
				await closeRoleCards();
			},
		};
	}

	async function endedOnServer(workshopId: string): Promise<void> {
		const api = new ApiClient(inject("appUrl"));
		const info = await until(
			() => api.workshop(workshopId),
			(w) => w.status === "ended",
			{ timeoutMs: 30_000 },
		);
		expect(info.status, "the workshop ended on the server").toBe("ended");
	}

	beforeAll(async () => {
		mkdirSync(SHOTS, { recursive: true });
		browser = await launchBrowser();
		for (const who of everyone) pages[who] = (await person(browser, "fr-FR", { view: "board" })).page;
	}, 60_000);
	afterAll(async () => {
		for (const session of sessions) session.dispose();
		await browser?.close();
	});

	it("Fanny creates the group from the landing page; Alice and Bob join it by its link", async () => {
		const fanny = pages.fanny;
		await fanny.goto(inject("appUrl"));
		await fanny.getByRole("link", { name: "Créer un groupe de codéveloppement" }).click();
		await fanny.locator('input[name="groupName"]').fill("Codév des responsables d'équipe");
		await fanny.locator('input[name="name"]').fill("Fanny");
		await fanny.getByRole("button", { name: "Créer le groupe" }).click();
		await fanny.getByTestId("group-page").waitFor(WAIT);
		groupLink = await fanny.getByTestId("group-link").inputValue();
		expect(groupLink).toMatch(/\/g\/[A-Za-z0-9_-]+#g=/);
		for (const [who, name] of [
			["alice", "Alice"],
			["bob", "Bob"],
		] as const) {
			await pages[who].goto(groupLink);
			await expect
				.poll(() => pages[who].getByRole("heading", { level: 2 }).first().textContent(), WAIT)
				.toContain("Rejoindre le groupe");
			await pages[who].locator('input[name="name"]').fill(name);
			await pages[who].getByRole("button", { name: "Rejoindre le groupe" }).click();
			await pages[who].getByTestId("group-page").waitFor(WAIT);
			// The key left the address bar once used.
			expect(pages[who].url()).not.toContain("#g=");
		}
		await fanny.reload();
		await expect.poll(() => fanny.getByTestId("group-members").locator("li").count(), WAIT).toBe(3);
		await expect.poll(() => fanny.getByTestId("group-members").textContent(), WAIT).toContain("n'a pas encore été offreur·se");
		// Only the next session's facilitator may create it.
		await expect
			.poll(() => pages.alice.getByTestId("group-next").textContent(), WAIT)
			.toContain("La prochaine séance est créée par Fanny");
	});

	let first = "";
	it("session 1: Fanny creates it from the group, the group plays it to the end, Fanny names Bob for the next one", async () => {
		const fanny = pages.fanny;
		await openGroup("fanny");
		await fanny.locator('input[name="title"]').fill("Séance de décembre");
		await fanny.getByRole("button", { name: "Créer la séance" }).click();
		await fanny.waitForURL(/\/w\/[A-Za-z0-9_-]+/);
		await fanny.getByTestId("step-title").waitFor({ timeout: 60_000 });
		first = new URL(fanny.url()).pathname.split("/")[2] ?? "";
		const c = await everyoneIn(first, "fanny");
		// The same person, the same id, in the group and in its session.
		const aliceMember = await pages.alice.evaluate(
			() => Object.entries(localStorage).find(([k]) => k.startsWith("atelier-entraide:group:"))?.[1],
		);
		expect(JSON.parse(aliceMember ?? "{}").userId).toBe(c.alice.me.userId);

		await step(c, "fanny", "regles");
		ok(c.fanny, addRule, { text: RULE });
		await step(c, "fanny", "partage");
		const pick = await chooseOffreur(c, "fanny", "alice", { alice: "Accueillir les nouveaux sans m'épuiser", bob: "Dire non" });
		await step(c, "fanny", "choix");
		await pick.vote();
		await pick.consent();
		await step(c, "fanny", "reformulation");
		ok(c.alice, writeFormulation, { text: "accueillir les nouveaux sans m'épuiser" });
		await step(c, "fanny", "plan");
		for (const action of PLAN) ok(c.alice, addPlanAction, action);
		await step(c, "fanny", "partage-offreur");
		ok(c.alice, addLearning, { text: LEARNINGS.alice1 });
		await step(c, "fanny", "partage-contributeurs");
		ok(c.bob, addLearning, { text: LEARNINGS.bob1 });
		await eventually(() => c.fanny.boardView.root.learnings.length === 2, 20_000, "the learnings");

		// Fanny names Bob, in her dock.
		const next = fanny.getByTestId("next-facilitator");
		await next.waitFor(WAIT);
		await next.getByTestId("next-facilitator-select").selectOption({ label: "Bob" });
		await next.getByTestId("next-facilitator-save").click();
		await expect.poll(() => next.textContent(), WAIT).toContain("Bob animera la prochaine séance");
		await fanny.screenshot({ path: path.join(SHOTS, "1-next-facilitator.png") });
		ok(c.fanny, endWorkshop, {});
		await endedOnServer(first);
	}, 240_000);

	let second = "";
	it("session 2: Bob creates it from the group; it starts with the group's rule; Alice gives her return at the accueil", async () => {
		const bob = pages.bob;
		await openGroup("bob");
		await expect.poll(() => bob.getByTestId("group-next").textContent(), WAIT).toContain("Vous animez la prochaine séance");
		// Fanny no longer may.
		await openGroup("fanny");
		await expect.poll(() => pages.fanny.getByTestId("group-next").textContent(), WAIT).toContain("créée par Bob");
		await bob.locator('input[name="title"]').fill("Séance de janvier");
		await bob.getByRole("button", { name: "Créer la séance" }).click();
		await bob.waitForURL(/\/w\/[A-Za-z0-9_-]+/);
		await bob.getByTestId("step-title").waitFor({ timeout: 60_000 });
		second = new URL(bob.url()).pathname.split("/")[2] ?? "";
		expect(second).not.toBe(first);
		const c = await everyoneIn(second, "bob");
		expect(c.alice.me.userId, "Alice is the same person in both sessions").toBe((await identityIn(pages.alice, first)).userId);
		expect([...c.bob.boardView.root.rules].map((r) => r.text)).toEqual([RULE]);

		await step(c, "bob", "accueil");
		const mine = pages.alice.getByTestId("plan-return");
		await mine.waitFor(WAIT);
		await expect.poll(() => mine.getByTestId("plan-return-action").count(), WAIT).toBe(2);
		const [one, two] = [mine.getByTestId("plan-return-action").nth(0), mine.getByTestId("plan-return-action").nth(1)];
		await one.getByTestId("return-done").click();
		await one.getByRole("textbox").fill("Trois binômes formés");
		await one.getByTestId("return-save").click();
		await expect.poll(() => one.textContent(), WAIT).toContain("Retour enregistré");
		await two.getByTestId("return-underway").click();
		await two.getByTestId("return-save").click();
		await expect.poll(() => two.textContent(), WAIT).toContain("Retour enregistré");
		for (const who of ["fanny", "bob"] as const) {
			const panel = pages[who].getByTestId("plan-return");
			await expect.poll(() => panel.textContent(), { timeout: 30_000 }).toContain("Alice dit où en est chaque action");
			await expect
				.poll(() => panel.getByTestId("plan-return-status").first().textContent(), { timeout: 30_000 })
				.toBe("faite\u202f: Trois binômes formés");
			await expect.poll(() => panel.getByTestId("plan-return-status").nth(1).textContent(), WAIT).toBe("en cours");
		}
		await pages.fanny.screenshot({ path: path.join(SHOTS, "2-accueil-return.png") });
		await pages.alice.screenshot({ path: path.join(SHOTS, "2-accueil-return-offreuse.png") });

		await step(c, "bob", "regles");
		await expect.poll(() => bob.getByTestId("carried-rules").count(), WAIT).toBe(1);
		await step(c, "bob", "partage");
		const pick = await chooseOffreur(c, "bob", "fanny", {
			alice: "Garder le cap sur le binôme",
			fanny: "Faciliter sans diriger",
		});
		await step(c, "bob", "choix");
		// Information beside each sheet, on the board: Alice offered before, Fanny never did.
		await bob.goto(withInspect(bob.url()));
		await bob.getByTestId("step-title").waitFor({ timeout: 60_000 });
		const noteOf = (who: Who) => c.bob.boardView.root.problematiques.find((p) => p.authorId === c[who].me.userId)?.id ?? "";
		await expect
			.poll(async () => (await drawnCard(bob, noteOf("alice")))?.flag, WAIT)
			.toMatch(/^Déjà offreur·se le \d{1,2} \S+ \d{4}$/);
		expect((await drawnCard(bob, noteOf("fanny")))?.flag).toBeUndefined();
		await bob.screenshot({ path: path.join(SHOTS, "3-choix-board.png") });
		// And in the list view.
		await pages.fanny.getByRole("switch", { name: "Vue liste" }).click();
		const aliceCard = pages.fanny.getByTestId("problematique-card").filter({ hasText: "Garder le cap" });
		await expect
			.poll(() => aliceCard.getByTestId("prior-offer").textContent(), WAIT)
			.toMatch(/^déjà offreur·se le \d{1,2} \S+ \d{4}$/);
		const fannyCard = pages.fanny.getByTestId("problematique-card").filter({ hasText: "Faciliter sans diriger" });
		expect(await fannyCard.getByTestId("prior-offer").count()).toBe(0);
		await pages.fanny.screenshot({ path: path.join(SHOTS, "3-choix-prior-offer.png") });
		await pages.fanny.getByRole("switch", { name: "Vue liste" }).click();
		const never = bob.getByTestId("never-offered");
		await never.waitFor(WAIT);
		const neverText = (await never.locator("li").allTextContents()).sort();
		expect(neverText).toEqual(["Bob", "Fanny"]);
		await bob.screenshot({ path: path.join(SHOTS, "3-choix-never-offered.png") });
		await pick.vote();
		await pick.consent();
		await step(c, "bob", "partage-offreur");
		ok(c.fanny, addLearning, { text: "Je lâche le stylo" });
		await step(c, "bob", "partage-contributeurs");
		ok(c.alice, addLearning, { text: LEARNINGS.alice2 });
		await eventually(() => c.bob.boardView.root.learnings.length === 2, 20_000, "the learnings");
		ok(c.bob, endWorkshop, {});
		await endedOnServer(second);
	}, 300_000);

	it("the history lists both sessions; each person's learnings are theirs alone", async () => {
		await openGroup("alice");
		const alice = pages.alice;
		const history = alice.getByTestId("group-session");
		await expect.poll(() => history.count(), WAIT).toBe(2);
		const [newest, oldest] = [history.nth(0), history.nth(1)];
		await expect.poll(() => newest.textContent(), WAIT).toContain("Séance de janvier");
		expect(await newest.textContent()).toContain("Offreur·se\u202f: Fanny");
		expect(await oldest.textContent()).toContain("Séance de décembre");
		expect(await oldest.textContent()).toContain("Offreur·se\u202f: Alice");
		expect(await oldest.textContent()).toContain("Proposer un binôme à chaque arrivée");
		expect(await oldest.textContent()).toContain("faite\u202f: Trois binômes formés");
		expect(await oldest.textContent()).toContain("en cours");
		await expect.poll(() => alice.getByTestId("group-members").textContent(), WAIT).toMatch(/Alice.*offreur·se le/);

		const learned = async (who: Who) => {
			await openGroup(who);
			const box = pages[who].getByTestId("my-learnings");
			await box.getByRole("button").click();
			await expect.poll(() => box.getByTestId("my-learning").count(), WAIT).toBeGreaterThan(0);
			return (await box.getByTestId("my-learning").allTextContents()).sort();
		};
		expect(await learned("alice")).toEqual([LEARNINGS.alice1, LEARNINGS.alice2].sort());
		await alice.screenshot({ path: path.join(SHOTS, "4-history-alice.png"), fullPage: true });
		const bobs = await learned("bob");
		// Bob facilitated the second session: one learning, from the first.
		expect(bobs).toEqual([LEARNINGS.bob1]);
		expect(bobs.join(" ")).not.toContain(LEARNINGS.alice1);
	}, 120_000);

	it("Bob leaves the group: his name leaves its history; Fanny then deletes the group, and its page says so", async () => {
		const { alice, bob, fanny } = pages;
		await openGroup("bob");
		await bob.getByTestId("group-leave").click();
		await bob.getByTestId("group-confirm").click();
		await bob.waitForURL((url) => url.pathname === "/", WAIT);
		// His browser keeps no membership: the group's address (without its key) no longer opens it.
		await bob.goto(groupLink.split("#")[0] ?? groupLink);
		await expect.poll(() => bob.getByTestId("group-error").count(), WAIT).toBe(1);
		expect(await bob.getByTestId("group-page").count()).toBe(0);
		// In the others' history, the session he facilitated names a former member, his name is gone.
		await openGroup("alice");
		const newest = alice.getByTestId("group-session").first();
		await expect.poll(() => newest.textContent(), WAIT).toContain("facilitée par ancien·ne membre");
		expect(await alice.getByTestId("group-page").textContent()).not.toContain("Bob");
		await alice.screenshot({ path: path.join(SHOTS, "5-history-after-bob-left.png"), fullPage: true });
		// Fanny, who created the group, deletes it after a confirmation: its sessions with it.
		await openGroup("fanny");
		await fanny.getByTestId("group-delete").click();
		await fanny.getByTestId("group-confirm").click();
		await fanny.waitForURL((url) => url.pathname === "/", WAIT);
		await alice.reload();
		await expect
			.poll(() => alice.getByTestId("group-error").textContent(), WAIT)
			.toBe("Vous ne faites plus partie de ce groupe, ou il a été supprimé.");
		const gone = await fetch(new URL(`/api/workshops/${first}`, inject("appUrl")));
		expect(gone.status).toBe(404);
	}, 120_000);
});
