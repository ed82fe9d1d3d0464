/**
 * Fluid's token provider: asks the app server, which signs; the tenant key never reaches the
 * client. A document's first tokens may have been asked for by the page's first script
 * (src/api/early.ts): taken then, once, instead of asking again.
 */
import type { ITokenProvider, ITokenResponse } from "@fluidframework/azure-client";
import type { ApiClient } from "../api/client";
import { early } from "../api/early";

export class ServerTokenProvider implements ITokenProvider {
	constructor(
		private readonly api: ApiClient,
		private readonly ticket: string,
	) {}

	async fetchOrdererToken(tenantId: string, documentId?: string): Promise<ITokenResponse> {
		const asked = documentId ? early.takeToken("orderer", this.ticket, tenantId, documentId) : undefined;
		const { jwt } = await (asked ?? this.api.token(this.ticket, documentId, tenantId));
		return { jwt, fromCache: false };
	}

	async fetchStorageToken(tenantId: string, documentId: string): Promise<ITokenResponse> {
		const { jwt } = await (early.takeToken("storage", this.ticket, tenantId, documentId) ??
			this.api.token(this.ticket, documentId, tenantId));
		return { jwt, fromCache: false };
	}
}
