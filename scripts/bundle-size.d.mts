export interface ChunkSize {
	readonly file: string;
	readonly gzip: number;
}

export interface Figure {
	/** Gzip bytes of the figure's scripts, summed. */
	readonly gzip: number;
	readonly chunks: readonly ChunkSize[];
}

export const BUDGETS: { readonly landing: number; readonly workshop: number };
export const WORKSHOP_ROUTE: string;

export function measureChunk(key: string, distDir?: string): Figure;

export function measureBundle(distDir?: string): {
	readonly budgets: typeof BUDGETS;
	readonly landing: Figure;
	readonly workshop: Figure;
	readonly total: Figure;
};
