/**
 * What a PDF's standard fonts (Helvetica: WinAnsi, i.e. cp1252) can show. The rest is
 * mapped to the nearest they have: the narrow no-break space to a no-break space, arrows,
 * other dashes and quotes, letters with diacritics cp1252 lacks to the bare letter; what
 * has no equivalent (emoji, other scripts) becomes "?" (reported: not shown).
 */

/** cp1252's characters above Latin-1's range (0x80–0x9F), as Unicode. */
const CP1252_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

export function inWinAnsi(ch: string): boolean {
	const code = ch.codePointAt(0) ?? 0;
	return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.has(ch) || ch === "\n";
}

const NEAREST: Readonly<Record<string, string>> = {
	"\u202F": "\u00A0",
	"\u2009": " ",
	"\u2007": "\u00A0",
	"\u2002": " ",
	"\u2003": " ",
	"\u200B": "",
	"\u2060": "",
	"\uFEFF": "",
	"\t": "    ",
	"\r": "",
	"→": "->",
	"←": "<-",
	"⇒": "=>",
	"‐": "-",
	"‑": "-",
	"‒": "–",
	"―": "—",
	"′": "'",
	"″": '"',
	"‹": "‹",
	"✓": "v",
	"✔": "v",
	"≤": "<=",
	"≥": ">=",
	"≠": "!=",
	"…": "…",
};

/** A text as a standard PDF font can draw it, and the characters that could not be shown. */
export function toWinAnsi(text: string): { readonly text: string; readonly lost: readonly string[] } {
	const lost = new Set<string>();
	let out = "";
	for (const ch of text.normalize("NFC")) {
		if (inWinAnsi(ch)) {
			out += ch;
			continue;
		}
		const near = NEAREST[ch];
		if (near !== undefined) {
			out += near;
			continue;
		}
		const bare = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
		if (bare !== ch && [...bare].every(inWinAnsi)) {
			out += bare;
			continue;
		}
		lost.add(ch);
		out += "?";
	}
	return { text: out, lost: [...lost] };
}
