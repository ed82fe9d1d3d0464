/**
 * The app: routes and static files. It never listens by itself (see `main.ts`), so
 * tests drive it with `inject`.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import type { AppConfig } from "./config";
import { LiveConnections } from "./fluidProxy/connections";
import { CreatedDocuments } from "./fluidProxy/created";
import { fluidProxy } from "./fluidProxy";
import { errorHandler } from "./errors";
import { appPages } from "./pageHtml";
import { GroupTicketSigner } from "./groups/tickets";
import { erasureRoutes } from "./routes/erasure";
import { groupRoutes } from "./routes/groups";
import { groupWorkshopRoutes } from "./routes/groupWorkshops";
import { mineRoutes } from "./routes/mine";
import { systemRoutes } from "./routes/system";
import { rateLimits } from "./rateLimits";
import { securityHeaders } from "./securityHeaders";
import { teamsRoutes } from "./routes/teams";
import type { SsoVerifier } from "./teams/sso";
import { tokenRoutes } from "./routes/token";
import { workshopRoutes } from "./routes/workshops";
import type { Storage, WorkshopHooks } from "./storage/types";
import { TicketSigner } from "./tickets";

/** What a file named by its content may be cached as (a new build's files have new names). */
const IMMUTABLE = "public, max-age=31536000, immutable";

export interface AppDeps {
	readonly config: AppConfig;
	/** The registry and the archive (SQLite: `openStorage`). */
	readonly storage: Storage;
	/** What the server does beside the routes when documents are bound or a workshop is erased (the archiver). */
	readonly hooks?: WorkshopHooks | undefined;
	readonly secret: string;
	readonly now?: () => number;
	readonly logger?: boolean;
	/** Teams single sign-on verification (absent: Teams sign-in is refused with a clear message). */
	readonly sso?: SsoVerifier | undefined;
	/** The Fluid sockets the local proxy relays (shared with the archiver, which closes them at a workshop's end). */
	readonly connections?: LiveConnections | undefined;
}

/**
 * The hooks, plus what the proxy takes back: every live Fluid connection to a workshop's
 * documents when it is erased, the previous facilitator's write access to the process at a handoff.
 */
function withConnections(hooks: WorkshopHooks | undefined, connections: LiveConnections): WorkshopHooks {
	return {
		bound: (record) => hooks?.bound(record),
		viewed: (record) => hooks?.viewed?.(record),
		handedOver: (record, previous) => {
			if (record.containers) connections.handedOver(record.id, record.containers.process, previous, record.facilitatorId);
			hooks?.handedOver?.(record, previous);
		},
		erasing: async (record) => {
			if (record.containers) connections.closeAll([record.containers.process, record.containers.board]);
			await hooks?.erasing(record);
		},
	};
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
	const { config, storage } = deps;
	const now = deps.now ?? Date.now;
	const connections = deps.connections ?? new LiveConnections(now);
	const hooks = withConnections(deps.hooks, connections);
	const store = storage.workshops;
	const tickets = new TicketSigner(deps.secret);
	const app = Fastify({ logger: deps.logger ?? false, bodyLimit: 64 * 1024 });
	await securityHeaders(app, config);
	await rateLimits(app, config.rateLimitScale);
	errorHandler(app);

	systemRoutes(app, config, now);
	const workshops = { store, tickets, now, hooks, maxWorkshops: config.maxWorkshops };
	const groups = { ...workshops, storage, groupTickets: new GroupTicketSigner(deps.secret) };
	workshopRoutes(app, groups);
	erasureRoutes(app, { ...workshops, storage, sso: deps.sso });
	mineRoutes(app, workshops, deps.sso);
	teamsRoutes(app, groups, deps.sso);
	groupRoutes(app, groups);
	groupWorkshopRoutes(app, groups);
	// Local mode: the Fluid service's routes on this origin, every token checked.
	const created = new CreatedDocuments(now);
	await fluidProxy(app, config, created, connections, now);
	tokenRoutes(app, { config, store, tickets, now, created });

	const index = path.join(config.clientDir, "index.html");
	if (existsSync(index)) {
		const assets = path.join(config.clientDir, "assets") + path.sep;
		await app.register(fastifyStatic, {
			root: config.clientDir,
			index: ["index.html"],
			wildcard: false,
			// The build's brotli or gzip copy, as the browser accepts (vite.config.ts: precompress).
			preCompressed: true,
			setHeaders(reply, file) {
				// The build's scripts and styles are named by their content: a browser keeps them once fetched.
				if (file.startsWith(assets)) reply.header("cache-control", IMMUTABLE);
			},
		});
	}
	const pages = existsSync(index) ? appPages(config.clientDir) : undefined;
	app.setNotFoundHandler((req, reply) => {
		const pathname = req.url.split(/[?#]/)[0] ?? "/";
		const api = pathname === "/api" || pathname.startsWith("/api/");
		if (api) return reply.code(404).send({ error: "notFound", message: "No such endpoint" });
		// Pages (no file extension) get the app; a missing file stays a 404.
		const page = !/\.[A-Za-z0-9]+$/.test(pathname);
		if (req.method === "GET" && page && pages) {
			return reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").send(pages.forPath(pathname));
		}
		if (!page) return reply.code(404).type("text/plain; charset=utf-8").send("Not found");
		return reply
			.code(404)
			.type("text/plain; charset=utf-8")
			.send("The app is not built: run `npm run build` (npm start does it for you).");
	});
	return app;
}
