/**
 * `npm run package -- --host https://atelier.example.org --aad <app registration GUID>`:
 * writes the Teams app package (manifest, English localization, icons) to dist/teams/.
 * Options may come from the environment instead: PUBLIC_URL, AAD_APP_ID, TEAMS_APP_ID.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildManifest, PackageError } from "./manifest";
import { createZip } from "./zip";

function arg(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
	const root = process.cwd();
	const version = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;
	const publicUrl = arg("host") ?? process.env.PUBLIC_URL;
	const aadAppId = arg("aad") ?? process.env.AAD_APP_ID;
	if (!publicUrl || !aadAppId) {
		console.error("Usage: npm run package -- --host https://<public host> --aad <Entra app registration id>");
		process.exit(2);
	}
	try {
		const template = readFileSync(path.join(root, "manifest/manifest.json"), "utf8");
		const manifest = buildManifest(template, { publicUrl, aadAppId, appId: arg("app-id") ?? process.env.TEAMS_APP_ID, version });
		const zip = createZip([
			{ name: "manifest.json", data: Buffer.from(JSON.stringify(manifest, null, 2)) },
			{ name: "en-us.json", data: readFileSync(path.join(root, "manifest/en-us.json")) },
			{ name: "color.png", data: readFileSync(path.join(root, "assets/color.png")) },
			{ name: "outline.png", data: readFileSync(path.join(root, "assets/outline.png")) },
		]);
		const out = path.join(root, "dist/teams", `atelier-entraide-${new URL(publicUrl).host}.zip`);
		mkdirSync(path.dirname(out), { recursive: true });
		writeFileSync(out, zip);
		console.log(`Teams app package written: ${path.relative(root, out)}`);
	} catch (error) {
		if (error instanceof PackageError) {
			console.error(error.message);
			process.exit(2);
		}
		throw error;
	}
}

main();
