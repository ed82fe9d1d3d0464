/**
 * A facilitator and two participants, each in their own browser, join one workshop by
 * link and follow the same live step; only the facilitator can move it.
 */
import type { Browser, Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createWorkshop, joinByLink, launchBrowser, person, stepOf } from "../support/browser";

describe("join by link and follow the workshop", () => {
	let browser: Browser;
	let facilitator: Page;
	let alice: Page;
	let bob: Page;
	let link: string;

	beforeAll(async () => {
		browser = await launchBrowser();
		facilitator = (await person(browser)).page;
		alice = (await person(browser)).page;
		bob = (await person(browser, "en-US")).page;
	});
	afterAll(async () => {
		await browser?.close();
	});

	it("lets the facilitator create a workshop and get a participant link", async () => {
		link = await createWorkshop(facilitator, inject("appUrl"), "Atelier e2e", "Fanny");
		// The participant link carries its own key, in the fragment (never sent to the server).
		expect(link).toMatch(/\/w\/[A-Za-z0-9_-]+#p=[A-Za-z0-9_-]+$/);
		expect(await stepOf(facilitator)).toBe("invitation");
		await expect.poll(() => facilitator.getByTestId("my-role").textContent()).toContain("Facilitat");
		// The facilitator's key never stays in the address bar.
		expect(facilitator.url()).not.toContain("#k=");
	});

	it("lets two participants join by link, each with their name", async () => {
		await Promise.all([joinByLink(alice, link, "Alice"), joinByLink(bob, link, "Bob")]);
		for (const page of [facilitator, alice, bob]) {
			await expect.poll(() => page.getByTestId("participant").count(), { timeout: 20_000 }).toBe(3);
			await expect
				.poll(() => page.locator('[data-testid="participant"][data-online="yes"]').count(), { timeout: 20_000 })
				.toBe(3);
		}
		expect(await alice.getByTestId("my-role").textContent()).toContain("Participant");
		// Once used, the link's key leaves the address bar (and a shared screen).
		expect(alice.url()).not.toContain("#p=");
		// Bob's browser speaks English: the interface follows.
		expect(await bob.getByTestId("step-title").textContent()).toBe("Invitation");
		expect(await bob.getByTestId("my-role").textContent()).toContain("Your role");
	});

	it("shows next/previous to the facilitator only", async () => {
		await expect.poll(() => facilitator.getByRole("button", { name: "Étape suivante" }).count(), { timeout: 20_000 }).toBe(1);
		expect(await alice.getByRole("button", { name: "Étape suivante" }).count()).toBe(0);
		expect(await bob.getByRole("button", { name: "Next step" }).count()).toBe(0);
	});

	it("moves everyone to the step the facilitator chooses", async () => {
		await facilitator.getByRole("button", { name: "Étape suivante" }).click();
		await facilitator.getByRole("button", { name: "Étape suivante" }).click();
		for (const page of [facilitator, alice, bob]) {
			await expect.poll(() => stepOf(page), { timeout: 20_000 }).toBe("presentation");
		}
		expect(await alice.getByTestId("step-title").textContent()).toBe("Présentation");
		expect(await bob.getByTestId("step-title").textContent()).toBe("Presentation");
		await facilitator.getByRole("button", { name: "Étape précédente" }).click();
		await expect.poll(() => stepOf(bob), { timeout: 20_000 }).toBe("accueil");
		// Each page on its own time: Bob's having moved says nothing of Alice's dock.
		await expect
			.poll(() => facilitator.getByTestId("instruction").textContent(), { timeout: 20_000 })
			.toContain("Proposez une boisson");
		await expect.poll(() => alice.getByTestId("instruction").textContent(), { timeout: 20_000 }).toContain("Faites connaissance");
	});

	it("keeps a participant's identity across a reload", async () => {
		// A known person's page asks for its documents' tokens from its first script, before the
		// app's code has come (src/ui/early.ts): one per document, each serving Fluid's two calls.
		const tokens: string[] = [];
		const onRequest = (request: { url(): string }) => {
			if (new URL(request.url()).pathname === "/api/token") tokens.push(request.url());
		};
		alice.on("request", onRequest);
		await alice.reload();
		await alice.getByTestId("step-title").waitFor({ timeout: 60_000 });
		alice.off("request", onRequest);
		expect(tokens).toHaveLength(2);
		expect(await alice.locator('input[name="name"]').count()).toBe(0);
		await expect.poll(() => alice.getByTestId("participants").textContent()).toContain("Alice (vous)");
		// Still three people, not a fourth "Alice".
		await expect.poll(() => facilitator.getByTestId("participant").count(), { timeout: 20_000 }).toBe(3);
		expect(await stepOf(alice)).toBe("accueil");
	});

	it("loads no board code in the list view; it comes, and the board shows, once she switches to it", async () => {
		// fabric's code and the board's (the canvas's chunk and fabric's) hold this word; nothing else does.
		const BOARD_CODE = "objectCaching";
		const scripts: Response[] = [];
		const onResponse = (response: Response) => {
			if (new URL(response.url()).pathname.endsWith(".js")) scripts.push(response);
		};
		alice.on("response", onResponse);
		try {
			await alice.reload();
			await alice.getByTestId("step-title").waitFor({ timeout: 60_000 });
			await expect.poll(() => alice.getByTestId("participants").textContent()).toContain("Alice (vous)");
			// Whatever the page fetches while it loads (the parts come as the documents load).
			await alice.waitForLoadState("networkidle");
			const boardCode = async () =>
				(await Promise.all(scripts.map(async (r) => ((await r.text()).includes(BOARD_CODE) ? r.url() : "")))).filter(Boolean);
			expect(scripts.length).toBeGreaterThan(3);
			expect(await boardCode()).toEqual([]);
			const listSwitch = alice.getByRole("switch", { name: "Vue liste" });
			await listSwitch.click();
			await alice.getByTestId("board-canvas").waitFor({ timeout: 20_000 });
			await expect.poll(async () => (await boardCode()).length, { timeout: 20_000 }).toBeGreaterThan(0);
			await listSwitch.click();
			await alice.getByTestId("list-scroll").waitFor({ timeout: 20_000 });
		} finally {
			alice.off("response", onResponse);
		}
	});

	it("never makes a participant link a facilitator, and the facilitator's link does", async () => {
		const stranger = (await person(browser)).page;
		await stranger.goto(`${link.split("#")[0]}#k=not-the-key`);
		await expect.poll(() => stranger.getByRole("alert").textContent(), { timeout: 20_000 }).toContain("lien de facilitation");
		const facilitatorLink = await facilitator.getByTestId("facilitator-link").inputValue();
		const second = (await person(browser)).page;
		await second.goto(facilitatorLink);
		await second.getByTestId("step-title").waitFor({ timeout: 60_000 });
		expect(await second.getByTestId("my-role").textContent()).toContain("Facilitat");
		await expect.poll(() => second.getByRole("button", { name: "Étape suivante" }).count(), { timeout: 20_000 }).toBe(1);
	});
});
