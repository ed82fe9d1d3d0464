/**
 * Codev groups (issue 12): creating one (its creator is its first member and its next
 * facilitator), joining it by its link's key, its view and each member's own learnings
 * (group ticket), its next workshop (the next facilitator only), naming the next
 * facilitator (the latest workshop's facilitator), deleting it, leaving it.
 */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import {
	CreatedGroup,
	CreatedGroupWorkshop,
	CreateGroupBody,
	CreateGroupWorkshopBody,
	GroupInfo,
	GroupMember,
	GroupView,
	IdParams,
	JoinGroupBody,
	MyLearnings,
	NextFacilitator,
	NextFacilitatorBody,
	TicketBody,
} from "../../api/schemas";
import { mayCreateSession, mayDeleteGroup, nextFacilitatorAfterLeave } from "../../domain/groups";
import { eraseWorkshop } from "../erasure";
import { type GroupDeps, groupOr404, groupSessions, issueMember, memberOr403, rowsOf } from "../groups/access";
import { activeOf, groupView, carriedFor, nameIn } from "../groups/views";
import { isFacilitator } from "../rights";
import { newLinkKey } from "../storage/migrations";
import type { GroupRecord } from "../storage/types";
import { newId, sameSecret } from "../store";
import { oneAtATime } from "../groups/serial";
import { HttpError, ticketInvalid } from "../errors";
import { createWorkshopRecord, text, workshopOr404 } from "./workshops";

const notFacilitator = (message: string) => new HttpError(403, { error: "notFacilitator", message });

export function groupRoutes(fastify: FastifyInstance, deps: GroupDeps): void {
	const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
	const { storage, now } = deps;

	app.post("/api/groups", { schema: { body: CreateGroupBody, response: { 201: CreatedGroup } } }, async (req, reply) => {
		const name = text("groupName", req.body.name);
		const facilitatorName = text("name", req.body.facilitatorName);
		const userId = `u-${newId(9)}`;
		const group: GroupRecord = {
			id: newId(9),
			name,
			createdAt: now(),
			creatorId: userId,
			memberKey: newLinkKey(),
			nextFacilitatorId: userId,
		};
		await storage.groups.put(group);
		const member = await issueMember(deps, group, userId, facilitatorName);
		return reply.code(201).send({ group: { id: group.id, name: group.name }, memberKey: group.memberKey, member });
	});

	app.get("/api/groups/:id", { schema: { params: IdParams, response: { 200: GroupInfo } } }, async (req) => {
		const group = await groupOr404(storage, req.params.id);
		return { id: group.id, name: group.name };
	});

	app.post(
		"/api/groups/:id/join",
		{ schema: { params: IdParams, body: JoinGroupBody, response: { 200: GroupMember } } },
		async (req) => {
			const group = await groupOr404(storage, req.params.id);
			const key = req.body.key;
			if (!key || !sameSecret(group.memberKey, key)) {
				throw new HttpError(403, { error: "wrongLinkKey", message: "This link does not open the group: ask a member for it" });
			}
			const name = text("name", req.body.name);
			return issueMember(deps, group, `u-${newId(9)}`, name);
		},
	);

	app.post(
		"/api/groups/:id/view",
		{ schema: { params: IdParams, body: TicketBody, response: { 200: GroupView } } },
		async (req) => {
			const group = await groupOr404(storage, req.params.id);
			const me = await memberOr403(deps, group, req.body.ticket);
			const [rows, sessions] = await Promise.all([rowsOf(storage, group), groupSessions(storage, group.id)]);
			return groupView(rows, sessions, me, mayDeleteGroup(me.userId, group));
		},
	);

	// Only the ticket holder's own learnings (their author id is theirs), newest first.
	app.post(
		"/api/groups/:id/learnings",
		{ schema: { params: IdParams, body: TicketBody, response: { 200: MyLearnings } } },
		async (req) => {
			const group = await groupOr404(storage, req.params.id);
			const me = await memberOr403(deps, group, req.body.ticket);
			const sessions = await groupSessions(storage, group.id);
			return {
				sessions: sessions
					.map((s) => ({
						workshopId: s.workshopId,
						title: s.record.title,
						date: s.date,
						learnings: s.learnings.filter((l) => l.authorId === me.userId).map((l) => l.text),
					}))
					.filter((s) => s.learnings.length > 0),
			};
		},
	);

	app.post(
		"/api/groups/:id/workshops",
		{ schema: { params: IdParams, body: CreateGroupWorkshopBody, response: { 201: CreatedGroupWorkshop } } },
		async (req, reply) => {
			const group = await groupOr404(storage, req.params.id);
			const me = await memberOr403(deps, group, req.body.ticket);
			if (me.userId !== group.nextFacilitatorId) {
				throw new HttpError(403, {
					error: "notNextFacilitator",
					message: "Only the group's next facilitator starts its next workshop",
				});
			}
			const created = await oneAtATime(`group:${group.id}`, async () => {
				const [rows, sessions] = await Promise.all([rowsOf(storage, group), groupSessions(storage, group.id)]);
				if (!mayCreateSession(me.userId, group.nextFacilitatorId, activeOf(sessions) !== undefined)) {
					throw new HttpError(409, { error: "groupHasActiveWorkshop", message: "The group's current workshop has not ended" });
				}
				const carried = carriedFor(rows, sessions);
				const facilitator = { name: me.name, id: me.userId, teamsMeetingId: group.teamsChatId };
				return { ...(await createWorkshopRecord(deps, req.body, facilitator, group.id)), carried };
			});
			return reply.code(201).send(created);
		},
	);

	// The facilitator of the group's latest workshop names who facilitates the next one.
	app.put(
		"/api/groups/:id/next-facilitator",
		{ schema: { params: IdParams, body: NextFacilitatorBody, response: { 200: NextFacilitator } } },
		async (req) => {
			const group = await groupOr404(storage, req.params.id);
			const record = await workshopOr404(deps.store, req.body.workshopId);
			const ticket = req.body.ticket ? await deps.tickets.verify(req.body.ticket, now()) : undefined;
			if (!ticket || ticket.workshopId !== record.id) throw ticketInvalid();
			if (record.groupId !== group.id) throw notFacilitator("This workshop is not one of the group's");
			if (!isFacilitator(record, ticket)) throw notFacilitator("Only the workshop's facilitator names the next one");
			const latest = (await storage.workshops.byGroup(group.id))[0];
			if (latest?.id !== record.id)
				throw notFacilitator("Only the facilitator of the group's latest workshop names the next one");
			const rows = await rowsOf(storage, group);
			if (!rows.members.some((m) => m.userId === req.body.userId)) {
				throw new HttpError(400, { error: "badRequest", field: "userId", message: "userId must be a member of the group" });
			}
			await storage.groups.put({ ...group, nextFacilitatorId: req.body.userId });
			return { nextFacilitatorId: req.body.userId, nextFacilitatorName: nameIn(rows, req.body.userId) };
		},
	);

	// Deleting the group erases every workshop of it, each the one way (hooks, archive, record).
	app.delete<{ Params: { id: string }; Body: { ticket?: unknown } }>(
		"/api/groups/:id",
		{ schema: { params: IdParams } },
		async (req, reply) => {
			const group = await groupOr404(storage, req.params.id);
			const ticket = typeof req.body?.ticket === "string" ? req.body.ticket : undefined;
			const me = await memberOr403(deps, group, ticket);
			if (!mayDeleteGroup(me.userId, group)) {
				throw notFacilitator("Only the group's creator or its next facilitator can delete it");
			}
			for (const record of await storage.workshops.byGroup(group.id)) await eraseWorkshop(deps, record);
			await storage.groups.delete(group.id);
			return reply.code(204).send();
		},
	);

	// A member leaves: their row and their returns go; the history shows their name as "".
	app.delete<{ Params: { id: string }; Body: { ticket?: unknown } }>(
		"/api/groups/:id/members/me",
		{ schema: { params: IdParams } },
		async (req, reply) => {
			const group = await groupOr404(storage, req.params.id);
			const ticket = typeof req.body?.ticket === "string" ? req.body.ticket : undefined;
			const me = await memberOr403(deps, group, ticket);
			await storage.groups.removeMember(group.id, me.userId);
			if (group.nextFacilitatorId === me.userId) {
				const remaining = (await storage.groups.members(group.id)).map((m) => m.userId);
				const latest = (await storage.workshops.byGroup(group.id))[0]?.facilitatorId ?? "";
				const candidates = [latest, group.creatorId, ...remaining].filter((id) => remaining.includes(id));
				const next = nextFacilitatorAfterLeave(me.userId, group.nextFacilitatorId, candidates);
				await storage.groups.put({ ...group, nextFacilitatorId: next });
			}
			return reply.code(204).send();
		},
	);
}
