/**
 * The server's own Fluid client: it signs its own tokens (it holds the tenant key), as a
 * reserved user that no participant can be given (ticket user ids start with "u-", "t-"
 * or "f-"). The archiver reads with `doc:read` only; a restore creates documents with
 * write scopes, then lets go of them.
 */
import "./nodeRuntime";
import { AzureClient, type ITokenProvider, type ITokenResponse } from "@fluidframework/azure-client";
import type { AppConfig } from "../config";
import { READ_ONLY, READ_WRITE, signFluidToken, type FluidScope } from "../tokens";

/** The user the server connects as; readers of the audience leave it out. */
export const ARCHIVE_USER = { id: "s-archive", name: "Archive" } as const;

class ServerTokens implements ITokenProvider {
	constructor(
		private readonly config: AppConfig,
		private readonly scopes: readonly FluidScope[],
		private readonly now: () => number,
	) {}
	private async sign(documentId: string | undefined): Promise<ITokenResponse> {
		const jwt = await signFluidToken({
			tenantId: this.config.fluid.tenantId,
			tenantKey: this.config.fluid.tenantKey,
			documentId: documentId ?? "",
			scopes: this.scopes,
			user: ARCHIVE_USER,
			lifetimeSeconds: this.config.tokenLifetimeSeconds,
			now: this.now(),
		});
		return { jwt, fromCache: false };
	}
	fetchOrdererToken(_tenantId: string, documentId?: string): Promise<ITokenResponse> {
		return this.sign(documentId);
	}
	fetchStorageToken(_tenantId: string, documentId: string): Promise<ITokenResponse> {
		return this.sign(documentId);
	}
}

export interface ServerFluid {
	/** A client that opens documents read-only. */
	readonly reader: AzureClient;
	/** A client that may create documents (restore). */
	readonly writer: AzureClient;
	/**
	 * Whether the service still has this document. The local service forgets its documents
	 * when it restarts (it answers null for them); Azure Fluid Relay keeps them.
	 * `undefined` when the service cannot be reached.
	 */
	hasDocument(documentId: string): Promise<boolean | undefined>;
}

function client(config: AppConfig, scopes: readonly FluidScope[], now: () => number): AzureClient {
	const tokenProvider = new ServerTokens(config, scopes, now);
	const fluid = config.fluid;
	return new AzureClient({
		connection:
			fluid.mode === "local"
				? { type: "local", endpoint: fluid.endpoint, tokenProvider }
				: { type: "remote", endpoint: fluid.endpoint, tenantId: fluid.tenantId, tokenProvider },
	});
}

export function serverFluid(config: AppConfig, now: () => number = Date.now): ServerFluid {
	const fluid = config.fluid;
	return {
		reader: client(config, READ_ONLY, now),
		writer: client(config, READ_WRITE, now),
		async hasDocument(documentId) {
			if (fluid.mode !== "local") return true;
			// A document the service knows *and* whose summary it holds: after a restart, an
			// old page reconnecting makes the service know an id again, with nothing behind it.
			const id = encodeURIComponent(documentId);
			try {
				const [known, summary] = await Promise.all([
					fetch(`${fluid.endpoint}/documents/local/${id}`, { signal: AbortSignal.timeout(5000) }),
					fetch(`${fluid.endpoint}/repos/local/git/refs/heads/${id}`, { signal: AbortSignal.timeout(5000) }),
				]);
				if (known.status >= 500 || summary.status >= 500) return undefined;
				if (!known.ok || !summary.ok) return false;
				const body = (await known.json()) as unknown;
				return body !== null && typeof body === "object";
			} catch {
				return undefined;
			}
		},
	};
}
