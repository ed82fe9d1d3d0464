/**
 * Teams: the person who sets up the tab in a meeting creates the workshop (or finds the
 * one already set up there) and is its facilitator; everyone who opens the tab in that
 * meeting joins as themselves. Both go through the verified single sign-on token, never
 * a name typed in. Outside its meeting, a workshop opens in Teams only by a shared link's
 * key, whose role it keeps: an observer link never gives a writer's ticket here either.
 */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { Identity, IdParams, TeamsJoinBody, TeamsSetup, TeamsWorkshopBody } from "../../api/schemas";
import { HttpError } from "../errors";
import { isFacilitatorUser, roleOfLinkKey } from "../rights";
import type { SsoVerifier, TeamsUser } from "../teams/sso";
import { teamsUserId } from "../teams/sso";
import type { TicketRole } from "../tickets";
import { createWorkshopRecord, issueIdentity, publicView, type WorkshopDeps, workshopOr404 } from "./workshops";

/** The verified Teams user, or a 501 (not configured) / 401 (not verified) thrown. */
export async function verified(sso: SsoVerifier | undefined, token: string | undefined): Promise<TeamsUser> {
	if (!sso) {
		throw new HttpError(501, { error: "teamsNotConfigured", message: "Teams single sign-on is not configured (AAD_APP_ID)" });
	}
	const user = token ? await sso.verify(token) : undefined;
	if (!user) throw new HttpError(401, { error: "ssoInvalid", message: "The Teams sign-in token could not be verified" });
	return user;
}

export function teamsRoutes(fastify: FastifyInstance, deps: WorkshopDeps, sso: SsoVerifier | undefined): void {
	const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
	app.post(
		"/api/teams/workshops",
		{ schema: { body: TeamsWorkshopBody, response: { 200: TeamsSetup, 201: TeamsSetup } } },
		async (req, reply) => {
			const user = await verified(sso, req.body.ssoToken);
			const meetingId = req.body.meetingId ?? "";
			if (!meetingId) throw new HttpError(400, { error: "badRequest", message: "meetingId is required" });
			const userId = teamsUserId(user);
			const existing = await deps.store.findByMeeting(meetingId);
			if (existing) {
				// The tab is set up again (or by someone else) in the same meeting: the same workshop.
				const role = isFacilitatorUser(existing, userId) ? "facilitator" : "participant";
				return { workshop: publicView(existing), identity: await issueIdentity(deps, existing, userId, user.name, role) };
			}
			const created = await createWorkshopRecord(deps, req.body, { name: user.name, id: userId, teamsMeetingId: meetingId });
			return reply.code(201).send(created);
		},
	);

	app.post(
		"/api/workshops/:id/teams-join",
		{ schema: { params: IdParams, body: TeamsJoinBody, response: { 200: Identity } } },
		async (req) => {
			const record = await workshopOr404(deps.store, req.params.id);
			const user = await verified(sso, req.body.ssoToken);
			const userId = teamsUserId(user);
			let role: TicketRole | undefined;
			if (isFacilitatorUser(record, userId)) role = "facilitator";
			else if (req.body.key) role = roleOfLinkKey(record, req.body.key);
			else if (record.teamsMeetingId && req.body.meetingId === record.teamsMeetingId) role = "participant";
			if (!role) {
				throw new HttpError(403, {
					error: "wrongLinkKey",
					message: "This workshop opens from its meeting's tab or by the link the facilitator shares",
				});
			}
			return issueIdentity(deps, record, userId, user.name, role);
		},
	);
}
