/**
 * "My workshops" in the browser: the facilitation keys this browser holds, forgetting a
 * deleted workshop, and the section's words (French typography, both languages).
 */
import { afterEach, describe, expect, it } from "vitest";
import { entryTexts } from "../../src/domain/catalogue";
import { identityStore } from "../../src/ui/identityStore";
import { MY_WORKSHOPS_TABLES } from "../../src/ui/pages/myWorkshopsWords";

/** A Storage of the browser's shape, in memory. */
function memoryStorage(): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		key: (i) => [...items.keys()][i] ?? null,
		getItem: (k) => items.get(k) ?? null,
		setItem: (k, v) => void items.set(k, String(v)),
		removeItem: (k) => void items.delete(k),
		clear: () => items.clear(),
	};
}

const g = globalThis as { window?: unknown };

describe("the keys this browser holds", () => {
	afterEach(() => {
		delete g.window;
	});

	it("lists every held facilitation key and forgets all of one workshop's entries", () => {
		const localStorage = memoryStorage();
		g.window = { localStorage };
		identityStore.setKey("w1", "key-1");
		identityStore.setKey("w2", "key-2");
		identityStore.set("w1", { userId: "f-1", name: "Camille", role: "facilitator", ticket: "t" });
		localStorage.setItem("atelier-entraide:w1:f-1:drafts", "{}");
		localStorage.setItem("atelier-entraide:view", JSON.stringify("list"));
		identityStore.set("w3", { userId: "u-1", name: "Alice", role: "participant", ticket: "t" });
		expect(identityStore.heldKeys().sort((a, b) => a.id.localeCompare(b.id))).toEqual([
			{ id: "w1", key: "key-1" },
			{ id: "w2", key: "key-2" },
		]);
		identityStore.forget("w1");
		expect(identityStore.heldKeys()).toEqual([{ id: "w2", key: "key-2" }]);
		expect(identityStore.get("w1")).toBeUndefined();
		expect(localStorage.getItem("atelier-entraide:w1:f-1:drafts")).toBeNull();
		expect(localStorage.getItem("atelier-entraide:view")).not.toBeNull();
		expect(identityStore.get("w3")?.name).toBe("Alice");
	});

	it("holds nothing when storage is unavailable", () => {
		expect(identityStore.heldKeys()).toEqual([]);
	});
});

describe("the words of My workshops", () => {
	it("set French high punctuation after a no-break space and use the typographic apostrophe", () => {
		for (const entry of Object.values(MY_WORKSHOPS_TABLES.fr)) {
			for (const text of entryTexts(entry)) {
				expect(text, text).not.toMatch(/'/);
				expect(text, text).not.toMatch(/[^\u00A0\u202F][:;?!](\s|$)/);
				expect(text, text).not.toMatch(/«[^\u00A0]|[^\u00A0]»/);
			}
		}
	});

	it("say the deletion is final, in both languages", () => {
		expect(MY_WORKSHOPS_TABLES.fr.mineDeleteConfirm).toBe("Supprimer définitivement");
		expect(MY_WORKSHOPS_TABLES.en.mineDeleteConfirm).toBe("Delete for good");
		expect(Object.keys(MY_WORKSHOPS_TABLES.en).sort()).toEqual(Object.keys(MY_WORKSHOPS_TABLES.fr).sort());
	});
});
