/**
 * The table's binding (notes, dots, tallies, the live ranking) kept in step with a real
 * SharedTree held locally (`independentView`, no service), drawn into a recording scene.
 */
import { Tree } from "fluid-framework";
import { independentView } from "fluid-framework/alpha";
import { describe, expect, it } from "vitest";
import { Hold } from "../../src/board/hold";
import type { CardSpec, DotSpec } from "../../src/board/spec";
import { BoardStats } from "../../src/board/stats";
import { TableBinding, type TableScene } from "../../src/board/tableBinding";
import { estimateMeasure } from "../../src/board/textFit";
import { canvasWords } from "../../src/board/words";
import type { CommandContext } from "../../src/fluid/commands/command";
import { execute } from "../../src/fluid/commands/command";
import { boardConfig, processConfig, type BoardView, type ProcessView } from "../../src/fluid/containers";
import { initialBoard, initialProcess } from "../../src/fluid/initial";
import { Dot, Member, Problematique } from "../../src/fluid/schema";
import type { WorkshopSession } from "../../src/fluid/session";

/** The scene's surface the binding draws into, recording what is drawn now. */
class RecordingScene implements TableScene {
	readonly cards = new Map<string, CardSpec>();
	readonly dots = new Map<string, DotSpec>();
	has(id: string) {
		return this.cards.has(id) || this.dots.has(id);
	}
	positionOf(id: string) {
		const c = this.cards.get(id);
		return c ? { x: c.x, y: c.y } : undefined;
	}
	upsertCard(spec: CardSpec) {
		this.cards.set(spec.id, spec);
	}
	removeCard(id: string) {
		this.cards.delete(id);
	}
	upsertDot(spec: DotSpec) {
		this.dots.set(spec.id, spec);
	}
	removeDot(id: string) {
		this.dots.delete(id);
	}
}

function workshop(me: string) {
	const processView: ProcessView = independentView(processConfig);
	processView.initialize(initialProcess({ title: "T", announcedEnd: 0, facilitatorId: "fac", facilitatorName: "Fanny", now: 0 }));
	const boardView: BoardView = independentView(boardConfig);
	boardView.initialize(initialBoard());
	const board = boardView.root;
	const members: readonly (readonly [string, string])[] = [
		["fac", "Fanny"],
		["ana", "Ana"],
		["ben", "Ben"],
	];
	for (const [i, [id, name]] of members.entries()) {
		board.members.set(id, new Member({ id, name, observer: false, joinedAt: i }));
	}
	const notes: readonly (readonly [string, string])[] = [
		["p-ana", "ana"],
		["p-ben", "ben"],
	];
	for (const [id, authorId] of notes) {
		board.problematiques.insertAtEnd(new Problematique({ id, authorId, text: `Texte de ${authorId}`, x: 0, y: 0 }));
	}
	const context = (): CommandContext => ({
		me: { id: me, name: me, observer: false },
		process: processView.root,
		board: boardView.root,
		now: () => 0,
		newId: () => "id",
	});
	const session = {
		me: { userId: me },
		processView,
		boardView,
		context,
		run: (command, args) => execute(command, context(), args),
	} as Pick<WorkshopSession, "me" | "processView" | "boardView" | "context" | "run"> as WorkshopSession;
	const scene = new RecordingScene();
	const binding = new TableBinding(scene, session, () => canvasWords("fr"), new BoardStats(), new Hold(), estimateMeasure);
	binding.start();
	return { board, process: processView.root, scene, binding };
}

describe("the table's dots", () => {
	it("a dot moved from one note to another leaves the first note's tally and the live ranking at once", () => {
		const { board, process, scene, binding } = workshop("ana");
		Tree.runTransaction(process, () => {
			process.vote.open = true;
			process.vote.revealed = true;
		});
		board.dots.insertAtEnd(new Dot({ id: "d1", voterId: "ana", problematiqueId: "p-ana" }));
		board.dots.insertAtEnd(new Dot({ id: "d2", voterId: "ben", problematiqueId: "p-ana" }));
		const words = canvasWords("fr");
		expect(scene.cards.get("p-ana")?.badge).toBe(words.dots(2));
		expect(scene.cards.get("p-ben")?.badge).toBe(words.dots(0));

		const moved = board.dots.find((d) => d.id === "d1");
		if (!moved) throw new Error("no dot d1");
		moved.problematiqueId = "p-ben";

		expect(scene.cards.get("p-ana")?.badge).toBe(words.dots(1));
		expect(scene.cards.get("p-ben")?.badge).toBe(words.dots(1));
		const ranking = scene.cards.get("ranking")?.lines.join(" ") ?? "";
		expect(ranking).not.toContain(words.dots(2));
		expect(ranking).toContain(words.tied("Ana, Ben"));
		// The dot is drawn on the note it reached, and only there.
		expect(binding.dotTarget("d1")).toBe("p-ben");
		expect(scene.dots.has("d1")).toBe(true);
		binding.stop();
	});

	it("counts at most two of a voter's dots on one note, and hides the others' dots until revealed", () => {
		const { board, process, scene, binding } = workshop("ana");
		process.vote.open = true;
		for (const id of ["a1", "a2", "a3"]) board.dots.insertAtEnd(new Dot({ id, voterId: "ana", problematiqueId: "p-ben" }));
		board.dots.insertAtEnd(new Dot({ id: "b1", voterId: "ben", problematiqueId: "p-ben" }));
		// Mine drawn (the third does not count), Ben's hidden; no tally nor ranking before the reveal.
		expect([...scene.dots.keys()].filter((id) => !id.startsWith("tray:")).sort()).toEqual(["a1", "a2"]);
		expect(binding.validDotsOf("ana")).toEqual(["a1", "a2"]);
		expect(scene.cards.get("p-ben")?.badge).toBeUndefined();
		expect(scene.cards.has("ranking")).toBe(false);

		process.vote.revealed = true;
		expect(scene.cards.get("p-ben")?.badge).toBe(canvasWords("fr").dots(3));
		expect(scene.dots.has("b1")).toBe(true);
		// A counted dot taken back: the third one counts in its place.
		board.dots.removeAt(0);
		expect(binding.validDotsOf("ana")).toEqual(["a2", "a3"]);
		expect(scene.cards.get("p-ben")?.badge).toBe(canvasWords("fr").dots(3));
		expect(scene.dots.has("a1")).toBe(false);
		expect(scene.dots.has("a3")).toBe(true);
		binding.stop();
	});

	it("names a note's author who is no longer on the board as the list does (\"Quelqu'un\"), its text under the tally", () => {
		const { board, process, scene, binding } = workshop("ana");
		Tree.runTransaction(process, () => {
			process.vote.open = true;
			process.vote.revealed = true;
		});
		board.members.delete("ben");
		const card = scene.cards.get("p-ben");
		expect(card?.title).toBe("Quelqu'un");
		expect(card?.badge).toBe(canvasWords("fr").dots(0));
		expect(card?.bodyTop).toBe(scene.cards.get("p-ana")?.bodyTop);
		binding.stop();
	});
});
