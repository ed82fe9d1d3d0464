import { describe, expect, it } from "vitest";
import { ruleSpec } from "../../src/board/cardSpecs";
import { Hold } from "../../src/board/hold";
import { CardLayer, type CardSink } from "../../src/board/reconcile";
import type { CardSpec } from "../../src/board/spec";
import { estimateMeasure } from "../../src/board/textFit";
import { TrackedList } from "../../src/board/trackedList";

class FakeScene implements CardSink {
	readonly cards = new Map<string, CardSpec>();
	readonly log: string[] = [];
	has(id: string) {
		return this.cards.has(id);
	}
	upsertCard(spec: CardSpec) {
		this.log.push(`put ${spec.id}`);
		this.cards.set(spec.id, spec);
	}
	removeCard(id: string) {
		this.log.push(`remove ${id}`);
		this.cards.delete(id);
	}
}

const rule = (id: string, text: string, i: number) => ruleSpec({ id, authorName: "", text }, i, estimateMeasure);

describe("the keyed-list reconciler", () => {
	it("shows exactly the specs given: adds, updates and removes by id", () => {
		const scene = new FakeScene();
		const layer = new CardLayer(scene, new Hold());
		layer.sync([rule("a", "A", 0), rule("b", "B", 1)]);
		layer.sync([rule("b", "B!", 0), rule("c", "C", 1)]);
		expect([...scene.cards.keys()].sort()).toEqual(["b", "c"]);
		expect(scene.cards.get("b")?.lines).toEqual(["B!"]);
		expect(scene.log).toContain("remove a");
	});

	it("leaves the card in my hand where my hand is, until I let go", () => {
		const scene = new FakeScene();
		const hold = new Hold();
		const layer = new CardLayer(scene, hold);
		layer.sync([rule("a", "A", 0)]);
		hold.take({ id: "a", kind: "rule" });
		layer.sync([rule("a", "A", 3)]);
		expect(scene.cards.get("a")?.y).toBe(rule("a", "A", 0).y);
		hold.release();
		layer.sync([rule("a", "A", 3)]);
		expect(scene.cards.get("a")?.y).toBe(rule("a", "A", 3).y);
	});

	it("never touches another layer's cards", () => {
		const scene = new FakeScene();
		const one = new CardLayer(scene, new Hold());
		const two = new CardLayer(scene, new Hold());
		one.sync([rule("a", "A", 0)]);
		two.sync([rule("b", "B", 0)]);
		two.sync([]);
		expect([...scene.cards.keys()]).toEqual(["a"]);
	});
});

describe("following a long list by id", () => {
	it("finds an appended item without a structural pass, and reports removals and moves", () => {
		let list = [{ id: "a" }, { id: "b" }];
		const events: string[] = [];
		const tracked = new TrackedList(() => list, {
			added: (n, i, appended) => events.push(`add ${n.id}@${i}${appended ? " appended" : ""}`),
			removed: (id) => events.push(`remove ${id}`),
			moved: (id, i) => events.push(`move ${id}@${i}`),
		});
		tracked.sync();
		list = [...list, { id: "c" }];
		tracked.sync();
		list = [{ id: "c" }, { id: "a" }];
		tracked.sync();
		expect(events).toEqual(["add a@0", "add b@1", "add c@2 appended", "remove b", "move c@0", "move a@1"]);
		expect(tracked.ids).toEqual(["c", "a"]);
		expect(tracked.indexOf("a")).toBe(1);
	});
});
