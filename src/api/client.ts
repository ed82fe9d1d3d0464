/** The app server's HTTP API, for the browser and the Node tests alike. */
import type {
	ApiErrorBody,
	BindContainersBody,
	CreatedWorkshop,
	CreateWorkshopBody,
	FacilitatorBody,
	FacilitatorProof,
	HandoffBody,
	Identity,
	JoinBody,
	LinkKeys,
	MineBody,
	MyWorkshops,
	PublicFluidConfig,
	TeamsJoinBody,
	TeamsSetup,
	TeamsWorkshopBody,
	TokenBody,
	TokenReply,
	WorkshopInfo,
} from "./types";

export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly body: ApiErrorBody,
	) {
		super(body.message);
	}
}

/** A network failure (server down, connection dropped): the request may be retried. */
export class NetworkError extends Error {}

export class ApiClient {
	constructor(private readonly baseUrl: string = "") {}

	/** An address relative to the app (the page's own origin in a browser), made absolute. */
	absoluteUrl(path: string): string {
		const base = this.baseUrl || globalThis.location?.href || "http://localhost/";
		return new URL(path, base).toString().replace(/\/+$/, "");
	}

	private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
		let response: Response;
		try {
			response = await fetch(`${this.baseUrl}${path}`, {
				method,
				headers: body === undefined ? {} : { "content-type": "application/json" },
				body: body === undefined ? null : JSON.stringify(body),
			});
		} catch (error) {
			throw new NetworkError(error instanceof Error ? error.message : String(error));
		}
		const data = (await response.json().catch(() => ({}))) as unknown;
		if (!response.ok) {
			const err = data as Partial<ApiErrorBody>;
			throw new ApiError(response.status, {
				error: err.error ?? "badRequest",
				message: err.message ?? response.statusText,
				...(err.field ? { field: err.field } : {}),
				...(err.max ? { max: err.max } : {}),
			});
		}
		return data as T;
	}

	config(): Promise<{ fluid: PublicFluidConfig }> {
		return this.call("GET", "/api/config");
	}
	time(): Promise<{ now: number }> {
		return this.call("GET", "/api/time");
	}
	createWorkshop(title: string, announcedEnd: number, facilitatorName: string): Promise<CreatedWorkshop> {
		const body: CreateWorkshopBody = { title, announcedEnd, facilitatorName };
		return this.call("POST", "/api/workshops", body);
	}
	workshop(id: string): Promise<WorkshopInfo> {
		return this.call("GET", `/api/workshops/${encodeURIComponent(id)}`);
	}
	/** Binds the two documents; the facilitator proves it with their key or their ticket. */
	bindContainers(
		id: string,
		proof: { key?: string | undefined; ticket: string },
		containers: { process: string; board: string },
	): Promise<WorkshopInfo> {
		const body: BindContainersBody = { ...(proof.key ? { key: proof.key } : {}), ticket: proof.ticket, ...containers };
		return this.call("PUT", `/api/workshops/${encodeURIComponent(id)}/containers`, body);
	}
	/** Joins by a shared link: its key (participant or observer link) decides the role. */
	join(id: string, name: string, key: string): Promise<Identity> {
		const body: JoinBody = { name, key };
		return this.call("POST", `/api/workshops/${encodeURIComponent(id)}/join`, body);
	}
	facilitator(id: string, key: string): Promise<Identity> {
		const body: FacilitatorBody = { key };
		return this.call("POST", `/api/workshops/${encodeURIComponent(id)}/facilitator`, body);
	}
	/** The two shared links' keys; the facilitator only. */
	linkKeys(id: string, proof: FacilitatorProof): Promise<LinkKeys> {
		return this.call("POST", `/api/workshops/${encodeURIComponent(id)}/links`, proof);
	}
	/** Teams: set up (or find) the meeting's workshop; the signed-in user facilitates a new one. */
	teamsWorkshop(ssoToken: string, meetingId: string, title: string, announcedEnd: number): Promise<TeamsSetup> {
		const body: TeamsWorkshopBody = { ssoToken, meetingId, title, announcedEnd };
		return this.call("POST", "/api/teams/workshops", body);
	}
	/** Teams: join as the signed-in person, from the meeting's tab or by a shared link's key. */
	teamsJoin(id: string, ssoToken: string, meetingId: string, key?: string): Promise<Identity> {
		const body: TeamsJoinBody = { ssoToken, meetingId, ...(key ? { key } : {}) };
		return this.call("POST", `/api/workshops/${encodeURIComponent(id)}/teams-join`, body);
	}
	handoff(id: string, ticket: string, toUserId: string, toName: string): Promise<WorkshopInfo> {
		const body: HandoffBody = { ticket, toUserId, toName };
		return this.call("POST", `/api/workshops/${encodeURIComponent(id)}/handoff`, body);
	}
	/** The workshops these facilitation keys open (each checked by the server), newest first. */
	myWorkshops(keys: readonly { id: string; key: string }[]): Promise<MyWorkshops> {
		const body: MineBody = { keys: [...keys] };
		return this.call("POST", "/api/workshops/mine", body);
	}
	/** Teams: the workshops the signed-in user facilitates. */
	teamsMyWorkshops(ssoToken: string): Promise<MyWorkshops> {
		return this.call("POST", "/api/teams/workshops/mine", { ssoToken });
	}
	/** Erases the workshop for good (its record, archive and documents); the facilitator only. */
	async deleteWorkshop(id: string, proof: FacilitatorProof): Promise<void> {
		await this.call<unknown>("DELETE", `/api/workshops/${encodeURIComponent(id)}`, proof);
	}
	token(ticket: string, documentId: string | undefined, tenantId: string): Promise<TokenReply> {
		const body: TokenBody = { ticket, tenantId, ...(documentId ? { documentId } : {}) };
		return this.call("POST", "/api/token", body);
	}
}
