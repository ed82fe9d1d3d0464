/**
 * Creating a workshop, reading its public record, binding its two containers, and
 * joining it: as a participant (by the participant link's key) or an observer (by the
 * observer link's key), or as the facilitator (by the facilitator link, whose key the
 * server checks). The role always comes from which key was presented.
 */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import {
	BindContainersBody,
	CreatedWorkshop,
	CreateWorkshopBody,
	FacilitatorBody,
	FacilitatorProofBody,
	HandoffBody,
	Identity,
	IdParams,
	JoinBody,
	LinkKeys,
	WorkshopInfo,
} from "../../api/schemas";
import { checkText, type LimitedField } from "../../domain/limits";
import { cleanName } from "../../domain/names";
import { HttpError, notFound, ticketInvalid } from "../errors";
import { type GroupDeps, membershipOnJoin } from "../groups/access";
import { ensureRoom } from "../registryBound";
import { isFacilitator, roleOfLinkKey } from "../rights";
import { newLinkKey, withLinkKeys } from "../storage/migrations";
import type { WorkshopHooks } from "../storage/types";
import { hashKey, keyMatches, newId, type WorkshopRecord, type WorkshopStore } from "../store";
import type { TicketRole, TicketSigner } from "../tickets";
import { provesFacilitator } from "./facilitatorProof";

export interface WorkshopDeps {
	readonly store: WorkshopStore;
	readonly tickets: TicketSigner;
	readonly now: () => number;
	/** Told when the documents are bound (the archiver opens them). */
	readonly hooks?: WorkshopHooks | undefined;
	/** The most workshops the registry keeps (MAX_WORKSHOPS). */
	readonly maxWorkshops: number;
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
		...(record.groupId ? { groupId: record.groupId } : {}),
	};
}

/** The workshop, or a 404 thrown. */
export async function workshopOr404(store: WorkshopStore, id: string): Promise<WorkshopRecord> {
	const record = await store.get(id);
	if (!record) throw notFound();
	return record;
}

/** The keys of the two shared links (a record from before them gets its keys now, kept). */
export async function linkKeysOf(store: WorkshopStore, record: WorkshopRecord) {
	const keyed = withLinkKeys(record);
	if (keyed !== record) await store.put(keyed);
	return { participantKey: keyed.participantKey ?? "", observerKey: keyed.observerKey ?? "" };
}

/** An identity for a person in a workshop: their id, name, role and the signed ticket. */
export async function issueIdentity(deps: WorkshopDeps, record: WorkshopRecord, userId: string, raw: string, role: TicketRole) {
	// One home for what a name may carry (also applied by every reader of the board).
	const name = cleanName(raw) || "?";
	const ticket = await deps.tickets.sign({ workshopId: record.id, userId, name, role }, deps.now());
	return { userId, name, role, ticket };
}

/**
 * Creates a workshop (title and announced end checked, room left in the registry) with
 * its facilitator: a new id, or the given one (a Teams user). Throws when refused.
 */
export async function createWorkshopRecord(
	deps: WorkshopDeps,
	body: { title?: unknown; announcedEnd?: unknown },
	facilitator: { name: string; id?: string; teamsMeetingId?: string | undefined },
	/** The codev group the workshop belongs to (issue 12). */
	groupId?: string,
) {
	const title = text("title", body.title);
	const end = body.announcedEnd;
	const t = deps.now();
	if (typeof end !== "number" || !Number.isFinite(end) || end <= t || end > t + MAX_AHEAD_MS) {
		throw new HttpError(400, {
			error: "endTimeInvalid",
			field: "announcedEnd",
			message: "announcedEnd must be a time in the future, within 30 days",
		});
	}
	await ensureRoom(deps.store, deps.maxWorkshops, facilitator.id);
	const key = newId(24);
	const record: WorkshopRecord = {
		id: newId(9),
		title,
		announcedEnd: end,
		createdAt: t,
		facilitatorId: facilitator.id ?? `f-${newId(9)}`,
		facilitatorName: facilitator.name,
		keyHash: hashKey(key),
		participantKey: newLinkKey(),
		observerKey: newLinkKey(),
		...(facilitator.teamsMeetingId ? { teamsMeetingId: facilitator.teamsMeetingId } : {}),
		...(groupId ? { groupId } : {}),
	};
	await deps.store.put(record);
	return {
		workshop: publicView(record),
		facilitatorKey: key,
		participantKey: record.participantKey ?? "",
		observerKey: record.observerKey ?? "",
		identity: await issueIdentity(deps, record, record.facilitatorId, facilitator.name, "facilitator"),
	};
}

/** The text within the domain's limits, or a 400 naming the field and the limit. */
export function text(field: LimitedField, value: unknown): string {
	const raw = typeof value === "string" ? value : "";
	const check = checkText(field, field === "name" ? cleanName(raw) : raw);
	if (check.ok) return check.text;
	throw new HttpError(400, {
		error: check.reason,
		field,
		max: check.max,
		message: check.reason === "textEmpty" ? `${field} is empty` : `${field} is longer than ${check.max} characters`,
	});
}

const wrongKey = (message = "The facilitator key does not match") => new HttpError(403, { error: "wrongKey", message });

export function workshopRoutes(fastify: FastifyInstance, deps: GroupDeps): void {
	const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
	const { store, tickets, now } = deps;

	app.post("/api/workshops", { schema: { body: CreateWorkshopBody, response: { 201: CreatedWorkshop } } }, async (req, reply) => {
		const name = text("name", req.body.facilitatorName);
		return reply.code(201).send(await createWorkshopRecord(deps, req.body, { name }));
	});

	app.get("/api/workshops/:id", { schema: { params: IdParams, response: { 200: WorkshopInfo } } }, async (req) => {
		const record = await workshopOr404(store, req.params.id);
		deps.hooks?.viewed?.(record);
		return publicView(record);
	});

	// The facilitator binds the two documents, proving it with the facilitation key or
	// with their ticket (a Teams facilitator, identified by single sign-on, has no link).
	app.put(
		"/api/workshops/:id/containers",
		{ schema: { params: IdParams, body: BindContainersBody, response: { 200: WorkshopInfo } } },
		async (req) => {
			const record = await workshopOr404(store, req.params.id);
			if (!(await provesFacilitator(deps, record, req.body))) throw wrongKey();
			const containers = { process: req.body.process, board: req.body.board };
			if (record.containers) {
				const same = record.containers.process === containers.process && record.containers.board === containers.board;
				if (same) return publicView(record);
				throw new HttpError(409, { error: "alreadyBound", message: "This workshop already has its documents" });
			}
			const owners = await Promise.all([store.ownerOf(containers.process), store.ownerOf(containers.board)]);
			if (owners.some((owner) => owner !== undefined && owner !== record.id) || containers.process === containers.board) {
				throw new HttpError(409, { error: "alreadyBound", message: "These documents belong to another workshop" });
			}
			const bound = { ...record, containers };
			await store.put(bound);
			deps.hooks?.bound(bound);
			return publicView(bound);
		},
	);

	// The role is the key's: the observer link's key gives an observer, whatever the body says.
	app.post(
		"/api/workshops/:id/join",
		{ schema: { params: IdParams, body: JoinBody, response: { 200: Identity } } },
		async (req) => {
			const record = await workshopOr404(store, req.params.id);
			const name = text("name", req.body.name);
			const role = roleOfLinkKey(record, req.body.key);
			if (!role) {
				throw new HttpError(403, {
					error: "wrongLinkKey",
					message: "This link does not open the workshop: ask the facilitator for the participant or observer link",
				});
			}
			const identity = await issueIdentity(deps, record, `u-${newId(9)}`, name, role);
			// A group's workshop: the person becomes a member of the group (issue 12).
			return { ...identity, ...(await membershipOnJoin(deps, record, identity)) };
		},
	);

	// The facilitator's share panel: the two links' keys (proof: key, ticket or Teams sign-in).
	app.post(
		"/api/workshops/:id/links",
		{ schema: { params: IdParams, body: FacilitatorProofBody, response: { 200: LinkKeys } } },
		async (req) => {
			const record = await workshopOr404(store, req.params.id);
			if (!(await provesFacilitator(deps, record, req.body))) throw wrongKey("Only the facilitator sees the links' keys");
			return linkKeysOf(store, record);
		},
	);

	/**
	 * The facilitator hands the role over: the service-enforced authority moves with it
	 * (the next process token is writable for the new facilitator only). The old
	 * facilitation link stops working, since it would now name someone else.
	 */
	app.post(
		"/api/workshops/:id/handoff",
		{ schema: { params: IdParams, body: HandoffBody, response: { 200: WorkshopInfo } } },
		async (req) => {
			const record = await workshopOr404(store, req.params.id);
			const ticket = req.body.ticket ? await tickets.verify(req.body.ticket, now()) : undefined;
			if (!ticket || ticket.workshopId !== record.id) throw ticketInvalid();
			if (!isFacilitator(record, ticket)) {
				throw new HttpError(403, { error: "notFacilitator", message: "Only the facilitator can hand the role over" });
			}
			const toUserId = req.body.toUserId ?? "";
			if (!/^[ut]-[A-Za-z0-9_-]{1,64}$/.test(toUserId)) {
				throw new HttpError(400, { error: "badRequest", message: "toUserId must be a participant's id" });
			}
			const name = text("name", req.body.toName);
			const next = { ...record, facilitatorId: toUserId, facilitatorName: name, keyHash: "" };
			await store.put(next);
			deps.hooks?.handedOver?.(next, record.facilitatorId);
			return publicView(next);
		},
	);

	app.post(
		"/api/workshops/:id/facilitator",
		{ schema: { params: IdParams, body: FacilitatorBody, response: { 200: Identity } } },
		async (req) => {
			const record = await workshopOr404(store, req.params.id);
			if (!keyMatches(record, req.body.key)) throw wrongKey();
			return issueIdentity(deps, record, record.facilitatorId, record.facilitatorName, "facilitator");
		},
	);
}
