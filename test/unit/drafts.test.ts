import { describe, expect, it } from "vitest";
import { DraftStore, EMPTY_DRAFTS, type Drafts, type KeyValueStorage } from "../../src/session/drafts";

/** localStorage as a Map (what a browser tab keeps across reloads). */
class MemoryStorage implements KeyValueStorage {
	readonly map = new Map<string, string>();
	getItem(key: string): string | null {
		return this.map.get(key) ?? null;
	}
	setItem(key: string, value: string): void {
		this.map.set(key, value);
	}
}

/** A storage that is full or disabled: every write throws. */
class FullStorage extends MemoryStorage {
	override setItem(): void {
		throw new Error("QuotaExceededError");
	}
}

function ids(prefix = "d"): () => string {
	let n = 0;
	return () => `${prefix}${++n}`;
}

function store(storage: KeyValueStorage | undefined, workshop = "w1", user = "alice", newId = ids()): DraftStore {
	return new DraftStore(storage, workshop, user, newId);
}

describe("private drafts", () => {
	it("start empty", () => {
		expect(store(new MemoryStorage()).get()).toEqual(EMPTY_DRAFTS);
	});

	it("hold the problématique being written", () => {
		const s = store(new MemoryStorage());
		s.setProblematique("Déléguer sans perdre le fil");
		expect(s.get().problematique).toBe("Déléguer sans perdre le fil");
		s.setProblematique("");
		expect(s.get().problematique).toBe("");
	});

	it("add, update and remove rebond cards", () => {
		const s = store(new MemoryStorage());
		const r1 = s.addRebond();
		const r2 = s.addRebond("reference");
		expect(r1).not.toBe(r2);
		expect(s.get().rebonds).toEqual([
			{ id: r1, confronted: "", howMet: "", whatWorked: "", kind: "temoignage" },
			{ id: r2, confronted: "", howMet: "", whatWorked: "", kind: "reference" },
		]);
		s.updateRebond(r1, { confronted: "Oui, l'an dernier", howMet: "J'ai demandé de l'aide" });
		s.updateRebond(r2, { kind: "temoignage", whatWorked: "Le point hebdo" });
		expect(s.get().rebonds).toEqual([
			{ id: r1, confronted: "Oui, l'an dernier", howMet: "J'ai demandé de l'aide", whatWorked: "", kind: "temoignage" },
			{ id: r2, confronted: "", howMet: "", whatWorked: "Le point hebdo", kind: "temoignage" },
		]);
		s.removeRebond(r1);
		expect(s.get().rebonds.map((r) => r.id)).toEqual([r2]);
	});

	it("add, update and remove notes", () => {
		const s = store(new MemoryStorage());
		const n1 = s.addNote();
		const n2 = s.addNote("Six mois");
		expect(s.get().notes).toEqual([
			{ id: n1, text: "" },
			{ id: n2, text: "Six mois" },
		]);
		s.updateNote(n1, "Qui décide ?");
		expect(s.get().notes.find((n) => n.id === n1)?.text).toBe("Qui décide ?");
		s.removeNote(n2);
		expect(s.get().notes).toEqual([{ id: n1, text: "Qui décide ?" }]);
	});

	it("leave the others alone when updating or removing an unknown id", () => {
		const s = store(new MemoryStorage());
		const n1 = s.addNote("garde");
		const before = s.get();
		s.updateNote("nope", "x");
		s.removeNote("nope");
		s.updateRebond("nope", { howMet: "x" });
		expect(s.get()).toEqual(before);
		expect(s.get().notes).toEqual([{ id: n1, text: "garde" }]);
	});

	it("never mutate a state already handed out", () => {
		const s = store(new MemoryStorage());
		s.addNote("a");
		const before = s.get();
		const copy = structuredClone(before);
		s.addNote("b");
		s.setProblematique("p");
		expect(before).toEqual(copy);
	});

	it("call listeners on each change, until they unsubscribe", () => {
		const s = store(new MemoryStorage());
		const seen: Drafts[] = [];
		const stop = s.subscribe((d) => seen.push(d));
		s.setProblematique("p");
		const id = s.addNote("n");
		s.updateNote(id, "n2");
		expect(seen.length).toBe(3);
		expect(seen[2]).toEqual(s.get());
		expect(seen[0]?.problematique).toBe("p");
		stop();
		s.removeNote(id);
		expect(seen.length).toBe(3);
	});
});

describe("drafts survive a reload, in this browser only", () => {
	it("a second store on the same storage, workshop and user sees them", () => {
		const storage = new MemoryStorage();
		const first = store(storage, "w1", "alice", ids("a"));
		first.setProblematique("Dire non");
		const r = first.addRebond("reference");
		first.updateRebond(r, { confronted: "Oui" });
		const n = first.addNote("Note perso");
		const reloaded = store(storage, "w1", "alice", ids("b"));
		expect(reloaded.get()).toEqual(first.get());
		expect(reloaded.get().rebonds.find((x) => x.id === r)?.confronted).toBe("Oui");
		expect(reloaded.get().notes.find((x) => x.id === n)?.text).toBe("Note perso");
	});

	it("another user on the same storage does not see them", () => {
		const storage = new MemoryStorage();
		store(storage, "w1", "alice").setProblematique("secret d'Alice");
		expect(store(storage, "w1", "bob").get()).toEqual(EMPTY_DRAFTS);
	});

	it("another workshop for the same user does not see them", () => {
		const storage = new MemoryStorage();
		const a = store(storage, "w1", "alice");
		a.addNote("atelier 1");
		expect(store(storage, "w2", "alice").get()).toEqual(EMPTY_DRAFTS);
		// And writing in w2 leaves w1's drafts as they were.
		store(storage, "w2", "alice").setProblematique("atelier 2");
		expect(
			store(storage, "w1", "alice")
				.get()
				.notes.map((x) => x.text),
		).toEqual(["atelier 1"]);
		expect(store(storage, "w1", "alice").get().problematique).toBe("");
	});

	it("corrupted JSON in storage gives empty drafts instead of throwing", () => {
		const storage = new MemoryStorage();
		store(storage).setProblematique("x");
		const [key] = [...storage.map.keys()];
		expect(key).toBeDefined();
		storage.map.set(key ?? "", "{not json");
		let s: DraftStore | undefined;
		expect(() => (s = store(storage))).not.toThrow();
		expect(s?.get()).toEqual(EMPTY_DRAFTS);
		// The store still works after reading garbage.
		s?.setProblematique("repris");
		expect(store(storage).get().problematique).toBe("repris");
	});

	it("valid JSON of the wrong shape gives empty fields", () => {
		const storage = new MemoryStorage();
		store(storage).setProblematique("x");
		const key = [...storage.map.keys()][0] ?? "";
		for (const raw of ["null", "42", '"text"', "[]", '{"problematique":3,"rebonds":"x","notes":{}}']) {
			storage.map.set(key, raw);
			expect(store(storage).get(), raw).toEqual(EMPTY_DRAFTS);
		}
	});

	it("a storage whose setItem throws keeps working in memory", () => {
		const s = store(new FullStorage());
		const seen: Drafts[] = [];
		s.subscribe((d) => seen.push(d));
		expect(() => s.setProblematique("p")).not.toThrow();
		const id = s.addNote("n");
		s.updateNote(id, "n2");
		expect(s.get()).toEqual({ problematique: "p", rebonds: [], notes: [{ id, text: "n2" }] });
		expect(seen.length).toBe(3);
	});

	it("a storage whose getItem throws starts empty", () => {
		const broken: KeyValueStorage = {
			getItem: () => {
				throw new Error("SecurityError");
			},
			setItem: () => undefined,
		};
		expect(store(broken).get()).toEqual(EMPTY_DRAFTS);
	});

	it("works without any storage (memory only)", () => {
		const s = store(undefined);
		s.setProblematique("p");
		expect(s.get().problematique).toBe("p");
	});
});
