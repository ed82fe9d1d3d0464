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

export const Identity = Type.Object({
	userId: Type.String(),
	name: Type.String(),
	role: IdentityRole,
	/** Signed by the server; asked back before each Fluid token. */
	ticket: Type.String(),
});

export const Containers = Type.Object({ process: Type.String(), board: Type.String() });
export const WorkshopStatus = Type.Union([Type.Literal("active"), Type.Literal("ended")]);

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

/** A Teams meeting's workshop: created (with the keys) or found again (an identity only). */
export const TeamsSetup = Type.Object({
	workshop: WorkshopInfo,
	identity: Identity,
	facilitatorKey: Type.Optional(Type.String()),
	participantKey: Type.Optional(Type.String()),
	observerKey: Type.Optional(Type.String()),
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
