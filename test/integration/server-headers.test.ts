/**
 * Security headers: no site but Teams' hosts and the app itself may frame the app; the
 * page may reach only its own origin and the Fluid service; no sniffing, no referrer.
 */
import { describe, expect, it } from "vitest";
import { makeApp } from "../support/server-helpers";

function directives(csp: string): Map<string, string[]> {
	return new Map(
		csp
			.split(";")
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...values]) => [name ?? "", values]),
	);
}

describe("security headers", () => {
	it("limit framing to the app and Teams, and connections to the app (which serves the local Fluid service)", async () => {
		const t = await makeApp({ LOCAL_FLUID_ENDPOINT: "http://localhost:7070" });
		for (const url of ["/", "/api/health", "/w/abc"]) {
			const response = await t.app.inject({ method: "GET", url });
			const csp = directives(String(response.headers["content-security-policy"] ?? ""));
			expect(csp.get("frame-ancestors")).toEqual(expect.arrayContaining(["'self'", "https://teams.microsoft.com"]));
			expect(csp.get("frame-ancestors")).not.toContain("*");
			expect(csp.get("default-src")).toEqual(["'self'"]);
			expect(csp.get("script-src")).toEqual(["'self'"]);
			expect(csp.get("connect-src")).toEqual(["'self'"]);
			expect(csp.has("upgrade-insecure-requests")).toBe(false);
			expect(response.headers["x-content-type-options"]).toBe("nosniff");
			expect(response.headers["referrer-policy"]).toBe("no-referrer");
			// X-Frame-Options cannot name Teams: frame-ancestors does the work.
			expect(response.headers["x-frame-options"]).toBeUndefined();
		}
	});

	it("name Azure Fluid Relay's origin, over TLS, in Azure mode", async () => {
		const t = await makeApp({
			FLUID_MODE: "azure",
			AZURE_FLUID_ENDPOINT: "https://eu.fluidrelay.azure.com",
			AZURE_TENANT_ID: "tenant",
			AZURE_TENANT_KEY: "key",
		});
		const response = await t.app.inject({ method: "GET", url: "/api/health" });
		const csp = directives(String(response.headers["content-security-policy"] ?? ""));
		expect(csp.get("connect-src")).toEqual(["'self'", "https://eu.fluidrelay.azure.com", "wss://eu.fluidrelay.azure.com"]);
	});
});
