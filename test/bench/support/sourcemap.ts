/**
 * Where a position of the built client comes from: its source map (dist/client/assets/*.map,
 * which the build writes), read here with a small decoder of the mappings' base64 VLQs.
 * Turns a CPU profile's minified function positions into source files and lines.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DIGIT = new Map([...B64].map((c, i) => [c, i]));

/** [generated column, source index, original line, original column, name index?] per segment, per line. */
function decode(mappings: string): number[][][] {
	const lines: number[][][] = [];
	const state = [0, 0, 0, 0, 0];
	for (const line of mappings.split(";")) {
		state[0] = 0;
		const segments: number[][] = [];
		for (const text of line.split(",")) {
			if (!text) continue;
			const fields: number[] = [];
			let value = 0;
			let shift = 0;
			for (const c of text) {
				const digit = DIGIT.get(c) ?? 0;
				value += (digit & 31) << shift;
				if (digit & 32) shift += 5;
				else {
					fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
					value = 0;
					shift = 0;
				}
			}
			const segment = fields.map((f, i) => {
				state[i] = (state[i] ?? 0) + f;
				return state[i] as number;
			});
			segments.push(segment);
		}
		lines.push(segments);
	}
	return lines;
}

interface RawMap {
	readonly sources: readonly string[];
	readonly names: readonly string[];
	readonly mappings: string;
}

export type Resolve = (url: string, line: number, column: number) => string | undefined;

/** Resolves positions (0-based) in the scripts of `dir` (a built client's assets) to `source:line name`. */
export function sourceResolver(dir: string): Resolve {
	const maps = new Map<string, { raw: RawMap; lines: number[][][] } | undefined>();
	const load = (file: string) => {
		if (!maps.has(file)) {
			const mapFile = path.join(dir, `${file}.map`);
			const raw = existsSync(mapFile) ? (JSON.parse(readFileSync(mapFile, "utf8")) as RawMap) : undefined;
			maps.set(file, raw ? { raw, lines: decode(raw.mappings) } : undefined);
		}
		return maps.get(file);
	};
	return (url, line, column) => {
		const file = url.split("/").pop() ?? "";
		const map = load(file);
		const segments = map?.lines[line];
		if (!map || !segments) return undefined;
		let found: number[] | undefined;
		for (const s of segments) {
			if ((s[0] ?? 0) > column) break;
			found = s;
		}
		if (!found || found.length < 4) return undefined;
		const source = (map.raw.sources[found[1] ?? 0] ?? "?").replace(/^(\.\.\/)+/, "").replace(/^.*node_modules\//, "");
		const name = found.length > 4 ? map.raw.names[found[4] ?? 0] : undefined;
		return `${source}:${(found[2] ?? 0) + 1}${name ? ` ${name}` : ""}`;
	};
}
