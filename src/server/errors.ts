/**
 * Error replies: routes throw an `HttpError` (a stable code the client translates, and an
 * English sentence for logs and tools); one error handler turns it, a validation error,
 * a rate limit or anything unexpected into the reply `{ error, message }`.
 */
import type { FastifyError, FastifyInstance } from "fastify";

export type ApiErrorCode =
	| "badRequest"
	| "textTooLong"
	| "textEmpty"
	| "endTimeInvalid"
	| "workshopNotFound"
	| "wrongKey"
	| "wrongLinkKey"
	| "ticketInvalid"
	| "notYourWorkshop"
	| "documentNotInWorkshop"
	| "alreadyBound"
	| "tenantMismatch"
	| "notFacilitator"
	| "teamsNotConfigured"
	| "ssoInvalid"
	| "rateLimited"
	| "registryFull"
	| "tooManyActive"
	| "groupNotFound"
	| "notMember"
	| "notNextFacilitator"
	| "groupHasActiveWorkshop"
	| "notPreviousOffreur"
	| "actionNotFound"
	| "workshopEnded"
	| "groupFull"
	| "serverError";

export interface ApiError {
	readonly error: ApiErrorCode;
	readonly message: string;
	readonly field?: string;
	readonly max?: number;
}

/** What a route throws to refuse a request: the status and the body the client reads. */
export class HttpError extends Error {
	constructor(
		readonly status: number,
		readonly body: ApiError,
	) {
		super(body.message);
		this.name = "HttpError";
	}
	get code(): ApiErrorCode {
		return this.body.error;
	}
}

export const notFound = () => new HttpError(404, { error: "workshopNotFound", message: "No such workshop" });
export const ticketInvalid = () =>
	new HttpError(401, { error: "ticketInvalid", message: "The identity ticket is invalid or expired" });

/** The body @fastify/rate-limit throws (its `errorResponseBuilder`, see rateLimits.ts). */
function isRateLimited(error: unknown): error is { statusCode: 429; message: string } {
	return typeof error === "object" && error !== null && (error as { error?: unknown }).error === "rateLimited";
}

/** The one error handler: every refusal keeps the shape `{ error, message }`, never a stack. */
export function errorHandler(app: FastifyInstance): void {
	app.setErrorHandler((error: FastifyError | HttpError, req, reply) => {
		if (error instanceof HttpError) return reply.code(error.status).send(error.body);
		if (isRateLimited(error)) return reply.code(429).send({ error: "rateLimited", message: error.message });
		if (error.validation) {
			// Ajv's sentence names the field and the rule ("body/name must NOT have more than 200 characters").
			return reply.code(400).send({ error: "badRequest", message: `Invalid request: ${error.message}` });
		}
		const status = typeof error.statusCode === "number" ? error.statusCode : 500;
		if (status >= 400 && status < 500) {
			// Fastify's own refusals (malformed JSON, body too large, unsupported media type).
			return reply.code(status).send({ error: "badRequest", message: error.message });
		}
		// Logged without the request's content: the route, the error's kind and where it was thrown.
		req.log.error(
			{ route: req.routeOptions.url, method: req.method, kind: error.name, code: error.code, at: stackFrames(error) },
			"unexpected error",
		);
		return reply.code(500).send({ error: "serverError", message: "Internal server error" });
	});
}

/** The stack without its first line (the message, which may quote a request). */
function stackFrames(error: Error): string {
	return (error.stack ?? "").split("\n").slice(1, 6).join("\n");
}
