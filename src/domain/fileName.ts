/** A download's file name from the workshop's title: letters, digits and dashes, never empty. */
export function fileBaseName(title: string, fallback = "atelier-entraide"): string {
	const base = title
		.normalize("NFD")
		.replace(/[\u0300-\u036f]/g, "")
		.replace(/[œŒ]/g, "oe")
		.replace(/[æÆ]/g, "ae")
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, "-")
		.replace(/^-+|-+$/g, "")
		.slice(0, 60)
		.replace(/-+$/, "");
	return base === "" ? fallback : base;
}
