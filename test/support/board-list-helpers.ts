/** Words, fixtures and readers for the five-person board-list end-to-end test. */
import type { BrowserContext, Page, WebSocketRoute } from "playwright-core";

export const WAIT = { timeout: 20_000 };

export const PROBLEMS = {
	alice: "Comment mieux déléguer à mon équipe sans tout reprendre",
	bob: "Gérer un client très exigeant qui change d'avis",
	chloe: "Préparer un entretien annuel difficile",
	dan: "Faire accepter un nouvel outil à une équipe réticente",
};

export const REBONDS = {
	bob1: "Oui, avec une équipe nouvelle l'an dernier",
	bob2: "Le livre « Le manager minute » m'a aidé",
	chloe1: "J'ai fixé des points courts chaque semaine",
	dan1: "Une liste partagée de ce que chacun porte",
};
/** Longer than the list's three lines: read in full on demand. */
export const NOTE =
	"Penser à écrire ce que l'on attend de chaque tâche, pour qui, pour quand, et ce qui compte comme « fini » : sans cela, chacun refait le travail à sa façon, la personne qui délègue reprend tout à la fin, et l'équipe apprend surtout qu'il ne sert à rien de s'engager. Dire aussi ce qui peut être laissé de côté si le temps manque, qui décide quand deux demandes se contredisent, et à quel moment on se revoit pour en parler, sans attendre que le retard soit là. Garder une trace de ce qui a été dit, pour que la prochaine fois commence par ce qui a marché.";
export const QUESTIONS = {
	bob: "Depuis combien de temps encadres-tu cette équipe ?",
	chloe: "Qu'as-tu déjà essayé de déléguer ?",
	dan: "Combien de personnes dans l'équipe ?",
};

export const REFUSED = {
	onOne: "2 gommettes au maximum sur la même problématique.",
	allPlaced: "Vous avez déjà posé vos 3 gommettes.",
	ideas: "3 idées au maximum dans la récolte : retirez-en une d'abord.",
};

/**
 * A second tab whose WebSocket traffic goes through the test, so that the test can hold
 * it (both ways) for a moment: what this tab writes meanwhile is written without having
 * seen what the other tab wrote, exactly as when two tabs click at the same instant.
 */
export interface HoldableTab {
	readonly page: Page;
	hold(): void;
	/**
	 * What the tab tried to send while held (its writes, waiting): its messages, and each socket
	 * it opened meanwhile (a page connected for reading opens a writing one for its first edit,
	 * and says nothing on it until the service's handshake, held too).
	 */
	heldFromPage(): number;
	release(): void;
}

export async function openHoldableTab(context: BrowserContext, url: string): Promise<HoldableTab> {
	const page = await context.newPage();
	page.on("pageerror", (error) => console.error(`[page error] ${error.message}`));
	let holding = false;
	const links: {
		toServer: (string | Buffer)[];
		toPage: (string | Buffer)[];
		page: WebSocketRoute;
		server: WebSocketRoute;
		openedWhileHeld: boolean;
	}[] = [];
	await page.routeWebSocket(/.*/, (ws) => {
		const server = ws.connectToServer();
		const link = {
			toServer: [] as (string | Buffer)[],
			toPage: [] as (string | Buffer)[],
			page: ws,
			server,
			openedWhileHeld: holding,
		};
		links.push(link);
		ws.onMessage((message) => (holding ? link.toServer.push(message) : server.send(message)));
		server.onMessage((message) => (holding ? link.toPage.push(message) : ws.send(message)));
	});
	await page.goto(url);
	await page.getByTestId("step-title").waitFor({ timeout: 60_000 });
	return {
		page,
		hold() {
			holding = true;
		},
		heldFromPage() {
			return links.reduce((n, link) => n + link.toServer.length + (link.openedWhileHeld ? 1 : 0), 0);
		},
		release() {
			holding = false;
			for (const link of links) {
				for (const message of link.toServer.splice(0)) link.server.send(message);
				for (const message of link.toPage.splice(0)) link.page.send(message);
			}
		},
	};
}

/** What every person must read the same on the board (shared content only, no buttons, no "(vous)"). */
export type SharedBoard = Record<
	"rules" | "problematiques" | "tallies" | "ranking" | "formulation" | "questions" | "rebonds" | "notes" | "ideas" | "plan",
	string
>;

export async function sharedBoard(page: Page): Promise<SharedBoard> {
	return page.getByTestId("board-list").evaluate((root): SharedBoard => {
		// Strips what depends on who looks (buttons, forms, refusal alerts) and normalises spaces.
		const clean = (el: Element | null | undefined): string => {
			if (!el) return "";
			const copy = el.cloneNode(true) as Element;
			for (const x of copy.querySelectorAll("button, form, input, textarea, [role='alert']")) x.remove();
			// A space after every element, so that "Bob" and "Gérer…" in two blocks do not run together.
			for (const x of copy.querySelectorAll("*")) x.after(" ");
			return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
		};
		const each = (selector: string, read: (el: Element) => string): string =>
			[...root.querySelectorAll(selector)].map(read).join(" | ");
		const tally = (el: Element) => el.querySelector("[data-testid='tally']");
		return {
			rules: each("[data-testid='rule']", clean),
			problematiques: each(
				"[data-testid='problematique-card']",
				(el) => `${el.getAttribute("data-author")}: ${clean(el.querySelector("[data-testid='problematique-text']"))}`,
			),
			tallies: each(
				"[data-testid='vote-item']",
				(el) =>
					`${clean(el.querySelector("[id^='vote-text-']"))} = ${tally(el)?.getAttribute("data-count")} (${clean(tally(el))})`,
			),
			ranking: clean(root.querySelector("[data-testid='ranking']")),
			formulation: clean(root.querySelector("[data-testid='formulation']")),
			questions: clean(root.querySelector("[data-testid='questions']")),
			rebonds: each("[data-testid='rebond-column']", (el) => `${el.getAttribute("data-author")}: ${clean(el)}`),
			notes: clean(root.querySelector("[data-testid='shared-notes']")),
			ideas: `${clean(root.querySelector("[data-testid='ideas-count']"))}: ${clean(root.querySelector("[data-testid='ideas']"))}`,
			plan: clean(root.querySelector("[data-testid='plan-actions']")),
		};
	});
}
