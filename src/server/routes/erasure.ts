/**
 * The facilitator erases a workshop for good (proof: key, ticket, or Teams sign-in token):
 * its documents are let go (the hooks), then its archive and record. Afterwards every route answers 404 workshopNotFound for it.
 */
import type { FastifyInstance } from "fastify";
import { eraseWorkshop } from "../erasure";
import { fail } from "../errors";
import type { Storage } from "../storage/types";
import type { SsoVerifier } from "../teams/sso";
import { type FacilitatorProof, proofProperties, provesFacilitator } from "./facilitatorProof";
import { idParam, type WorkshopDeps } from "./workshops";

export interface ErasureRouteDeps extends WorkshopDeps {
	readonly storage: Storage;
	/** Teams single sign-on: a Teams facilitator may prove it with their sign-in token. */
	readonly sso?: SsoVerifier | undefined;
}

export function erasureRoutes(app: FastifyInstance, deps: ErasureRouteDeps): void {
	app.delete<{ Params: { id: string }; Body: FacilitatorProof }>(
		"/api/workshops/:id",
		{ schema: { params: idParam, body: { type: "object", properties: proofProperties } } },
		async (req, reply) => {
			const record = await deps.storage.workshops.get(req.params.id);
			if (!record) return fail(reply, 404, { error: "workshopNotFound", message: "No such workshop" });
			if (!(await provesFacilitator(deps, record, req.body ?? {}))) {
				return fail(reply, 403, { error: "wrongKey", message: "Only the facilitator can erase the workshop" });
			}
			await eraseWorkshop(deps, record);
			return reply.code(204).send();
		},
	);
}
