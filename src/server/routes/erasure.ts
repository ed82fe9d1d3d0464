/**
 * The facilitator erases a workshop for good (proof: key, ticket, or Teams sign-in token):
 * its documents are let go (the hooks), then its archive and record. Afterwards every route answers 404 workshopNotFound for it.
 */
import type { FastifyInstance } from "fastify";
import { IdParams } from "../../api/schemas";
import { eraseWorkshop } from "../erasure";
import { HttpError } from "../errors";
import type { Storage } from "../storage/types";
import type { SsoVerifier } from "../teams/sso";
import { type FacilitatorProof, provesFacilitator } from "./facilitatorProof";
import { type WorkshopDeps, workshopOr404 } from "./workshops";

export interface ErasureRouteDeps extends WorkshopDeps {
	readonly storage: Storage;
	/** Teams single sign-on: a Teams facilitator may prove it with their sign-in token. */
	readonly sso?: SsoVerifier | undefined;
}

export function erasureRoutes(app: FastifyInstance, deps: ErasureRouteDeps): void {
	app.delete<{ Params: { id: string }; Body: FacilitatorProof }>(
		"/api/workshops/:id",
		// No body schema: a request without a body is answered like a wrong proof (403) or an unknown id (404).
		{ schema: { params: IdParams } },
		async (req, reply) => {
			const record = await workshopOr404(deps.storage.workshops, req.params.id);
			const proof = typeof req.body === "object" && req.body !== null ? req.body : {};
			if (!(await provesFacilitator(deps, record, proof))) {
				throw new HttpError(403, { error: "wrongKey", message: "Only the facilitator can erase the workshop" });
			}
			await eraseWorkshop(deps, record);
			return reply.code(204).send();
		},
	);
}
