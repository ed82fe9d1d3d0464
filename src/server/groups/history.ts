/**
 * A group's sessions as their archives say: each workshop's archived documents (the
 * SharedTree verbose exports the archiver keeps) are imported into unhydrated trees and
 * read with the app's own readers — the bounded board, the sealed choice, the agreement —
 * so the history never holds a second copy of a rule. A workshop without an archive yet
 * (its documents never bound, or not saved) reads as an empty session.
 */
import { TreeAlpha, type VerboseTree } from "fluid-framework/alpha";
import { namesAnyOf } from "../../domain/agreement";
import { cleanName } from "../../domain/names";
import { documentationOf, formulationOf, learningsOf, planOf, rulesOf, type PlanActionView } from "../../fluid/bounded";
import { documentationStandingOf } from "../../fluid/documentation";
import { membersInOrder } from "../../fluid/read";
import { Board, Process } from "../../fluid/schema";
import { chosenProblematiqueOf } from "../../fluid/sealed";
import type { ArchiveEntry, ArchiveStore, WorkshopRecord } from "../storage/types";

/** What one session leaves, read from its archive. */
export interface SessionFacts {
	readonly record: WorkshopRecord;
	readonly workshopId: string;
	readonly date: number;
	/** Whether the session has an archive that could be read. */
	readonly archived: boolean;
	/** The consented offreur (the sealed choice's author), if any. */
	readonly offreurId: string | undefined;
	readonly formulation: string;
	readonly plan: readonly PlanActionView[];
	readonly rules: readonly string[];
	readonly learnings: readonly { readonly authorId: string; readonly text: string }[];
	/** The documentation, only when everyone agreed; with the names of who was there (to hide leavers). */
	readonly documentation: string | undefined;
	readonly people: readonly { readonly id: string; readonly name: string }[];
}

interface Trees {
	readonly process: Process;
	readonly board: Board;
}

/** The archived documents as unhydrated trees, or undefined when they cannot be read (never thrown). */
export function treesOf(entry: ArchiveEntry): Trees | undefined {
	try {
		const process = TreeAlpha.importVerbose(Process, entry.process as VerboseTree);
		const board = TreeAlpha.importVerbose(Board, entry.board as VerboseTree);
		return { process, board };
	} catch {
		return undefined;
	}
}

function empty(record: WorkshopRecord): SessionFacts {
	return {
		record,
		workshopId: record.id,
		date: record.createdAt,
		archived: false,
		offreurId: undefined,
		formulation: "",
		plan: [],
		rules: [],
		learnings: [],
		documentation: undefined,
		people: [],
	};
}

export function factsOf(record: WorkshopRecord, entry: ArchiveEntry | undefined): SessionFacts {
	const trees = entry ? treesOf(entry) : undefined;
	if (!trees) return empty(record);
	const { process, board } = trees;
	const documentation = documentationOf(board);
	const agreed = documentationStandingOf(process, board).status === "open" && documentation.trim() !== "";
	return {
		record,
		workshopId: record.id,
		date: record.createdAt,
		archived: true,
		offreurId: chosenProblematiqueOf(process, board)?.authorId,
		formulation: formulationOf(board),
		plan: planOf(board),
		rules: rulesOf(board).map((r) => r.text),
		learnings: learningsOf(board).map((l) => ({ authorId: l.authorId, text: l.text })),
		documentation: agreed ? documentation : undefined,
		people: membersInOrder(board).map((m) => ({ id: m.id, name: cleanName(m.name) })),
	};
}

/** The group's sessions, newest first (as the store lists them), each read from its archive. */
export async function sessionsOf(archive: ArchiveStore, records: readonly WorkshopRecord[]): Promise<SessionFacts[]> {
	return Promise.all(records.map(async (record) => factsOf(record, await archive.get(record.id))));
}

/**
 * The documentation as the group's history shows it: none unless agreed; none either when
 * it names someone who has since left the group (their name leaves the history).
 */
export function documentationShown(facts: SessionFacts, isMember: (userId: string) => boolean): string | null {
	if (facts.documentation === undefined) return null;
	const gone = facts.people.filter((p) => !isMember(p.id)).map((p) => p.name);
	return namesAnyOf(facts.documentation, gone) === undefined ? facts.documentation : null;
}
