/** The facilitator's view of where the group stands: per person, never what or where. */
import { describe, expect, it } from "vitest";
import { initialBoard, initialProcess } from "../../src/fluid/initial";
import { allDotsPlaced, askedThisRound, rebondsShared, sheetsOnTable, stepProgress } from "../../src/fluid/progress";
import { Dot, Member, Problematique, Question, Rebond, TurnRecord } from "../../src/fluid/schema";

function workshop() {
	const process = initialProcess({ title: "T", announcedEnd: 0, facilitatorId: "fac", facilitatorName: "Fanny", now: 0 });
	const board = initialBoard();
	for (const [id, name, joinedAt] of [
		["fac", "Fanny", 1],
		["ana", "Ana", 2],
		["ben", "Ben", 3],
		["cyd", "Cyd", 4],
	] as const) {
		board.members.set(id, new Member({ id, name, observer: false, joinedAt }));
	}
	board.members.set("obs", new Member({ id: "obs", name: "Obs", observer: true, joinedAt: 5 }));
	return { process, board };
}

const done = (people: readonly { userId: string; done: boolean }[]) => Object.fromEntries(people.map((p) => [p.userId, p.done]));

describe("progress in the step", () => {
	it("who has put a sheet on the table (participants only, with their names)", () => {
		const { process, board } = workshop();
		board.problematiques.insertAtEnd(new Problematique({ id: "p1", authorId: "ben", text: "x", x: 0, y: 0 }));
		expect(sheetsOnTable(process, board)).toEqual([
			{ userId: "ana", name: "Ana", done: false },
			{ userId: "ben", name: "Ben", done: true },
			{ userId: "cyd", name: "Cyd", done: false },
		]);
		process.step = "partage";
		expect(stepProgress(process, board)?.kind).toBe("sheetOnTable");
	});

	it("who has placed all 3 gommettes (valid ones), never where", () => {
		const { process, board } = workshop();
		for (const [id, authorId] of [
			["p1", "ana"],
			["p2", "cyd"],
		] as const)
			board.problematiques.insertAtEnd(new Problematique({ id, authorId, text: "x", x: 0, y: 0 }));
		const dot = (n: number, voterId: string, problematiqueId: string) => new Dot({ id: `d${n}`, voterId, problematiqueId });
		board.dots.insertAtEnd(dot(1, "ana", "p1"), dot(2, "ana", "p1"), dot(3, "ana", "p2"));
		// Ben's third dot on p1 breaks the rule (2 at most on one): it does not count.
		board.dots.insertAtEnd(dot(4, "ben", "p1"), dot(5, "ben", "p1"), dot(6, "ben", "p1"));
		const people = allDotsPlaced(process, board);
		expect(done(people)).toEqual({ ana: true, ben: false, cyd: false });
		expect(JSON.stringify(people)).not.toMatch(/p1|p2/);
	});

	it("who has asked a question this round, and whose rebonds are shared (contributors only)", () => {
		const { process, board } = workshop();
		process.step = "clarification";
		process.offreurId = "ana";
		board.problematiques.insertAtEnd(new Problematique({ id: "p1", authorId: "ana", text: "x", x: 0, y: 0 }));
		board.questions.insertAtEnd(new Question({ id: "q1", authorId: "ben", text: "?", answer: "" }));
		expect(done(askedThisRound(process, board))).toEqual({ ben: true, cyd: false });
		process.turns.clarification.insertAtEnd(new TurnRecord({ userId: "cyd", kind: "passed" }));
		// Everyone had the chance: a new round, nobody has asked in it yet.
		expect(done(askedThisRound(process, board))).toEqual({ ben: false, cyd: false });
		expect(stepProgress(process, board)?.kind).toBe("askedThisRound");
		board.rebonds.insertAtEnd(
			new Rebond({ id: "r1", authorId: "cyd", confronted: "Oui", howMet: "", whatWorked: "", kind: "temoignage" }),
		);
		expect(done(rebondsShared(process, board))).toEqual({ ben: false, cyd: true });
		process.step = "recolte";
		expect(stepProgress(process, board)).toBeUndefined();
	});
});

describe("who may write a problématique, for the canvas and the list", () => {
	it("participants in recherche and partage only, never the facilitator or an observer", async () => {
		const { mayWriteProblematique } = await import("../../src/fluid/read");
		const { process } = workshop();
		const at = (step: string) => {
			process.step = step;
			return [
				mayWriteProblematique(process, "ana", false),
				mayWriteProblematique(process, "fac", false),
				mayWriteProblematique(process, "obs", true),
			];
		};
		expect(at("recherche")).toEqual([true, false, false]);
		expect(at("partage")).toEqual([true, false, false]);
		expect(at("choix")).toEqual([false, false, false]);
	});
});
