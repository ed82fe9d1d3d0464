/**
 * Edit to screen: one participant's action (a note moved, a dot dropped, a step advanced),
 * run through the page's own command layer, until every other participant's page has
 * drawn it: the epoch time of the first frame each receiver drew once the change was in
 * its tree, the latest of them, minus the time just before the sender ran the command.
 * One edit at a time (every receiver drew it before the next). The app's pages, then the
 * bare pages, on the same documents, with the same identities, in the same run.
 */
import type { Browser } from "playwright-core";
import type { StepId } from "../../src/domain/steps";
import { createTestWorkshop, type TestWorkshop } from "../support/clients";
import { SIZES } from "./support/config";
import { arm, DRAW_TIMEOUT_MS, drawnAt, send, type Edit } from "./support/edits";
import { ratioOf, spread, type Row } from "./support/figures";
import { facilitator, KINDS, openPage, participant, sleep, type BenchPage, type Kind } from "./support/pages";
import { addNotes, eventually, noteId, openRevealedVote, saved } from "./support/seed";

type EditKind = "note" | "dot" | "step";
const EDIT_KINDS: readonly EditKind[] = ["note", "dot", "step"];
const WORDS: Record<EditKind, string> = { note: "note moved", dot: "dot dropped", step: "step advanced" };

/** Steps the facilitator goes to in turn from the vote (none seals anything but the vote). */
const STEP_CYCLE: readonly StepId[] = [
	"consentement",
	"expose",
	"clarification",
	"reformulation",
	"reflexion",
	"echanges",
	"recolte",
	"accueil",
	"presentation",
	"regles",
	"recherche",
	"partage",
];

const NOTES = 10;

/** The latest receiver's first frame with the edit, minus its sending; NaN if one never drew it. */
async function editToScreenMs(sender: BenchPage, receivers: readonly BenchPage[], edit: Edit): Promise<number> {
	await arm(receivers, edit);
	const at = await send(sender, edit);
	return Math.max(...(await drawnAt(receivers))) - at;
}

/** The participant's one dot (placed through their page the first time). */
async function dotOf(w: TestWorkshop, voter: BenchPage): Promise<string> {
	const mine = () => w.facilitator.boardView.root.dots.find((d) => d.voterId === voter.identity.userId);
	if (!mine()) {
		const ok = await voter.page.evaluate((to) => window.__bench?.run("placeDot", { problematiqueId: to }).ok ?? false, noteId(0));
		if (!ok) throw new Error("placeDot refused");
		await eventually(() => mine() !== undefined, 20_000, "the dot to arrive");
	}
	return mine()?.id ?? "";
}

async function measureKind(
	browser: Browser,
	appUrl: string,
	w: TestWorkshop,
	kind: Kind,
	people: Awaited<ReturnType<typeof participant>>[],
	viewport: { width: number; height: number },
): Promise<Record<EditKind, number[]>> {
	openRevealedVote(w);
	await saved(w);
	const pages: BenchPage[] = [];
	try {
		for (const person of people) pages.push(await openPage(browser, appUrl, kind, w.info.id, person, viewport));
		// Joins settle (each app page lists itself on the board once).
		await sleep(1500);
		const [fac, voter] = pages as [BenchPage, BenchPage];
		const others = (sender: BenchPage) => pages.filter((p) => p !== sender);
		const times: Record<EditKind, number[]> = { note: [], dot: [], step: [] };
		const dotId = await dotOf(w, voter);
		await sleep(500);
		const board = w.facilitator.boardView.root;
		for (let i = 0; i < SIZES.editsPerKind; i++) {
			const x = 200 + ((i * 97 + (kind === "app" ? 0 : 13)) % 700);
			times.note.push(await editToScreenMs(fac, others(fac), { kind: "note", id: noteId(i % NOTES), x, y: 150 + i }));
			await sleep(100);
		}
		for (let i = 0; i < SIZES.editsPerKind; i++) {
			const at = board.dots.find((d) => d.id === dotId)?.problematiqueId ?? noteId(0);
			const to = noteId((Number(at.slice(1)) + 1) % NOTES);
			times.dot.push(await editToScreenMs(voter, others(voter), { kind: "dot", id: dotId, to }));
			await eventually(() => board.dots.find((d) => d.id === dotId)?.problematiqueId === to, 20_000, "the dot moved");
			await sleep(100);
		}
		for (let i = 0; i < SIZES.editsPerKind; i++) {
			const to = STEP_CYCLE[i % STEP_CYCLE.length] as StepId;
			times.step.push(await editToScreenMs(fac, others(fac), { kind: "step", to }));
			await eventually(() => w.facilitator.processView.root.step === to, 20_000, "the step moved");
			await sleep(100);
		}
		return times;
	} finally {
		for (const p of pages) await p.close();
	}
}

export async function editToScreen(browser: Browser, appUrl: string, participants: number): Promise<Row[]> {
	const w = await createTestWorkshop(appUrl, `Bench edits ${participants}`);
	try {
		addNotes(w, NOTES);
		await saved(w);
		const people = [await facilitator(w)];
		for (let i = 1; i < participants; i++) people.push(await participant(w, `Personne ${i}`));
		const viewport = participants > 8 ? { width: 480, height: 360 } : { width: 1024, height: 640 };
		const times = {} as Record<Kind, Record<EditKind, number[]>>;
		for (const kind of KINDS) times[kind] = await measureKind(browser, appUrl, w, kind, people, viewport);
		const rows: Row[] = [];
		const row = (what: string, app: number[], bare: number[], budget: boolean): Row => {
			const a = spread(app);
			const b = spread(bare);
			const missed = app.length - a.n + (bare.length - b.n);
			const ratio = ratioOf(a, b);
			return {
				part: "edit → screen",
				figure: `${participants} participants, ${what}`,
				unit: "ms",
				app: a,
				bare: b,
				ratio,
				...(budget ? { budget: { text: "app ≤ 1.25× bare", met: ratio <= 1.25 } } : {}),
				note: [
					`max over ${participants - 1} receiver${participants > 2 ? "s" : ""} per edit`,
					`${viewport.width}×${viewport.height}`,
					missed ? `${missed} never drawn within ${DRAW_TIMEOUT_MS / 1000} s` : "",
				]
					.filter(Boolean)
					.join("; "),
			};
		};
		const all = (kind: Kind) => EDIT_KINDS.flatMap((k) => times[kind][k]);
		rows.push(row("every edit", all("app"), all("bare"), participants <= 8));
		for (const k of EDIT_KINDS) rows.push(row(WORDS[k], times.app[k], times.bare[k], false));
		return rows;
	} finally {
		w.dispose();
	}
}
