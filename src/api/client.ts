/** The app server's HTTP API, for the browser and the Node tests alike. */
import type {
	ApiErrorBody,
	CreatedWorkshop,
	FacilitatorProof,
	Identity,
	MyWorkshops,
	PublicFluidConfig,
	TeamsSetup,
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
		return this.call("POST", "/api/workshops", { title, announcedEnd, facilitatorName });
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
		return this.call("PUT", `/api/workshops/${encodeURIComponent(id)}/containers`, { ...proof, ...containers });
	}
	join(id: string, name: string, observer = false): Promise<Identity> {
		return this.call("POST", `/api/workshops/${encodeURIComponent(id)}/join`, { name, observer });
	}
	facilitator(id: string, key: string): Promise<Identity> {
		return this.call("POST", `/api/workshops/${encodeURIComponent(id)}/facilitator`, { key });
	}
	/** Teams: set up (or find) the meeting's workshop; the signed-in user facilitates a new one. */
	teamsWorkshop(ssoToken: string, meetingId: string, title: string, announcedEnd: number): Promise<TeamsSetup> {
		return this.call("POST", "/api/teams/workshops", { ssoToken, meetingId, title, announcedEnd });
	}
	teamsJoin(id: string, ssoToken: string): Promise<Identity> {
		return this.call("POST", `/api/workshops/${encodeURIComponent(id)}/teams-join`, { ssoToken });
	}
	handoff(id: string, ticket: string, toUserId: string, toName: string): Promise<WorkshopInfo> {
		return this.call("POST", `/api/workshops/${encodeURIComponent(id)}/handoff`, { ticket, toUserId, toName });
	}
	/** The workshops these facilitation keys open (each checked by the server), newest first. */
	myWorkshops(keys: readonly { id: string; key: string }[]): Promise<MyWorkshops> {
		return this.call("POST", "/api/workshops/mine", { keys });
	}
	/** Teams: the workshops the signed-in user facilitates. */
	teamsMyWorkshops(ssoToken: string): Promise<MyWorkshops> {
		return this.call("POST", "/api/teams/workshops/mine", { ssoToken });
	}
	/** Erases the workshop for good (its record, archive and documents); the facilitator only. */
	async deleteWorkshop(id: string, proof: FacilitatorProof): Promise<void> {
		await this.call<unknown>("DELETE", `/api/workshops/${encodeURIComponent(id)}`, proof);
	}
	token(ticket: string, documentId: string | undefined, tenantId: string): Promise<{ jwt: string }> {
		return this.call("POST", "/api/token", { ticket, tenantId, ...(documentId ? { documentId } : {}) });
	}
}
