/**
 * Fluid tokens (the Azure Fluid Relay token contract), signed HS256 with the tenant key,
 * scoped to one document, with the user's id and name always set.
 */
import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";

export type FluidScope = "doc:read" | "doc:write" | "summary:write";

export const READ_ONLY: readonly FluidScope[] = ["doc:read"];
export const READ_WRITE: readonly FluidScope[] = ["doc:read", "doc:write", "summary:write"];

export interface FluidTokenRequest {
	readonly tenantId: string;
	readonly tenantKey: string;
	/** Empty for the creation of a new document. */
	readonly documentId: string;
	readonly scopes: readonly FluidScope[];
	readonly user: { readonly id: string; readonly name: string };
	readonly lifetimeSeconds: number;
	readonly now: number;
}

export async function signFluidToken(req: FluidTokenRequest): Promise<string> {
	if (!req.user.id || !req.user.name) {
		// A token without a user name breaks the document for every later client.
		throw new Error("A Fluid token needs a user id and name");
	}
	const iat = Math.floor(req.now / 1000);
	return new SignJWT({
		documentId: req.documentId,
		scopes: [...req.scopes],
		tenantId: req.tenantId,
		user: { id: req.user.id, name: req.user.name },
		ver: "1.0",
		jti: randomUUID(),
	})
		.setProtectedHeader({ alg: "HS256", typ: "JWT" })
		.setIssuedAt(iat)
		.setExpirationTime(iat + Math.min(3600, req.lifetimeSeconds))
		.sign(new TextEncoder().encode(req.tenantKey));
}
