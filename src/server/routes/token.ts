/**
 * Fluid tokens. The scopes are where the facilitator's authority is enforced: the
 * process container is writable only with the facilitator's ticket; everyone else gets
 * a read-only connection to it, whose writes the service never sequences.
 */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { TokenBody, TokenReply } from "../../api/schemas";
import type { AppConfig } from "../config";
import { HttpError, notFound, ticketInvalid } from "../errors";
import type { CreatedDocuments } from "../fluidProxy/created";
import { isFacilitator } from "../rights";
import type { WorkshopStore } from "../store";
import type { TicketSigner } from "../tickets";
import { READ_ONLY, READ_WRITE, signFluidToken, type FluidScope } from "../tokens";

export interface TokenDeps {
	readonly config: AppConfig;
	readonly store: WorkshopStore;
	readonly tickets: TicketSigner;
	readonly now: () => number;
	/** Documents created through the local service's proxy, and by whom. */
	readonly created: CreatedDocuments;
}

export function tokenRoutes(fastify: FastifyInstance, deps: TokenDeps): void {
	const { config, store, tickets, now, created } = deps;
	const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
	app.post("/api/token", { schema: { body: TokenBody, response: { 200: TokenReply } } }, async (req, reply) => {
		reply.header("cache-control", "no-store");
		const ticket = await tickets.verify(req.body.ticket, now());
		if (!ticket) throw ticketInvalid();
		const record = await store.get(ticket.workshopId);
		if (!record) throw notFound();
		const tenantId = config.fluid.tenantId;
		if (config.fluid.mode === "azure" && req.body.tenantId && req.body.tenantId !== tenantId) {
			throw new HttpError(400, { error: "tenantMismatch", message: "Unknown Fluid tenant" });
		}
		// The facilitator is whoever the workshop's record names (the role can be handed over).
		const facilitator = isFacilitator(record, ticket);
		const documentId = req.body.documentId ?? "";
		let scopes: readonly FluidScope[];
		if (!record.containers) {
			// Before the two documents are bound, only the facilitator may create and open
			// them, and never a document that another workshop owns. In local mode, where
			// the app sees every creation, only a document this person has just created.
			const owned = documentId !== "" && (await store.ownerOf(documentId)) !== undefined;
			const theirs = documentId === "" || config.fluid.mode !== "local" || created.createdBy(documentId, ticket.userId);
			if (!facilitator || owned || !theirs) {
				throw new HttpError(403, { error: "documentNotInWorkshop", message: "The workshop is not ready yet" });
			}
			scopes = READ_WRITE;
		} else if (
			record.status === "ended" &&
			(documentId === record.containers.process || documentId === record.containers.board)
		) {
			// An ended workshop is read-only for everyone: its documents stay readable.
			scopes = READ_ONLY;
		} else if (documentId === record.containers.process) {
			scopes = facilitator ? READ_WRITE : READ_ONLY;
		} else if (documentId === record.containers.board) {
			scopes = ticket.role === "observer" ? READ_ONLY : READ_WRITE;
		} else {
			throw new HttpError(403, { error: "documentNotInWorkshop", message: "This document does not belong to the workshop" });
		}
		const jwt = await signFluidToken({
			tenantId,
			tenantKey: config.fluid.tenantKey,
			documentId,
			scopes,
			user: { id: ticket.userId, name: ticket.name },
			lifetimeSeconds: config.tokenLifetimeSeconds,
			now: now(),
		});
		return { jwt, scopes: [...scopes] };
	});
}
