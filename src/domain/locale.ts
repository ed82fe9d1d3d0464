/** The interface languages: French (the kit's, the default) and English. */
export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";

/** Picks the language from a BCP 47 tag ("fr-FR", "en-US", "de"): French unless English is asked. */
export function localeFrom(tag: string | undefined | null): Locale {
	if (!tag) return DEFAULT_LOCALE;
	const lang = tag.trim().toLowerCase().split(/[-_]/)[0];
	return lang === "en" ? "en" : DEFAULT_LOCALE;
}

/** Picks from a list of preferred tags (navigator.languages): the first French or English wins. */
export function localeFromList(tags: readonly string[]): Locale {
	for (const tag of tags) {
		const lang = tag.trim().toLowerCase().split(/[-_]/)[0];
		if (lang === "fr" || lang === "en") return lang;
	}
	return DEFAULT_LOCALE;
}

export type Localized = Readonly<Record<Locale, string>>;

export const METHOD_CREDIT: Localized = {
	fr: "Processus inspiré de la méthodologie de codéveloppement professionnel (Adrien Payette et Claude Champagne)",
	en: "Process inspired by the professional co-development method (Adrien Payette and Claude Champagne)",
};

export type TemplateVars = Readonly<Record<string, string | number>>;

/** Fills "{name}" placeholders in a sentence; an unknown placeholder stays visible. */
export function interpolate(text: string, vars?: TemplateVars): string {
	return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? `{${name}}`));
}
