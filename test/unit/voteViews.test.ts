import { describe, expect, it } from "vitest";
import { rankingCard, trayDot, trayLabel } from "../../src/board/voteViews";
import { canvasWords } from "../../src/board/words";

const names: Record<string, string> = { a: "Alice", b: "Bob", c: "Chloé", d: "Dan", e: "Eve", f: "Fred", g: "Gus" };
const name = (id: string) => names[id] ?? "";

describe("the ranking on the board", () => {
	it("lists places by votes, marks a tie without breaking it, and leaves out notes without votes", () => {
		const tally = new Map([["a", 4], ["b", 6], ["c", 4], ["d", 0]]);
		const card = rankingCard(tally, ["a", "b", "c", "d"], name, canvasWords("fr"));
		expect(card.title).toBe("Classement");
		expect(card.body.split("\n")).toEqual(["1. Bob — 6 votes", "2. Égalité : Alice, Chloé — 4 votes"]);
		const en = rankingCard(tally, ["a", "b", "c", "d"], name, canvasWords("en"));
		expect(en.body.split("\n")[1]).toBe("2. Tie: Alice, Chloé — 4 votes");
	});

	it("shows at most five places", () => {
		const tally = new Map(["a", "b", "c", "d", "e", "f", "g"].map((id, i) => [id, 10 - i]));
		expect(rankingCard(tally, [...tally.keys()], name, canvasWords("fr")).body.split("\n")).toHaveLength(5);
	});
});

describe("the tray", () => {
	it("says how many dots are left and places three dots side by side, draggable only while the vote is open", () => {
		expect(trayLabel(2, canvasWords("fr")).title).toBe("Vos gommettes : 2");
		expect(trayLabel(0, canvasWords("en")).title).toBe("Your dots: 0");
		const [d0, d1] = [trayDot(0, "#f00", true), trayDot(1, "#f00", false)];
		expect(d1.x).toBeGreaterThan(d0.x);
		expect(d0.y).toBe(d1.y);
		expect(d0.draggable).toBe(true);
		expect(d1.draggable).toBe(false);
		expect(d0.id).toBe("tray:0");
	});
});
