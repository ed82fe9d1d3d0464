/**
 * Creating a workshop, reading its public record, binding its two containers, and
 * joining it: as a participant or observer (by the participant link) or as the
 * facilitator (by the facilitator link, whose key the server checks).
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import { checkText, type LimitedField } from "../../domain/limits";
import { cleanName } from "../../domain/names";
import { fail } from "../errors";
import type { WorkshopHooks } from "../storage/types";
import { hashKey, keyMatches, newId, type WorkshopRecord, type WorkshopStore } from "../store";
import type { TicketRole, TicketSigner } from "../tickets";
import { proofProperties, provesFacilitator } from "./facilitatorProof";

export interface WorkshopDeps {
	readonly store: WorkshopStore;
	readonly tickets: TicketSigner;
	readonly now: () => number;
	/** Told when the documents are bound (the archiver opens them). */
	readonly hooks?: WorkshopHooks | undefined;
}

const MAX_AHEAD_MS = 30 * 86_400_000;

export function publicView(record: WorkshopRecord) {
	return {
		id: record.id,
		title: record.title,
		announcedEnd: record.announcedEnd,
		facilitatorName: record.facilitatorName,
		containers: record.containers ?? null,
		status: record.status ?? "active",
		restored: record.restored ?? null,
	};
}

/** An identity for a person in a workshop: their id, name, role and the signed ticket. */
export async function issueIdentity(deps: WorkshopDeps, record: WorkshopRecord, userId: string, raw: string, role: TicketRole) {
	// One home for what a name may carry (also applied by every reader of the board).
	const name = cleanName(raw) || "?";
	const ticket = await deps.tickets.sign({ workshopId: record.id, userId, name, role }, deps.now());
	return { userId, name, role, ticket };
}

/**
 * Creates a workshop (title and announced end checked) with its facilitator: a new id, or
 * the given one (a Teams user). Replies with the error and returns undefined when refused.
 */
export async function createWorkshopRecord(
	deps: WorkshopDeps,
	reply: FastifyReply,
	body: { title?: unknown; announcedEnd?: unknown },
	facilitator: { name: string; id?: string; teamsMeetingId?: string },
) {
	const title = text(reply, "title", body.title);
	if (title === undefined) return undefined;
	const end = body.announcedEnd;
	const t = deps.now();
	if (typeof end !== "number" || !Number.isFinite(end) || end <= t || end > t + MAX_AHEAD_MS) {
		fail(reply, 400, {
			error: "endTimeInvalid",
			field: "announcedEnd",
			message: "announcedEnd must be a time in the future, within 30 days",
		});
		return undefined;
	}
	const key = newId(24);
	const record: WorkshopRecord = {
		id: newId(9),
		title,
		announcedEnd: end,
		createdAt: t,
		facilitatorId: facilitator.id ?? `f-${newId(9)}`,
		facilitatorName: facilitator.name,
		keyHash: hashKey(key),
		...(facilitator.teamsMeetingId ? { teamsMeetingId: facilitator.teamsMeetingId } : {}),
	};
	await deps.store.put(record);
	return {
		workshop: publicView(record),
		facilitatorKey: key,
		identity: await issueIdentity(deps, record, record.facilitatorId, facilitator.name, "facilitator"),
	};
}

export function text(reply: FastifyReply, field: LimitedField, value: unknown): string | undefined {
	const raw = typeof value === "string" ? value : "";
	const check = checkText(field, field === "name" ? cleanName(raw) : raw);
	if (check.ok) return check.text;
	fail(reply, 400, {
		error: check.reason,
		field,
		max: check.max,
		message: check.reason === "textEmpty" ? `${field} is empty` : `${field} is longer than ${check.max} characters`,
	});
	return undefined;
}

export const idParam = {
	type: "object",
	properties: { id: { type: "string", minLength: 1, maxLength: 64 } },
	required: ["id"],
} as const;

export function workshopRoutes(app: FastifyInstance, deps: WorkshopDeps): void {
	const { store, tickets, now } = deps;

	const identity = (record: WorkshopRecord, userId: string, name: string, role: TicketRole) =>
		issueIdentity(deps, record, userId, name, role);

	app.post<{ Body: { title?: unknown; announcedEnd?: unknown; facilitatorName?: unknown } }>(
		"/api/workshops",
		{ schema: { body: { type: "object" } } },
		async (req, reply) => {
			const name = text(reply, "name", req.body.facilitatorName);
			if (name === undefined) return reply;
			const created = await createWorkshopRecord(deps, reply, req.body, { name });
			if (!created) return reply;
			return reply.code(201).send(created);
		},
	);

	app.get<{ Params: { id: string } }>("/api/workshops/:id", { schema: { params: idParam } }, async (req, reply) => {
		const record = await store.get(req.params.id);
		if (!record) return fail(reply, 404, { error: "workshopNotFound", message: "No such workshop" });
		deps.hooks?.viewed?.(record);
		return publicView(record);
	});

	// The facilitator binds the two documents, proving it with the facilitation key or
	// with their ticket (a Teams facilitator, identified by single sign-on, has no link).
	app.put<{ Params: { id: string }; Body: { key?: unknown; ticket?: unknown; process?: unknown; board?: unknown } }>(
		"/api/workshops/:id/containers",
		{
			schema: {
				params: idParam,
				body: {
					type: "object",
					properties: {
						...proofProperties,
						process: { type: "string", minLength: 1, maxLength: 200 },
						board: { type: "string", minLength: 1, maxLength: 200 },
					},
					required: ["process", "board"],
				},
			},
		},
		async (req, reply) => {
			const record = await store.get(req.params.id);
			if (!record) return fail(reply, 404, { error: "workshopNotFound", message: "No such workshop" });
			if (!(await provesFacilitator(deps, record, req.body))) {
				return fail(reply, 403, { error: "wrongKey", message: "The facilitator key does not match" });
			}
			const containers = { process: req.body.process as string, board: req.body.board as string };
			if (record.containers) {
				const same = record.containers.process === containers.process && record.containers.board === containers.board;
				if (same) return publicView(record);
				return fail(reply, 409, { error: "alreadyBound", message: "This workshop already has its documents" });
			}
			const owners = await Promise.all([store.ownerOf(containers.process), store.ownerOf(containers.board)]);
			if (owners.some((owner) => owner !== undefined && owner !== record.id) || containers.process === containers.board) {
				return fail(reply, 409, { error: "alreadyBound", message: "These documents belong to another workshop" });
			}
			const bound = { ...record, containers };
			await store.put(bound);
			deps.hooks?.bound(bound);
			return publicView(bound);
		},
	);

	app.post<{ Params: { id: string }; Body: { name?: unknown; observer?: unknown } }>(
		"/api/workshops/:id/join",
		{ schema: { params: idParam, body: { type: "object" } } },
		async (req, reply) => {
			const record = await store.get(req.params.id);
			if (!record) return fail(reply, 404, { error: "workshopNotFound", message: "No such workshop" });
			const name = text(reply, "name", req.body.name);
			if (name === undefined) return reply;
			const role: TicketRole = req.body.observer === true ? "observer" : "participant";
			return identity(record, `u-${newId(9)}`, name, role);
		},
	);

	/**
	 * The facilitator hands the role over: the service-enforced authority moves with it
	 * (the next process token is writable for the new facilitator only). The old
	 * facilitation link stops working, since it would now name someone else.
	 */
	app.post<{ Params: { id: string }; Body: { ticket?: unknown; toUserId?: unknown; toName?: unknown } }>(
		"/api/workshops/:id/handoff",
		{ schema: { params: idParam, body: { type: "object" } } },
		async (req, reply) => {
			const record = await store.get(req.params.id);
			if (!record) return fail(reply, 404, { error: "workshopNotFound", message: "No such workshop" });
			const ticket = typeof req.body.ticket === "string" ? await tickets.verify(req.body.ticket, now()) : undefined;
			if (!ticket || ticket.workshopId !== record.id) {
				return fail(reply, 401, { error: "ticketInvalid", message: "The identity ticket is invalid or expired" });
			}
			if (ticket.userId !== record.facilitatorId) {
				return fail(reply, 403, { error: "notFacilitator", message: "Only the facilitator can hand the role over" });
			}
			const toUserId = typeof req.body.toUserId === "string" ? req.body.toUserId : "";
			if (!/^[ut]-[A-Za-z0-9_-]{1,64}$/.test(toUserId)) {
				return fail(reply, 400, { error: "badRequest", message: "toUserId must be a participant's id" });
			}
			const name = text(reply, "name", req.body.toName);
			if (name === undefined) return reply;
			const next = { ...record, facilitatorId: toUserId, facilitatorName: name, keyHash: "" };
			await store.put(next);
			return publicView(next);
		},
	);

	app.post<{ Params: { id: string }; Body: { key?: unknown } }>(
		"/api/workshops/:id/facilitator",
		{ schema: { params: idParam, body: { type: "object" } } },
		async (req, reply) => {
			const record = await store.get(req.params.id);
			if (!record) return fail(reply, 404, { error: "workshopNotFound", message: "No such workshop" });
			if (!keyMatches(record, typeof req.body.key === "string" ? req.body.key : undefined)) {
				return fail(reply, 403, { error: "wrongKey", message: "The facilitator key does not match" });
			}
			return identity(record, record.facilitatorId, record.facilitatorName, "facilitator");
		},
	);
}
