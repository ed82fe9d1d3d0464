/**
 * Identity tickets: what the server gives a person when they create or join a workshop,
 * and asks back before it issues a Fluid token. Signed with the app secret (not the
 * tenant key), so the user id and role in a Fluid token always come from the server.
 */
import { jwtVerify, SignJWT } from "jose";

export type TicketRole = "facilitator" | "participant" | "observer";

export interface Ticket {
	readonly workshopId: string;
	readonly userId: string;
	readonly name: string;
	readonly role: TicketRole;
}

const TICKET_DAYS = 30;
const ROLES: readonly TicketRole[] = ["facilitator", "participant", "observer"];

export class TicketSigner {
	private readonly key: Uint8Array;
	constructor(secret: string) {
		this.key = new TextEncoder().encode(secret);
	}

	async sign(ticket: Ticket, now: number): Promise<string> {
		const iat = Math.floor(now / 1000);
		return new SignJWT({ wid: ticket.workshopId, name: ticket.name, role: ticket.role })
			.setProtectedHeader({ alg: "HS256", typ: "JWT" })
			.setSubject(ticket.userId)
			.setIssuedAt(iat)
			.setExpirationTime(iat + TICKET_DAYS * 86_400)
			.sign(this.key);
	}

	/** The ticket, or undefined when it is forged, expired or malformed. */
	async verify(token: string, now: number): Promise<Ticket | undefined> {
		try {
			const { payload } = await jwtVerify(token, this.key, {
				algorithms: ["HS256"],
				currentDate: new Date(now),
			});
			const { wid, name, role, sub } = payload;
			// A group ticket (its own key, see groups/tickets.ts) is never a workshop ticket.
			if (payload.kind !== undefined || payload.gid !== undefined) return undefined;
			if (typeof wid !== "string" || typeof name !== "string" || typeof sub !== "string") return undefined;
			// "s-" ids are the server's own connections (see src/fluid/ids.ts isServerUser).
			if (sub.startsWith("s-")) return undefined;
			// A Fluid token needs a user name: a ticket without one is not valid.
			if (name.trim() === "") return undefined;
			if (typeof role !== "string" || !(ROLES as readonly string[]).includes(role)) return undefined;
			return { workshopId: wid, userId: sub, name, role: role as TicketRole };
		} catch {
			return undefined;
		}
	}
}
