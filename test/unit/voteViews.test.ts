import { describe, expect, it } from "vitest";
import { DOT_TRAY, contains } from "../../src/board/layout";
import { estimateMeasure } from "../../src/board/textFit";
import { noteDot, rankingCard, sealedRankingCard, trayDot, trayLabel } from "../../src/board/voteViews";
import { canvasWords } from "../../src/board/words";

const names: Record<string, string> = { a: "Alice", b: "Bob", c: "Chloé", d: "Dan", e: "Eve", f: "Fred", g: "Gus" };
const name = (id: string) => names[id] ?? "";
const m = estimateMeasure;

describe("the ranking on the board", () => {
	it("lists places by gommettes, marks a tie without breaking it, and leaves out notes without any", () => {
		const tally = new Map([
			["a", 4],
			["b", 6],
			["c", 4],
			["d", 0],
		]);
		const card = rankingCard(tally, ["a", "b", "c", "d"], name, canvasWords("fr"), m);
		expect(card.title).toBe("Classement");
		expect(card.lines).toEqual(["1. Bob — 6 gommettes", "2. Égalité\u202f: Alice, Chloé — 4 gommettes"]);
		const en = rankingCard(tally, ["a", "b", "c", "d"], name, canvasWords("en"), m);
		expect(en.lines[1]).toBe("2. Tie: Alice, Chloé — 4 dots");
		expect(en.lines.join(" ")).not.toMatch(/gommette|vote/);
	});

	it("says one gommette / one dot in the singular", () => {
		const tally = new Map([["a", 1]]);
		expect(rankingCard(tally, ["a"], name, canvasWords("fr"), m).lines).toEqual(["1. Alice — 1 gommette"]);
		expect(rankingCard(tally, ["a"], name, canvasWords("en"), m).lines).toEqual(["1. Alice — 1 dot"]);
	});

	it("reads a sealed ranking: its order and its copied authors, whatever the table holds now", () => {
		const sealed = {
			tally: new Map([
				["n1", 3],
				["n2", 1],
			]),
			ranking: [{ ids: ["n1"] }, { ids: ["n2"] }],
			problematiques: [
				{ id: "n1", authorId: "a" },
				{ id: "n2", authorId: "b" },
			],
		};
		expect(sealedRankingCard(sealed, name, canvasWords("fr"), m).lines).toEqual([
			"1. Alice — 3 gommettes",
			"2. Bob — 1 gommette",
		]);
	});

	it("shows at most five places", () => {
		const tally = new Map(["a", "b", "c", "d", "e", "f", "g"].map((id, i) => [id, 10 - i]));
		expect(rankingCard(tally, [...tally.keys()], name, canvasWords("fr"), m).lines).toHaveLength(5);
	});
});

describe("the tray", () => {
	it("says how many dots are left, with French spacing only in French", () => {
		expect(trayLabel(2, canvasWords("fr"), m).title).toBe("Gommettes restantes\u202f: 2");
		expect(trayLabel(1, canvasWords("en"), m).title).toBe("Dots left: 1");
	});

	it("places three dots side by side inside the tray", () => {
		const dots = [0, 1, 2].map((i) => trayDot(i, "#f00"));
		expect(dots[1]?.x).toBeGreaterThan(dots[0]?.x ?? 0);
		expect(dots[0]?.y).toBe(dots[1]?.y);
		for (const d of dots) expect(contains(DOT_TRAY, d.x, d.y)).toBe(true);
		expect(dots[0]?.id).toBe("tray:0");
	});

	it("draws a note's dots inside the note, in rows", () => {
		const note = { x: 100, y: 100 };
		const first = noteDot("d0", note, 0, "#f00", true);
		const eighth = noteDot("d7", note, 7, "#f00", true);
		expect(eighth.y).toBeLessThan(first.y);
		expect(first.x).toBeGreaterThan(note.x);
	});
});
