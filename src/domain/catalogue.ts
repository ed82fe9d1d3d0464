/**
 * One word catalogue helper for every table of the interface, in both languages: a key
 * is a sentence, or its plural forms chosen by `Intl.PluralRules` for the count it names
 * (French says "1 gommette", "0 gommette", "2 gommettes"; English "0 dots", "1 dot").
 */
import { interpolate, type Locale, type TemplateVars } from "./locale";

export interface PluralEntry {
	readonly one: string;
	readonly other: string;
	/** The variable holding the count ("n" unless said). */
	readonly count?: string;
}

export type Entry = string | PluralEntry;

export type Translate<K extends string> = (key: K, vars?: TemplateVars) => string;

const rules = new Map<Locale, Intl.PluralRules>();

function pluralRules(locale: Locale): Intl.PluralRules {
	let found = rules.get(locale);
	if (!found) {
		found = new Intl.PluralRules(locale);
		rules.set(locale, found);
	}
	return found;
}

/** Every text an entry can show (its plural forms), for the tests that read every word. */
export function entryTexts(entry: Entry): string[] {
	return typeof entry === "string" ? [entry] : [entry.one, entry.other];
}

/** The text of one entry for these values. */
export function render(entry: Entry, locale: Locale, vars?: TemplateVars): string {
	if (typeof entry === "string") return interpolate(entry, vars);
	const count = Number(vars?.[entry.count ?? "n"] ?? 0);
	const form = pluralRules(locale).select(count) === "one" ? entry.one : entry.other;
	return interpolate(form, vars);
}

/** A translator per language from one table per language with the same keys. */
export function catalogue<K extends string>(
	tables: Readonly<Record<Locale, Readonly<Record<K, Entry>>>>,
): (locale: Locale) => Translate<K> {
	return (locale) => {
		const table = tables[locale];
		return (key, vars) => render(table[key], locale, vars);
	};
}
