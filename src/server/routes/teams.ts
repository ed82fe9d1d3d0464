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
import { type GroupDeps, groupSessions, issueMember, membershipOnJoin, rowsOf } from "../groups/access";
import { chatGroup } from "../groups/teamsGroup";
import { carriedFor } from "../groups/views";
import { createWorkshopRecord, issueIdentity, publicView, text, workshopOr404 } from "./workshops";

/** The verified Teams user, or a 501 (not configured) / 401 (not verified) thrown. */
export async function verified(sso: SsoVerifier | undefined, token: string | undefined): Promise<TeamsUser> {
	if (!sso) {
		throw new HttpError(501, { error: "teamsNotConfigured", message: "Teams single sign-on is not configured (AAD_APP_ID)" });
	}
	const user = token ? await sso.verify(token) : undefined;
	if (!user) throw new HttpError(401, { error: "ssoInvalid", message: "The Teams sign-in token could not be verified" });
	return user;
}

export function teamsRoutes(fastify: FastifyInstance, deps: GroupDeps, sso: SsoVerifier | undefined): void {
	const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
	app.post(
		"/api/teams/workshops",
		{ schema: { body: TeamsWorkshopBody, response: { 200: TeamsSetup, 201: TeamsSetup } } },
		async (req, reply) => {
			const user = await verified(sso, req.body.ssoToken);
			const meetingId = req.body.meetingId ?? "";
			if (!meetingId) throw new HttpError(400, { error: "badRequest", message: "meetingId is required" });
			const userId = teamsUserId(user);
			// The meeting's chat is the group (issue 12): its workshop running now, else the
			// next facilitator's new one, else its latest, as before groups.
			const { group, isNew } = await chatGroup(deps, meetingId, () => text("title", req.body.title), userId);
			const member = await issueMember(deps, group, userId, user.name);
			const workshops = await deps.store.byGroup(group.id);
			const starts = isNew || group.nextFacilitatorId === userId;
			const existing = workshops.find((w) => (w.status ?? "active") === "active") ?? (starts ? undefined : workshops[0]);
			if (existing) {
				// The tab is set up again (or by someone else) in the same meeting: the same workshop.
				const role = isFacilitatorUser(existing, userId) ? "facilitator" : "participant";
				const identity = await issueIdentity(deps, existing, userId, user.name, role);
				return { workshop: publicView(existing), identity, group: member };
			}
			if (!starts) {
				throw new HttpError(403, {
					error: "notNextFacilitator",
					message: "The group's next facilitator starts its next workshop",
				});
			}
			const [rows, sessions] = await Promise.all([rowsOf(deps.storage, group), groupSessions(deps.storage, group.id)]);
			const carried = carriedFor(rows, sessions);
			const facilitator = { name: user.name, id: userId, teamsMeetingId: meetingId };
			const created = await createWorkshopRecord(deps, req.body, facilitator, group.id);
			return reply.code(201).send({ ...created, group: member, carried });
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
			const identity = await issueIdentity(deps, record, userId, user.name, role);
			// A group's workshop: the person becomes a member of the group (issue 12).
			return { ...identity, ...(await membershipOnJoin(deps, record, identity)) };
		},
	);
}
