/**
 * A workshop survives its machine: mid-workshop (after the vote), the app server and the
 * local Fluid service are killed (`kill -9`) and started again on the same data folder;
 * every participant's page reopens on the re-created documents by itself, with everything
 * written before the last step change and content a few seconds old, and says so.
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Identity } from "../../src/api/types";
import type { StepId } from "../../src/domain/steps";
import { addRule, placeDot, putOnTable } from "../../src/fluid/commands/board";
import { moveStep, setVoteOpen, setVoteRevealed } from "../../src/fluid/commands/process";
import type { WorkshopSession } from "../../src/fluid/session";
import { createWorkshop, joinByLink, launchBrowser, person, stepOf } from "../support/browser";
import { eventually, openAs, settled } from "../support/clients";
import { killHard, startFluidProcess, startServerProcess, type ServerProcess } from "../support/processes";
import { freePort } from "../support/services";
import { archivedInCopy } from "../support/storage";
import { until } from "../support/waiting";
import type { LocalFluidProcess } from "../../scripts/local-fluid.mjs";

const WAIT = { timeout: 30_000 };
const SHOTS = path.join(import.meta.dirname, "../../test-results/durability");

async function identityOf(page: Page, workshopId: string): Promise<Identity> {
	const raw = await page.evaluate((id) => window.localStorage.getItem(`atelier-entraide:${id}:identity`), workshopId);
	if (!raw) throw new Error("no identity in this browser");
	return JSON.parse(raw) as Identity;
}

function ok(session: WorkshopSession, verdict: { ok: boolean }): void {
	expect(verdict, `${session.me.name}`).toMatchObject({ ok: true });
}

describe("a workshop survives a restart of the app server and the local service", () => {
	let browser: Browser;
	let dataDir: string;
	let appPort: number;
	let fluidPort: number;
	let server: ServerProcess;
	let fluid: LocalFluidProcess;
	const pages: Record<"fanny" | "alice" | "bob", Page> = {} as Record<"fanny" | "alice" | "bob", Page>;
	let workshopId = "";

	beforeAll(async () => {
		dataDir = await mkdtemp(path.join(tmpdir(), "atelier-durable-"));
		[appPort, fluidPort] = [await freePort(), await freePort()];
		fluid = await startFluidProcess(fluidPort, dataDir);
		server = await startServerProcess({ port: appPort, fluidPort, dataDir });
		browser = await launchBrowser();
		for (const name of ["fanny", "alice", "bob"] as const) pages[name] = (await person(browser)).page;
	});
	afterAll(async () => {
		await browser?.close();
		if (server) await killHard(server.child);
		await fluid?.stop();
		await rm(dataDir, { recursive: true, force: true });
	});

	it("reopens every page on the restored documents, with the notice", { timeout: 240_000 }, async () => {
		const link = await createWorkshop(pages.fanny, server.url, "Atelier durable", "Fanny");
		workshopId = new URL(link).pathname.split("/")[2] ?? "";
		await joinByLink(pages.alice, link, "Alice");
		await joinByLink(pages.bob, link, "Bob");

		// The workshop up to the vote, written by each person's own identity.
		const [fanny, alice, bob] = await Promise.all(
			(["fanny", "alice", "bob"] as const).map(async (n) =>
				openAs(server.url, workshopId, await identityOf(pages[n], workshopId)),
			),
		);
		if (!fanny || !alice || !bob) throw new Error("sessions");
		const everyone = [fanny, alice, bob];
		const moveTo = async (to: StepId) => {
			ok(fanny, fanny.run(moveStep, { to }));
			await eventually(() => everyone.every((s) => s.processView.root.step === to), 20_000, `everyone at ${to}`);
		};
		await moveTo("regles");
		ok(alice, alice.run(addRule, { text: "Bienveillance" }));
		await settled(everyone);
		await moveTo("recherche");
		await moveTo("partage");
		ok(alice, alice.run(putOnTable, { text: "Dire non sans culpabiliser" }));
		ok(bob, bob.run(putOnTable, { text: "Déléguer un dossier sensible" }));
		await settled(everyone);
		await moveTo("choix");
		ok(fanny, fanny.run(setVoteOpen, { open: true }));
		await eventually(() => everyone.every((s) => s.processView.root.vote.open), 20_000, "the vote open for everyone");
		const ids = alice.boardView.root.problematiques.map((p) => p.id);
		for (const [voter, target] of [
			[alice, 1],
			[alice, 1],
			[alice, 0],
			[bob, 0],
			[bob, 0],
			[bob, 1],
		] as const) {
			ok(voter, voter.run(placeDot, { problematiqueId: ids[target] ?? "" }));
		}
		await settled(everyone);
		await eventually(() => fanny.boardView.root.dots.length === 6, 20_000, "every dot at the facilitator's");
		ok(fanny, fanny.run(setVoteOpen, { open: false }));
		ok(fanny, fanny.run(setVoteRevealed, { revealed: true }));
		await settled([fanny, alice, bob]);
		for (const s of [fanny, alice, bob]) s.dispose();
		for (const page of Object.values(pages)) {
			await expect.poll(() => page.getByTestId("problematique-text").count(), WAIT).toBe(2);
			await expect.poll(() => stepOf(page), WAIT).toBe("choix");
		}
		// Content is archived a couple of seconds behind: wait until the database holds the six
		// dots and the revealed vote (read from a copy of its files), then pull the plug.
		{
			const dotsIn = (board: unknown) => JSON.stringify(board ?? "").split('"voterId"').length - 1;
			const revealedIn = (process: unknown) => /"revealed":true/.test(JSON.stringify(process ?? ""));
			const archived = await until(
				() => archivedInCopy(dataDir, workshopId),
				(entry) => dotsIn(entry?.board) === 6 && revealedIn(entry?.process),
				{ timeoutMs: 30_000, intervalMs: 100 },
			);
			expect({ step: archived?.step, dots: dotsIn(archived?.board), revealed: revealedIn(archived?.process) }).toEqual({
				step: "choix",
				dots: 6,
				revealed: true,
			});
		}
		const killedAt = Date.now();
		await Promise.all([server.kill(), killHard(fluid.child)]);

		fluid = await startFluidProcess(fluidPort, dataDir);
		server = await startServerProcess({ port: appPort, fluidPort, dataDir });

		for (const [name, page] of Object.entries(pages)) {
			const notice = page.getByTestId("restored-notice");
			await expect.poll(() => notice.count(), { timeout: 90_000, message: `${name}: the notice` }).toBe(1);
			expect(Number(await notice.getAttribute("data-saved-at"))).toBeLessThanOrEqual(killedAt);
			expect(await notice.textContent()).toMatch(/restauré.*\d{2}:\d{2}:\d{2}/);
			await expect.poll(() => stepOf(page), WAIT).toBe("choix");
			await expect.poll(() => page.getByTestId("rule").allTextContents(), WAIT).toContain("Bienveillance");
			await expect
				.poll(async () => (await page.getByTestId("problematique-text").allTextContents()).sort(), WAIT)
				.toEqual(["Déléguer un dossier sensible", "Dire non sans culpabiliser"].sort());
		}
		await mkdir(SHOTS, { recursive: true });
		await pages.alice.screenshot({ path: path.join(SHOTS, "restored-notice.png") });
		// Read, the notice goes (for this browser), and stays gone after a reload.
		await pages.alice.getByRole("button", { name: "J'ai compris" }).click();
		expect(await pages.alice.getByTestId("restored-notice").count()).toBe(0);
		await pages.alice.reload();
		await expect.poll(() => stepOf(pages.alice), WAIT).toBe("choix");
		expect(await pages.alice.getByTestId("restored-notice").count()).toBe(0);
		// The votes, placed after the last step change, are there too.
		const check = await openAs(server.url, workshopId, await identityOf(pages.alice, workshopId));
		expect(check.boardView.root.dots.length).toBe(6);
		expect(check.processView.root.vote.revealed).toBe(true);
		check.dispose();

		// And the workshop carries on: the facilitator moves on, everyone follows.
		await pages.fanny.getByRole("button", { name: "Étape suivante" }).click();
		for (const page of Object.values(pages)) await expect.poll(() => stepOf(page), WAIT).toBe("consentement");

		// A page opened now reads the restored workshop, and is told too.
		const late = (await person(browser)).page;
		await late.goto(`${server.url}/w/${workshopId}${new URL(link).hash}`);
		await late.locator('input[name="name"]').fill("Chloé");
		await late.locator('form button[type="submit"]').click();
		await expect.poll(() => stepOf(late), WAIT).toBe("consentement");
		await expect.poll(() => late.getByTestId("restored-notice").count(), WAIT).toBe(1);

		// Nothing anyone wrote reached the server's output.
		for (const text of ["Bienveillance", "Dire non", "Déléguer", "Atelier durable", "Alice", "Chloé"]) {
			expect(server.output()).not.toContain(text);
		}
	});
});
