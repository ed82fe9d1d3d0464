/** The app server's HTTP API, for the browser and the Node tests alike. */
import type {
	ApiErrorBody,
	BindContainersBody,
	Continuity,
	CreatedGroup,
	CreatedGroupWorkshop,
	CreateGroupBody,
	CreateGroupWorkshopBody,
	GroupInfo,
	GroupMember,
	GroupView,
	JoinGroupBody,
	MyLearnings,
	NextFacilitator,
	NextFacilitatorBody,
	PlanReturnBody,
	PreviousPlan,
	TicketBody,
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

	// ---- codev groups (issue 12) -------------------------------------------------------

	/** Creates a group; its creator is its first member and its next facilitator. */
	createGroup(body: CreateGroupBody): Promise<CreatedGroup> {
		return this.call("POST", "/api/groups", body);
	}
	getGroup(id: string): Promise<GroupInfo> {
		return this.call("GET", `/api/groups/${encodeURIComponent(id)}`);
	}
	/** Joins a group by its link's key (`#g=`): a group ticket. */
	joinGroup(id: string, body: JoinGroupBody): Promise<GroupMember> {
		return this.call("POST", `/api/groups/${encodeURIComponent(id)}/join`, body);
	}
	/** The group as its member sees it (group ticket): members, history, the current workshop. */
	viewGroup(id: string, body: TicketBody): Promise<GroupView> {
		return this.call("POST", `/api/groups/${encodeURIComponent(id)}/view`, body);
	}
	/** The ticket holder's own learnings across the group's sessions, newest first. */
	myLearnings(id: string, body: TicketBody): Promise<MyLearnings> {
		return this.call("POST", `/api/groups/${encodeURIComponent(id)}/learnings`, body);
	}
	/** The next facilitator creates the group's next workshop (group ticket). */
	createGroupWorkshop(id: string, body: CreateGroupWorkshopBody): Promise<CreatedGroupWorkshop> {
		return this.call("POST", `/api/groups/${encodeURIComponent(id)}/workshops`, body);
	}
	/** Joins a workshop of the group as the member (group ticket): the same user id in every workshop. */
	joinByGroup(workshopId: string, body: TicketBody): Promise<Identity> {
		return this.call("POST", `/api/workshops/${encodeURIComponent(workshopId)}/group-join`, body);
	}
	/** What a group workshop carries from the earlier ones (workshop ticket). */
	continuity(workshopId: string, body: TicketBody): Promise<Continuity> {
		return this.call("POST", `/api/workshops/${encodeURIComponent(workshopId)}/continuity`, body);
	}
	/** The previous offreur's return on one action of their plan (workshop ticket). */
	putPlanReturn(workshopId: string, actionId: string, body: PlanReturnBody): Promise<PreviousPlan> {
		return this.call("PUT", `/api/workshops/${encodeURIComponent(workshopId)}/returns/${encodeURIComponent(actionId)}`, body);
	}
	/** A workshop's facilitator names the group's next facilitator (workshop ticket). */
	nameNextFacilitator(groupId: string, body: NextFacilitatorBody): Promise<NextFacilitator> {
		return this.call("PUT", `/api/groups/${encodeURIComponent(groupId)}/next-facilitator`, body);
	}
	/** Erases the group and every workshop of it (group ticket of the creator or the next facilitator). */
	async deleteGroup(id: string, body: TicketBody): Promise<void> {
		await this.call<unknown>("DELETE", `/api/groups/${encodeURIComponent(id)}`, body);
	}
	/** Leaves the group: one's name and returns leave its history (group ticket). */
	async leaveGroup(id: string, body: TicketBody): Promise<void> {
		await this.call<unknown>("DELETE", `/api/groups/${encodeURIComponent(id)}/members/me`, body);
	}
}
