/**
 * A group's workshop (issue 12): joining it as a member (group ticket: the same user id in
 * every workshop of the group), what it carries from the earlier sessions (the previous
 * plan, who has offered and when, who never has), and the previous offreur's returns on
 * their plan (workshop ticket of that offreur, while the workshop runs).
 */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { Continuity, Identity, IdParams, PlanReturnBody, PreviousPlan, ReturnParams, TicketBody } from "../../api/schemas";
import { mayGiveReturn } from "../../domain/groups";
import { checkText } from "../../domain/limits";
import { type GroupDeps, groupSessions, issueMember, notMember, rowsOf } from "../groups/access";
import { factsOf } from "../groups/history";
import { continuityOf, previousPlanFor } from "../groups/views";
import { HttpError, ticketInvalid } from "../errors";
import type { WorkshopRecord } from "../storage/types";
import { issueIdentity, workshopOr404 } from "./workshops";

const NO_GROUP = { group: null, previous: null, priorOffers: [], neverOffered: [], nextFacilitatorId: "" };

/** The workshop ticket of this workshop, or a 401. */
async function workshopTicket(deps: GroupDeps, record: WorkshopRecord, ticket: string | undefined) {
	const verified = ticket ? await deps.tickets.verify(ticket, deps.now()) : undefined;
	if (!verified || verified.workshopId !== record.id) throw ticketInvalid();
	return verified;
}

/** The group's sessions, and this workshop's among them (read from its archive). */
async function groupContext(deps: GroupDeps, record: WorkshopRecord) {
	const group = record.groupId ? await deps.storage.groups.get(record.groupId) : undefined;
	if (!group) return undefined;
	const [rows, sessions] = await Promise.all([rowsOf(deps.storage, group), groupSessions(deps.storage, group.id)]);
	const current = sessions.find((s) => s.workshopId === record.id) ?? factsOf(record, undefined);
	return { group, rows, sessions, current };
}

function returnComment(value: unknown): string {
	const check = checkText("returnComment", typeof value === "string" ? value : "", true);
	if (check.ok) return check.text;
	throw new HttpError(400, {
		error: check.reason,
		field: "comment",
		max: check.max,
		message: `comment is longer than ${check.max} characters`,
	});
}

export function groupWorkshopRoutes(fastify: FastifyInstance, deps: GroupDeps): void {
	const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
	const { storage, now } = deps;

	app.post(
		"/api/workshops/:id/group-join",
		{ schema: { params: IdParams, body: TicketBody, response: { 200: Identity } } },
		async (req) => {
			const record = await workshopOr404(deps.store, req.params.id);
			const ticket = await deps.groupTickets.verify(req.body.ticket, now());
			if (!ticket) throw ticketInvalid();
			if (!record.groupId || record.groupId !== ticket.groupId) throw notMember("This workshop is not one of your group's");
			const group = await storage.groups.get(record.groupId);
			const member = await storage.groups.member(record.groupId, ticket.userId);
			if (!group || !member) throw notMember("This person is no longer a member of the group");
			const role = record.facilitatorId === member.userId ? "facilitator" : "participant";
			const identity = await issueIdentity(deps, record, member.userId, member.name, role);
			return { ...identity, group: await issueMember(deps, group, member.userId, member.name) };
		},
	);

	app.post(
		"/api/workshops/:id/continuity",
		{ schema: { params: IdParams, body: TicketBody, response: { 200: Continuity } } },
		async (req) => {
			const record = await workshopOr404(deps.store, req.params.id);
			await workshopTicket(deps, record, req.body.ticket);
			const context = await groupContext(deps, record);
			if (!context) return NO_GROUP;
			return continuityOf(context.rows, context.sessions, context.current);
		},
	);

	app.put(
		"/api/workshops/:id/returns/:actionId",
		{ schema: { params: ReturnParams, body: PlanReturnBody, response: { 200: PreviousPlan } } },
		async (req) => {
			const record = await workshopOr404(deps.store, req.params.id);
			const ticket = await workshopTicket(deps, record, req.body.ticket);
			const context = await groupContext(deps, record);
			const previous = context ? previousPlanFor(context.rows, context.sessions, context.current) : null;
			if (!context || !previous || !mayGiveReturn(ticket, previous.offreur.userId)) {
				throw new HttpError(403, {
					error: "notPreviousOffreur",
					message: "Only the previous offreur gives a return on their plan",
				});
			}
			if ((record.status ?? "active") !== "active") {
				throw new HttpError(409, { error: "workshopEnded", message: "The workshop has ended" });
			}
			if (!previous.actions.some((a) => a.id === req.params.actionId)) {
				throw new HttpError(404, { error: "actionNotFound", message: "No such action in the previous plan" });
			}
			const comment = returnComment(req.body.comment);
			await storage.groups.putReturn({
				groupId: context.group.id,
				workshopId: previous.workshopId,
				actionId: req.params.actionId,
				status: req.body.status,
				comment,
				at: now(),
				byUserId: ticket.userId,
			});
			const rows = await rowsOf(storage, context.group);
			return previousPlanFor(rows, context.sessions, context.current) ?? previous;
		},
	);
}
