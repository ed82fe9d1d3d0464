/** Error replies: a stable code the client translates, and an English sentence for logs and tools. */
import type { FastifyReply } from "fastify";

export type ApiErrorCode =
	| "badRequest"
	| "textTooLong"
	| "textEmpty"
	| "endTimeInvalid"
	| "workshopNotFound"
	| "wrongKey"
	| "ticketInvalid"
	| "notYourWorkshop"
	| "documentNotInWorkshop"
	| "alreadyBound"
	| "tenantMismatch"
	| "notFacilitator"
	| "teamsNotConfigured"
	| "ssoInvalid"
	| "rateLimited";

export interface ApiError {
	readonly error: ApiErrorCode;
	readonly message: string;
	readonly field?: string;
	readonly max?: number;
}

export function fail(reply: FastifyReply, status: number, body: ApiError): FastifyReply {
	return reply.code(status).send(body);
}
