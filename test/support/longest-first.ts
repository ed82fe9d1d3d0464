/**
 * The suite's order (issue 11, point 3): within each group of projects run together, the
 * files that take longest start first, whatever their project, so that the short ones fill
 * the cores at the end (vitest's own order runs the projects one after the other by name,
 * which started the two 40-second fuzz files of `unit` only once `integration` was done).
 * The list is read off `npm test`'s timeline (test/support/timeline-reporter.ts); a file not
 * in it keeps vitest's order (unknown first, then by its last duration or size).
 */
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The slowest files of a run on these machines, in the order they start (beside each, its
 * seconds in a full `npm test` of 2 Dec 2026, each file alone on a core where it could be):
 * the unit fuzz files come before integration's shorter ones so that both run while the
 * integration files share the other cores. vitest's own ranking by last duration needs its
 * results cache, which a fresh clone (CI) does not have.
 */
const LONGEST = [
	// With unit, integration and the bench's smoke:
	"test/bench/bench.run.ts", // 78
	"test/integration/archive.test.ts", // 70
	"test/integration/fluid-proxy.test.ts", // 59
	"test/unit/fuzz-rules-2.test.ts", // 38
	"test/unit/fuzz-rules.test.ts", // 37
	"test/integration/fuzz.test.ts", // 41
	"test/integration/start.test.ts", // 37
	"test/integration/sheets.test.ts", // 23
	// End to end, two at a time:
	"test/e2e/deroule.test.ts", // 93
	"test/e2e/workspace.test.ts", // 92
	"test/e2e/groups.test.ts", // 63
	"test/e2e/board-list.test.ts", // 55
	"test/e2e/durability.test.ts", // 54
	"test/e2e/board-canvas.test.ts", // 50
];

function rank(spec: TestSpecification): number {
	const at = LONGEST.findIndex((file) => spec.moduleId.endsWith(file));
	return at === -1 ? LONGEST.length : at;
}

export default class LongestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const base = await super.sort(files);
		const group = (s: TestSpecification) => s.project.config.sequence.groupOrder;
		// Stable: files of the same rank keep vitest's order.
		return [...base].sort((a, b) => group(a) - group(b) || rank(a) - rank(b));
	}
}
