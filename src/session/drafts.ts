/**
 * Private drafts: a problématique during recherche, rebond cards during réflexion,
 * personal notes. They live in this browser only (never in the shared document, so
 * their text reaches no other client) and survive a reload. Sharing one is a command.
 */
import type { RebondKind } from "../domain/recolte";

export interface RebondDraft {
	readonly id: string;
	readonly confronted: string;
	readonly howMet: string;
	readonly whatWorked: string;
	readonly kind: RebondKind;
}

export interface NoteDraft {
	readonly id: string;
	readonly text: string;
}

export interface Drafts {
	readonly problematique: string;
	readonly rebonds: readonly RebondDraft[];
	readonly notes: readonly NoteDraft[];
}

export const EMPTY_DRAFTS: Drafts = { problematique: "", rebonds: [], notes: [] };

/** The subset of Web Storage this needs (localStorage in browsers, a Map in tests). */
export interface KeyValueStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

export class DraftStore {
	private drafts: Drafts;
	private readonly listeners = new Set<(drafts: Drafts) => void>();
	private readonly key: string;

	constructor(
		private readonly storage: KeyValueStorage | undefined,
		workshopId: string,
		userId: string,
		private readonly newId: () => string,
	) {
		this.key = `atelier-entraide:${workshopId}:${userId}:drafts`;
		this.drafts = this.load();
	}

	get(): Drafts {
		return this.drafts;
	}

	subscribe(listener: (drafts: Drafts) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	setProblematique(text: string): void {
		this.update({ ...this.drafts, problematique: text });
	}

	addRebond(kind: RebondKind = "temoignage"): string {
		const id = this.newId();
		this.update({ ...this.drafts, rebonds: [...this.drafts.rebonds, { id, confronted: "", howMet: "", whatWorked: "", kind }] });
		return id;
	}

	updateRebond(id: string, patch: Partial<Omit<RebondDraft, "id">>): void {
		this.update({ ...this.drafts, rebonds: this.drafts.rebonds.map((r) => (r.id === id ? { ...r, ...patch } : r)) });
	}

	removeRebond(id: string): void {
		this.update({ ...this.drafts, rebonds: this.drafts.rebonds.filter((r) => r.id !== id) });
	}

	addNote(text = ""): string {
		const id = this.newId();
		this.update({ ...this.drafts, notes: [...this.drafts.notes, { id, text }] });
		return id;
	}

	updateNote(id: string, text: string): void {
		this.update({ ...this.drafts, notes: this.drafts.notes.map((n) => (n.id === id ? { ...n, text } : n)) });
	}

	removeNote(id: string): void {
		this.update({ ...this.drafts, notes: this.drafts.notes.filter((n) => n.id !== id) });
	}

	private update(next: Drafts): void {
		this.drafts = next;
		try {
			this.storage?.setItem(this.key, JSON.stringify(next));
		} catch {
			// Storage full or disabled: the draft lives on in memory for this page.
		}
		for (const listener of this.listeners) listener(next);
	}

	private load(): Drafts {
		try {
			const raw = this.storage?.getItem(this.key);
			if (!raw) return EMPTY_DRAFTS;
			const parsed = JSON.parse(raw) as Partial<Drafts>;
			const withId = <T extends { id: string }>(list: unknown): T[] =>
				Array.isArray(list)
					? list.filter((x): x is T => typeof x === "object" && x !== null && typeof (x as { id?: unknown }).id === "string")
					: [];
			return {
				problematique: typeof parsed.problematique === "string" ? parsed.problematique : "",
				rebonds: withId<RebondDraft>(parsed.rebonds),
				notes: withId<NoteDraft>(parsed.notes),
			};
		} catch {
			return EMPTY_DRAFTS;
		}
	}
}
