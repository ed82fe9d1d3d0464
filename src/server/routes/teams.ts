/**
 * Teams: the person who sets up the tab in a meeting creates the workshop (or finds the
 * one already set up there) and is its facilitator; everyone who opens the tab joins as
 * themselves. Both go through the verified single sign-on token, never a name typed in.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import { fail } from "../errors";
import type { SsoVerifier, TeamsUser } from "../teams/sso";
import { teamsUserId } from "../teams/sso";
import { createWorkshopRecord, idParam, issueIdentity, publicView, type WorkshopDeps } from "./workshops";

export async function verified(
	sso: SsoVerifier | undefined,
	reply: FastifyReply,
	token: unknown,
): Promise<TeamsUser | undefined> {
	if (!sso) {
		fail(reply, 501, { error: "teamsNotConfigured", message: "Teams single sign-on is not configured (AAD_APP_ID)" });
		return undefined;
	}
	const user = typeof token === "string" ? await sso.verify(token) : undefined;
	if (!user) fail(reply, 401, { error: "ssoInvalid", message: "The Teams sign-in token could not be verified" });
	return user;
}

export function teamsRoutes(app: FastifyInstance, deps: WorkshopDeps, sso: SsoVerifier | undefined): void {
	app.post<{ Body: { ssoToken?: unknown; meetingId?: unknown; title?: unknown; announcedEnd?: unknown } }>(
		"/api/teams/workshops",
		{ schema: { body: { type: "object" } } },
		async (req, reply) => {
			const user = await verified(sso, reply, req.body.ssoToken);
			if (!user) return reply;
			const meetingId = typeof req.body.meetingId === "string" && req.body.meetingId.length <= 400 ? req.body.meetingId : "";
			if (!meetingId) return fail(reply, 400, { error: "badRequest", message: "meetingId is required" });
			const userId = teamsUserId(user);
			const existing = await deps.store.findByMeeting(meetingId);
			if (existing) {
				// The tab is set up again (or by someone else) in the same meeting: the same workshop.
				const role = existing.facilitatorId === userId ? "facilitator" : "participant";
				return { workshop: publicView(existing), identity: await issueIdentity(deps, existing, userId, user.name, role) };
			}
			const created = await createWorkshopRecord(deps, reply, req.body, {
				name: user.name,
				id: userId,
				teamsMeetingId: meetingId,
			});
			if (!created) return reply;
			return reply.code(201).send(created);
		},
	);

	app.post<{ Params: { id: string }; Body: { ssoToken?: unknown } }>(
		"/api/workshops/:id/teams-join",
		{ schema: { params: idParam, body: { type: "object" } } },
		async (req, reply) => {
			const record = await deps.store.get(req.params.id);
			if (!record) return fail(reply, 404, { error: "workshopNotFound", message: "No such workshop" });
			const user = await verified(sso, reply, req.body.ssoToken);
			if (!user) return reply;
			const userId = teamsUserId(user);
			return issueIdentity(deps, record, userId, user.name, record.facilitatorId === userId ? "facilitator" : "participant");
		},
	);
}
