/** Fluid's token provider: asks the app server, which signs; the tenant key never reaches the client. */
import type { ITokenProvider, ITokenResponse } from "@fluidframework/azure-client";
import type { ApiClient } from "../api/client";

export class ServerTokenProvider implements ITokenProvider {
	constructor(
		private readonly api: ApiClient,
		private readonly ticket: string,
	) {}

	async fetchOrdererToken(tenantId: string, documentId?: string): Promise<ITokenResponse> {
		const { jwt } = await this.api.token(this.ticket, documentId, tenantId);
		return { jwt, fromCache: false };
	}

	async fetchStorageToken(tenantId: string, documentId: string): Promise<ITokenResponse> {
		const { jwt } = await this.api.token(this.ticket, documentId, tenantId);
		return { jwt, fromCache: false };
	}
}
