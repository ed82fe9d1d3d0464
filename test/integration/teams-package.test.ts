/**
 * The Teams app package: the manifest passes the official 1.22 schema offline (the
 * schemas that @microsoft/app-manifest ships), with the contexts, scope, permission and
 * single sign-on the meeting app needs; the zip holds what Teams reads.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import { AppManifestUtils } from "@microsoft/app-manifest";
import { describe, expect, it } from "vitest";
import { buildManifest, guidFor, PackageError } from "../../src/server/teams/manifest";
import { ROOT } from "../support/services";

const template = readFileSync(path.join(ROOT, "manifest/manifest.json"), "utf8");
const options = { publicUrl: "https://atelier.example.org", aadAppId: "11111111-2222-3333-4444-555555555555", version: "1.2.3" };

/** Reads a zip's entries (name → bytes) from its local headers. */
function unzip(zip: Buffer): Map<string, Buffer> {
	const out = new Map<string, Buffer>();
	let at = 0;
	while (zip.readUInt32LE(at) === 0x04034b50) {
		const method = zip.readUInt16LE(at + 8);
		const size = zip.readUInt32LE(at + 18);
		const nameLength = zip.readUInt16LE(at + 26);
		const extra = zip.readUInt16LE(at + 28);
		const name = zip.subarray(at + 30, at + 30 + nameLength).toString("utf8");
		const start = at + 30 + nameLength + extra;
		const data = zip.subarray(start, start + size);
		out.set(name, method === 8 ? inflateRawSync(data) : data);
		at = start + size;
	}
	return out;
}

describe("the Teams app package", () => {
	it("passes the official manifest schema 1.22, offline", async () => {
		const manifest = buildManifest(template, options);
		const errors = await AppManifestUtils.validateAgainstSchema(manifest as never);
		expect(errors).toEqual([]);
		// The validation is real: a wrong scope's case is caught.
		const wrong = JSON.parse(JSON.stringify(manifest).replace('"groupChat"', '"GroupChat"')) as never;
		expect((await AppManifestUtils.validateAgainstSchema(wrong)).length).toBeGreaterThan(0);
	});

	it("declares the meeting tab, the stage permission and single sign-on for the host", () => {
		const m = buildManifest(template, options) as {
			manifestVersion: string;
			version: string;
			id: string;
			configurableTabs: { configurationUrl: string; scopes: string[]; context: string[] }[];
			validDomains: string[];
			webApplicationInfo: { id: string; resource: string };
			authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
		};
		expect(m.manifestVersion).toBe("1.22");
		expect(m.version).toBe("1.2.3");
		expect(m.id).toBe(guidFor("atelier.example.org"));
		const tab = m.configurableTabs[0];
		expect(tab?.scopes).toEqual(["groupChat"]);
		expect(tab?.context).toEqual(["meetingSidePanel", "meetingStage", "meetingChatTab", "meetingDetailsTab"]);
		expect(tab?.configurationUrl).toBe("https://atelier.example.org/teams/config?host=teams");
		expect(m.validDomains).toEqual(["atelier.example.org"]);
		expect(m.webApplicationInfo).toEqual({
			id: options.aadAppId,
			resource: `api://atelier.example.org/${options.aadAppId}`,
		});
		expect(m.authorization.permissions.resourceSpecific).toContainEqual({ name: "MeetingStage.Write.Chat", type: "Delegated" });
	});

	it("refuses a host that is not https and an app registration that is not a GUID", () => {
		expect(() => buildManifest(template, { ...options, publicUrl: "http://atelier.example.org" })).toThrow(PackageError);
		expect(() => buildManifest(template, { ...options, aadAppId: "not-a-guid" })).toThrow(/AAD_APP_ID/);
	});

	it("writes a zip with the manifest, its English strings and both icons (npm run package)", () => {
		const out = execFileSync(
			process.execPath,
			[path.join(ROOT, "dist/server/package.js"), "--host", "https://atelier.example.org", "--aad", options.aadAppId],
			{ cwd: ROOT, encoding: "utf8" },
		);
		expect(out).toContain("dist/teams/atelier-entraide-atelier.example.org.zip");
		const files = unzip(readFileSync(path.join(ROOT, "dist/teams/atelier-entraide-atelier.example.org.zip")));
		expect([...files.keys()].sort()).toEqual(["color.png", "en-us.json", "manifest.json", "outline.png"]);
		expect(files.get("color.png")?.equals(readFileSync(path.join(ROOT, "assets/color.png")))).toBe(true);
		expect(files.get("outline.png")?.equals(readFileSync(path.join(ROOT, "assets/outline.png")))).toBe(true);
		const manifest = JSON.parse(files.get("manifest.json")?.toString("utf8") ?? "{}") as { validDomains: string[] };
		expect(manifest.validDomains).toEqual(["atelier.example.org"]);
		const english = JSON.parse(files.get("en-us.json")?.toString("utf8") ?? "{}") as Record<string, string>;
		expect(english["name.short"]).toBe("Atelier d'entraide");
		expect(english["description.short"]).toContain("shared board");
	});

	it("has icons of the sizes Teams asks: colour 192×192, outline 32×32 with transparency", () => {
		const size = (file: string) => {
			const png = readFileSync(path.join(ROOT, "assets", file));
			return { w: png.readUInt32BE(16), h: png.readUInt32BE(20), colorType: png.readUInt8(25) };
		};
		expect(size("color.png")).toMatchObject({ w: 192, h: 192 });
		// Colour type 6: RGBA (the outline's background is transparent).
		expect(size("outline.png")).toEqual({ w: 32, h: 32, colorType: 6 });
	});
});
