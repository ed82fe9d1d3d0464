/**
 * The app server's requests and replies, written once (TypeBox: JSON Schema with its
 * TypeScript type). The routes validate and serialize with them (`schema: { params,
 * body, response }`); `types.ts` derives the client's types from them. This module pulls
 * nothing from the server: the browser only ever imports its types.
 *
 * Texts the domain limits (a title, a name, the announced end) are `Unknown` here on
 * purpose: their one home is `src/domain/limits.ts`, which answers with the field and
 * the limit (`textTooLong`, `endTimeInvalid`) rather than a generic 400.
 */
import { Type } from "typebox";

// ---- pieces -------------------------------------------------------------------------

const Text = (maxLength: number) => Type.String({ maxLength });
/** Checked by the domain (limits, names, time), not by the schema. */
const DomainChecked = Type.Optional(Type.Unknown());

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

/** How a facilitator proves it: the facilitation key, their identity ticket, or (Teams) their sign-in token. */
export const ProofFields = {
	key: Type.Optional(Text(200)),
	ticket: Type.Optional(Text(4000)),
	ssoToken: Type.Optional(Text(16_000)),
};
export const FacilitatorProofBody = Type.Object(ProofFields);

export const IdentityRole = Type.Union([Type.Literal("facilitator"), Type.Literal("participant"), Type.Literal("observer")]);

/** A member of a codev group, with their group ticket (never a workshop ticket). */
export const GroupMember = Type.Object({
	groupId: Type.String(),
	userId: Type.String(),
	name: Type.String(),
	/** The group ticket: opens the group's view, never a workshop. */
	ticket: Type.String(),
});

export const Identity = Type.Object({
	userId: Type.String(),
	name: Type.String(),
	role: IdentityRole,
	/** Signed by the server; asked back before each Fluid token. */
	ticket: Type.String(),
	/** Joining a workshop of a group makes one a member of the group: the membership. */
	group: Type.Optional(GroupMember),
});

export const Containers = Type.Object({ process: Type.String(), board: Type.String() });
export const WorkshopStatus = Type.Union([Type.Literal("active"), Type.Literal("ended")]);

// ---- codev groups (issue 12): the pieces the workshop replies carry ------------------

export const ReturnStatus = Type.Union([Type.Literal("done"), Type.Literal("underway"), Type.Literal("dropped")]);

/** The previous offreur's return on one action of their plan. */
export const PlanReturn = Type.Object({ status: ReturnStatus, comment: Type.String(), at: Type.Number() });

/** One action of a plan d'action, as the board's readers bound it, with its return if given. */
export const PlanItem = Type.Object({
	id: Type.String(),
	text: Type.String(),
	when: Type.String(),
	due: Type.Optional(Type.String()),
	return: Type.Union([Type.Null(), PlanReturn]),
});

export const PersonRef = Type.Object({ userId: Type.String(), name: Type.String() });

/** The plan of the group's latest earlier session that had an offreur. */
export const PreviousPlan = Type.Object({
	workshopId: Type.String(),
	date: Type.Number(),
	offreur: PersonRef,
	formulation: Type.String(),
	actions: Type.Array(PlanItem),
});

/** What a new workshop of a group carries: the latest workshop's rules, and the previous plan. */
export const Carried = Type.Object({
	rules: Type.Array(Type.String()),
	previous: Type.Union([Type.Null(), PreviousPlan]),
});

export const WorkshopInfo = Type.Object({
	id: Type.String(),
	title: Type.String(),
	announcedEnd: Type.Number(),
	facilitatorName: Type.String(),
	containers: Type.Union([Type.Null(), Containers]),
	/** "ended" once the facilitator ended it (the board is then read-only). */
	status: WorkshopStatus,
	/** Set when the documents were re-created from the archive: when, and the time of the state they hold. */
	restored: Type.Union([Type.Null(), Type.Object({ at: Type.Number(), savedAt: Type.Number() })]),
	/**
	 * The codev group the workshop belongs to. Absent for a workshop outside any group (so
	 * replies of workshops without a group keep their shape): read it as `groupId ?? null`.
	 */
	groupId: Type.Optional(Type.Union([Type.Null(), Type.String()])),
});

/** The keys of the two links the facilitator shares: the participant's (`#p=`) and the observer's (`#o=`). */
export const LinkKeys = Type.Object({ participantKey: Type.String(), observerKey: Type.String() });

export const CreatedWorkshop = Type.Object({
	workshop: WorkshopInfo,
	facilitatorKey: Type.String(),
	participantKey: Type.String(),
	observerKey: Type.String(),
	identity: Identity,
});

/** A workshop created from a group: the workshop, and what it carries. */
export const CreatedGroupWorkshop = Type.Object({ ...CreatedWorkshop.properties, carried: Carried });

/** A Teams meeting's workshop: created (with the keys) or found again (an identity only). */
export const TeamsSetup = Type.Object({
	workshop: WorkshopInfo,
	identity: Identity,
	facilitatorKey: Type.Optional(Type.String()),
	participantKey: Type.Optional(Type.String()),
	observerKey: Type.Optional(Type.String()),
	/** The meeting's chat is the group: the Teams user as its member. */
	group: Type.Optional(GroupMember),
	/** A new workshop of the group: what it carries from the previous one. */
	carried: Type.Optional(Carried),
});

export const PublicFluidConfig = Type.Object({
	type: Type.Union([Type.Literal("local"), Type.Literal("remote")]),
	endpoint: Type.String(),
	tenantId: Type.String(),
});

export const ApiErrorBody = Type.Object({
	error: Type.String(),
	message: Type.String(),
	field: Type.Optional(Type.String()),
	max: Type.Optional(Type.Number()),
});

/** One line of "My workshops": what the list shows, never a key. */
export const MyWorkshop = Type.Object({
	id: Type.String(),
	title: Type.String(),
	createdAt: Type.Number(),
	announcedEnd: Type.Number(),
	status: WorkshopStatus,
	endedAt: Type.Union([Type.Null(), Type.Number()]),
});
export const MyWorkshops = Type.Object({ workshops: Type.Array(MyWorkshop) });

/** The most keys one "My workshops" request may ask about (a browser holding more asks in several). */
export const MAX_MINE = 200;

export const FluidScope = Type.Union([Type.Literal("doc:read"), Type.Literal("doc:write"), Type.Literal("summary:write")]);

// ---- requests -----------------------------------------------------------------------

export const CreateWorkshopBody = Type.Object({
	title: DomainChecked,
	announcedEnd: DomainChecked,
	facilitatorName: DomainChecked,
});

export const BindContainersBody = Type.Object({
	...ProofFields,
	process: Type.String({ minLength: 1, maxLength: 200 }),
	board: Type.String({ minLength: 1, maxLength: 200 }),
});

/** Joining by a shared link: the link's key decides the role (no flag the client could set). */
export const JoinBody = Type.Object({ name: DomainChecked, key: Type.Optional(Text(200)) });

export const FacilitatorBody = Type.Object({ key: Type.Optional(Text(200)) });

export const HandoffBody = Type.Object({
	ticket: Type.Optional(Text(4000)),
	toUserId: Type.Optional(Text(100)),
	toName: DomainChecked,
});

export const MineBody = Type.Object({
	keys: Type.Array(
		Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }), key: Type.String({ minLength: 1, maxLength: 200 }) }),
		{ maxItems: MAX_MINE },
	),
});

export const SsoBody = Type.Object({ ssoToken: Type.Optional(Text(16_000)) });

export const TeamsWorkshopBody = Type.Object({
	ssoToken: Type.Optional(Text(16_000)),
	meetingId: Type.Optional(Text(400)),
	title: DomainChecked,
	announcedEnd: DomainChecked,
});

/**
 * Joining in Teams, as the signed-in person: a participant of the meeting the workshop
 * was set up in (`meetingId`), or by a shared link's key (an observer link stays one).
 */
export const TeamsJoinBody = Type.Object({
	ssoToken: Type.Optional(Text(16_000)),
	meetingId: Type.Optional(Text(400)),
	key: Type.Optional(Text(200)),
});

export const TokenBody = Type.Object({
	ticket: Type.String({ minLength: 1, maxLength: 4000 }),
	documentId: Type.Optional(Text(200)),
	tenantId: Type.Optional(Text(200)),
});

export const TokenReply = Type.Object({ jwt: Type.String(), scopes: Type.Array(FluidScope) });

// ---- codev groups (issue 12): routes -------------------------------------------------

export const GroupInfo = Type.Object({ id: Type.String(), name: Type.String() });

export const CreateGroupBody = Type.Object({ name: DomainChecked, facilitatorName: DomainChecked });

export const CreatedGroup = Type.Object({ group: GroupInfo, memberKey: Type.String(), member: GroupMember });

/** Joining a group by its link (`/g/<id>#g=<key>`). */
export const JoinGroupBody = Type.Object({ key: Type.Optional(Text(200)), name: DomainChecked });

/** A request carrying a ticket (a group ticket or a workshop ticket, as the route says). */
export const TicketBody = Type.Object({ ticket: Type.Optional(Text(4000)) });

export const GroupMemberView = Type.Object({
	userId: Type.String(),
	name: Type.String(),
	joinedAt: Type.Number(),
	/** The dates (createdAt) of the sessions they were offreur in. */
	offeredAt: Type.Array(Type.Number()),
});

export const HistorySession = Type.Object({
	workshopId: Type.String(),
	title: Type.String(),
	date: Type.Number(),
	status: WorkshopStatus,
	facilitatorName: Type.String(),
	offreur: Type.Union([Type.Null(), PersonRef]),
	formulation: Type.String(),
	plan: Type.Array(PlanItem),
	/** Only when the group agreed to document it; null otherwise. */
	documentation: Type.Union([Type.Null(), Type.String()]),
});

export const CurrentWorkshop = Type.Object({
	workshopId: Type.String(),
	title: Type.String(),
	announcedEnd: Type.Number(),
	facilitatorName: Type.String(),
});

export const GroupView = Type.Object({
	group: Type.Object({ id: Type.String(), name: Type.String(), createdAt: Type.Number() }),
	me: PersonRef,
	memberKey: Type.String(),
	nextFacilitatorId: Type.String(),
	nextFacilitatorName: Type.String(),
	mayCreate: Type.Boolean(),
	mayDelete: Type.Boolean(),
	members: Type.Array(GroupMemberView),
	current: Type.Union([Type.Null(), CurrentWorkshop]),
	/** Newest first. */
	sessions: Type.Array(HistorySession),
});

export const MyLearnings = Type.Object({
	sessions: Type.Array(
		Type.Object({
			workshopId: Type.String(),
			title: Type.String(),
			date: Type.Number(),
			learnings: Type.Array(Type.String()),
		}),
	),
});

export const CreateGroupWorkshopBody = Type.Object({
	ticket: Type.Optional(Text(4000)),
	title: DomainChecked,
	announcedEnd: DomainChecked,
});

export const Continuity = Type.Object({
	group: Type.Union([Type.Null(), GroupInfo]),
	previous: Type.Union([Type.Null(), PreviousPlan]),
	priorOffers: Type.Array(Type.Object({ userId: Type.String(), name: Type.String(), at: Type.Array(Type.Number()) })),
	neverOffered: Type.Array(PersonRef),
	nextFacilitatorId: Type.String(),
});

export const ReturnParams = Type.Object({
	id: Type.String({ minLength: 1, maxLength: 64 }),
	actionId: Type.String({ minLength: 1, maxLength: 200 }),
});

export const PlanReturnBody = Type.Object({
	ticket: Type.Optional(Text(4000)),
	status: ReturnStatus,
	comment: DomainChecked,
});

export const NextFacilitatorBody = Type.Object({
	workshopId: Type.String({ minLength: 1, maxLength: 64 }),
	ticket: Type.Optional(Text(4000)),
	userId: Type.String({ minLength: 1, maxLength: 100 }),
});

export const NextFacilitator = Type.Object({ nextFacilitatorId: Type.String(), nextFacilitatorName: Type.String() });
