/**
 * For the groups' server tests: a workshop's archive entry built from real trees (the
 * app's schema, unhydrated, exported verbose as the archiver keeps them), and the calls
 * the tests make, by `inject`.
 */
import type { LightMyRequestResponse } from "fastify";
import { TreeAlpha } from "fluid-framework/alpha";
import type { CreatedGroup, CreatedGroupWorkshop, GroupMember } from "../../src/api/types";
import { initialBoard, initialProcess } from "../../src/fluid/initial";
import { SealedProblematique } from "../../src/fluid/schema";
import type { WorkshopRecord } from "../../src/server/storage/types";
import { json, type TestApp } from "../support/server-helpers";

export interface SessionContent {
	readonly members?: readonly { readonly id: string; readonly name: string }[];
	readonly rules?: readonly string[];
	/** The consented offreur (author of the chosen problématique). */
	readonly offreurId?: string;
	readonly formulation?: string;
	readonly plan?: readonly { readonly id: string; readonly text: string; readonly when: string; readonly due?: string }[];
	readonly learnings?: readonly { readonly authorId: string; readonly text: string }[];
	/** Everyone present agreed (with their names) and this documentation was saved. */
	readonly documentation?: string;
}

/** Archives this content for the workshop, as the archiver would (`storage.archive.put`). */
export async function archiveSession(t: TestApp, record: WorkshopRecord, content: SessionContent): Promise<void> {
	const process = initialProcess({
		title: record.title,
		announcedEnd: record.announcedEnd,
		facilitatorId: record.facilitatorId,
		facilitatorName: record.facilitatorName,
		now: record.createdAt,
	});
	const board = initialBoard();
	for (const m of content.members ?? [])
		board.members.set(m.id, { id: m.id, name: m.name, observer: false, joinedAt: record.createdAt });
	for (const [i, text] of (content.rules ?? []).entries()) {
		board.rules.insertAtEnd({ id: `r${i}`, text, authorId: record.facilitatorId });
	}
	if (content.offreurId) {
		const chosen = { id: "p-chosen", authorId: content.offreurId, text: "Comment dire non à mon chef ?" };
		board.problematiques.insertAtEnd({ ...chosen, x: 0, y: 0 });
		process.consent.acceptedId = chosen.id;
		process.offreurId = content.offreurId;
		process.sealedChoice = new SealedProblematique(chosen);
	}
	board.formulation = content.formulation ?? "";
	for (const a of content.plan ?? []) board.plan.insertAtEnd({ id: a.id, text: a.text, when: a.when, due: a.due });
	for (const [i, l] of (content.learnings ?? []).entries()) board.learnings.insertAtEnd({ id: `l${i}`, ...l });
	if (content.documentation !== undefined) {
		for (const m of content.members ?? []) board.agreements.insertAtEnd({ userId: m.id, agree: true });
		board.documentation = content.documentation;
	}
	// Through JSON, as the database keeps it.
	const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
	await t.storage.archive.put({
		workshopId: record.id,
		savedAt: t.clock,
		step: "cloture",
		process: roundTrip(TreeAlpha.exportVerbose(process)),
		board: roundTrip(TreeAlpha.exportVerbose(board)),
	});
}

/** Ends the workshop as the archiver records it. */
export async function endWorkshop(t: TestApp, id: string): Promise<void> {
	const record = await t.store.get(id);
	if (!record) throw new Error("no such workshop");
	await t.store.put({ ...record, status: "ended", endedAt: t.clock });
}

export async function recordOf(t: TestApp, id: string): Promise<WorkshopRecord> {
	const record = await t.store.get(id);
	if (!record) throw new Error("no such workshop");
	return record;
}

type Method = "GET" | "POST" | "PUT" | "DELETE";

export function call(t: TestApp, method: Method, url: string, payload?: object): Promise<LightMyRequestResponse> {
	return t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
}

export async function ok<T>(response: LightMyRequestResponse | Promise<LightMyRequestResponse>, status = 200): Promise<T> {
	const r = await response;
	if (r.statusCode !== status) throw new Error(`expected ${status}, got ${r.statusCode} ${r.body}`);
	return (r.body === "" ? undefined : json<T>(r)) as T;
}

export async function newGroup(t: TestApp, name = "Groupe du mardi", facilitatorName = "Alice"): Promise<CreatedGroup> {
	return ok<CreatedGroup>(call(t, "POST", "/api/groups", { name, facilitatorName }), 201);
}

export async function joinGroup(t: TestApp, created: CreatedGroup, name: string): Promise<GroupMember> {
	return ok<GroupMember>(call(t, "POST", `/api/groups/${created.group.id}/join`, { key: created.memberKey, name }));
}

export async function groupWorkshop(
	t: TestApp,
	groupId: string,
	ticket: string,
	title = "Séance",
): Promise<CreatedGroupWorkshop> {
	const body = { ticket, title, announcedEnd: t.clock + 2 * 3_600_000 };
	return ok<CreatedGroupWorkshop>(call(t, "POST", `/api/groups/${groupId}/workshops`, body), 201);
}
