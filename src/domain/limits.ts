/** Text limits, counted in characters as a person sees them (code points). */
export const LIMITS = {
	title: 120,
	name: 60,
	rule: 200,
	problematique: 400,
	question: 300,
	answer: 400,
	formulation: 400,
	rebondField: 600,
	note: 2000,
	idea: 400,
	action: 300,
	when: 80,
	learning: 600,
	reason: 300,
	documentation: 50000,
} as const;

export type LimitedField = keyof typeof LIMITS;

export function textLength(text: string): number {
	return Array.from(text).length;
}

export type TextCheck =
	| { readonly ok: true; readonly text: string }
	| { readonly ok: false; readonly reason: "textTooLong" | "textEmpty"; readonly max: number; readonly length: number };

/** Trims and checks a text against its field's limit; never truncates silently. */
export function checkText(field: LimitedField, raw: string, allowEmpty = false): TextCheck {
	const text = raw.trim();
	const max = LIMITS[field];
	const length = textLength(text);
	if (!allowEmpty && length === 0) return { ok: false, reason: "textEmpty", max, length };
	if (length > max) return { ok: false, reason: "textTooLong", max, length };
	return { ok: true, text };
}
