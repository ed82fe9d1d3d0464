/**
 * "My workshops": the workshops a browser holds facilitation keys for (each key checked),
 * or, in Teams, the ones the signed-in user facilitates. Newest first; never a key hash.
 */
import type { FastifyInstance } from "fastify";
import type { SsoVerifier } from "../teams/sso";
import { teamsUserId } from "../teams/sso";
import { keyMatches, type WorkshopRecord } from "../store";
import { verified } from "./teams";
import type { WorkshopDeps } from "./workshops";

/** The most keys one request may ask about (a browser holding more asks in several). */
export const MAX_MINE = 200;

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

export function mineRoutes(app: FastifyInstance, deps: WorkshopDeps, sso: SsoVerifier | undefined): void {
	app.post<{ Body: { keys: { id: string; key: string }[] } }>(
		"/api/workshops/mine",
		{
			schema: {
				body: {
					type: "object",
					properties: {
						keys: {
							type: "array",
							maxItems: MAX_MINE,
							items: {
								type: "object",
								properties: {
									id: { type: "string", minLength: 1, maxLength: 64 },
									key: { type: "string", minLength: 1, maxLength: 200 },
								},
								required: ["id", "key"],
							},
						},
					},
					required: ["keys"],
				},
			},
		},
		async (req) => {
			const found = new Map<string, WorkshopRecord>();
			for (const { id, key } of req.body.keys) {
				if (found.has(id)) continue;
				const record = await deps.store.get(id);
				if (record && keyMatches(record, key)) found.set(id, record);
			}
			return { workshops: [...found.values()].sort(newestFirst).map(mineView) };
		},
	);

	app.post<{ Body: { ssoToken?: unknown } }>(
		"/api/teams/workshops/mine",
		{ schema: { body: { type: "object" } } },
		async (req, reply) => {
			const user = await verified(sso, reply, req.body.ssoToken);
			if (!user) return reply;
			const records = await deps.store.byFacilitator(teamsUserId(user));
			return { workshops: records.sort(newestFirst).map(mineView) };
		},
	);
}
