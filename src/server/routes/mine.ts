/**
 * "My workshops": the workshops a browser holds facilitation keys for (each key checked),
 * or, in Teams, the ones the signed-in user facilitates. Newest first; never a key hash.
 */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { MAX_MINE, MineBody, MyWorkshops, SsoBody } from "../../api/schemas";
import type { SsoVerifier } from "../teams/sso";
import { teamsUserId } from "../teams/sso";
import { keyMatches, type WorkshopRecord } from "../store";
import { verified } from "./teams";
import type { WorkshopDeps } from "./workshops";

export { MAX_MINE };

export function mineView(record: WorkshopRecord) {
	return {
		id: record.id,
		title: record.title,
		createdAt: record.createdAt,
		announcedEnd: record.announcedEnd,
		status: record.status ?? "active",
		endedAt: record.endedAt ?? null,
	};
}

const newestFirst = (a: WorkshopRecord, b: WorkshopRecord) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1);

export function mineRoutes(fastify: FastifyInstance, deps: WorkshopDeps, sso: SsoVerifier | undefined): void {
	const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
	app.post("/api/workshops/mine", { schema: { body: MineBody, response: { 200: MyWorkshops } } }, async (req) => {
		const found = new Map<string, WorkshopRecord>();
		for (const { id, key } of req.body.keys) {
			if (found.has(id)) continue;
			const record = await deps.store.get(id);
			if (record && keyMatches(record, key)) found.set(id, record);
		}
		return { workshops: [...found.values()].sort(newestFirst).map(mineView) };
	});

	app.post("/api/teams/workshops/mine", { schema: { body: SsoBody, response: { 200: MyWorkshops } } }, async (req) => {
		const user = await verified(sso, req.body.ssoToken);
		const records = await deps.store.byFacilitator(teamsUserId(user));
		return { workshops: records.sort(newestFirst).map(mineView) };
	});
}
