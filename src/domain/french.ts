/** French typography the interface needs: elision of "de" before a name. */

/** Letters that elide "de" (vowels, accented or not). */
const VOWEL = /^[aeiouàâäéèêëîïôöùûüœæ]/i;

/**
 * "de" joined to a name, elided where French elides it: "d'Alice", "d'Émile", "d'Hélène"
 * (a mute h), "d'Yves" (y before a consonant), but "de Bruno", "de Yann".
 */
export function de(name: string): string {
	const n = name.trim();
	const elides = VOWEL.test(n) || /^h[aeiouyàâäéèêëîïôöùûü]/i.test(n) || /^y[^aeiouyàâäéèêëîïôöùûü]/i.test(n);
	return elides ? `d'${n}` : `de ${n}`;
}
