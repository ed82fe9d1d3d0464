/**
 * Group tickets: what a member of a codev group holds (per group, in their browser) to
 * open the group, start its next workshop or join its workshops as themselves. Signed by
 * the server like the identity tickets, but with a key of their own derived from the app
 * secret and a type of their own: a group ticket never passes as a workshop ticket, nor a
 * workshop ticket as a group ticket (each verifier knows only its key).
 */
import { createHmac } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";

export interface GroupTicket {
	readonly groupId: string;
	readonly userId: string;
	readonly name: string;
}

const TICKET_DAYS = 180;
const TYPE = "group";

export class GroupTicketSigner {
	private readonly key: Uint8Array;
	constructor(secret: string) {
		this.key = createHmac("sha256", secret).update("atelier group ticket v1").digest();
	}

	async sign(ticket: GroupTicket, now: number): Promise<string> {
		const iat = Math.floor(now / 1000);
		return new SignJWT({ gid: ticket.groupId, name: ticket.name, kind: TYPE })
			.setProtectedHeader({ alg: "HS256", typ: "JWT" })
			.setSubject(ticket.userId)
			.setIssuedAt(iat)
			.setExpirationTime(iat + TICKET_DAYS * 86_400)
			.sign(this.key);
	}

	/** The ticket, or undefined when it is forged, expired, malformed or another kind of ticket. */
	async verify(token: string | undefined, now: number): Promise<GroupTicket | undefined> {
		if (!token) return undefined;
		try {
			const { payload } = await jwtVerify(token, this.key, { algorithms: ["HS256"], currentDate: new Date(now) });
			const { gid, name, kind, sub, wid } = payload;
			if (kind !== TYPE || wid !== undefined) return undefined;
			if (typeof gid !== "string" || typeof name !== "string" || typeof sub !== "string" || sub === "") return undefined;
			return { groupId: gid, userId: sub, name };
		} catch {
			return undefined;
		}
	}
}
