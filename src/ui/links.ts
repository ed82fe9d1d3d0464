/** The links a facilitator shares; they keep the host marker (Teams) when there is one. */
export interface WorkshopLinks {
	readonly participant: string;
	readonly facilitator: string;
	readonly observer: string;
}

export function workshopLinks(origin: string, workshopId: string, key: string | undefined): WorkshopLinks {
	const base = `${origin}/w/${workshopId}`;
	return {
		participant: base,
		facilitator: key ? `${base}#k=${encodeURIComponent(key)}` : base,
		observer: `${base}?observer=1`,
	};
}
