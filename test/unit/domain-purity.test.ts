import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const DOMAIN_DIR = fileURLToPath(new URL("../../src/domain/", import.meta.url));

function domainFiles(): string[] {
	return readdirSync(DOMAIN_DIR, { recursive: true, encoding: "utf8" })
		.filter((f) => f.endsWith(".ts"))
		.map((f) => join(DOMAIN_DIR, f))
		.sort();
}

/** Module specifiers of static imports/exports, side-effect imports, dynamic imports and require(). */
function importsOf(source: string): string[] {
	const code = stripComments(source);
	const patterns = [
		/\b(?:import|export)\b[^'"`;]*?\bfrom\s*["']([^"']+)["']/g,
		/\bimport\s*["']([^"']+)["']/g,
		/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
		/\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
	];
	return patterns.flatMap((re) => [...code.matchAll(re)].map((m) => m[1] ?? ""));
}

/** Removes comments, so that a mention in a doc comment is not taken for a use. */
function stripComments(source: string): string {
	return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'\\])\/\/.*$/gm, "$1");
}

const FORBIDDEN_PACKAGES = [
	/^fluid-framework(\/|$)/,
	/^@fluidframework\//,
	/^fabric(\/|$)/,
	/^@microsoft\/teams-js(\/|$)/,
	/^react(\/|$)/,
	/^react-dom(\/|$)/,
	/^@fluentui\//,
];

function problemsOf(source: string): string[] {
	const problems: string[] = [];
	for (const spec of importsOf(source)) {
		if (FORBIDDEN_PACKAGES.some((re) => re.test(spec))) problems.push(`imports ${spec}`);
		if (spec.startsWith("../") || spec === ".." || spec.startsWith("/")) problems.push(`imports outside src/domain: ${spec}`);
	}
	const code = stripComments(source);
	for (const global of ["document", "window", "navigator"]) {
		if (new RegExp(`\\b${global}\\s*\\.`).test(code)) problems.push(`uses ${global}.`);
	}
	return problems;
}

describe("the checker itself", () => {
	it("finds the domain files", () => {
		const names = domainFiles().map((f) => relative(DOMAIN_DIR, f));
		for (const expected of ["steps.ts", "actions.ts", "vote.ts", "consent.ts", "timeplan.ts", "messages.ts"]) {
			expect(names).toContain(expected);
		}
	});

	it("catches every forbidden import form", () => {
		expect(problemsOf(`import { SharedTree } from "fluid-framework";`)).toHaveLength(1);
		expect(problemsOf(`import type { X } from '@fluidframework/azure-client';`)).toHaveLength(1);
		expect(problemsOf(`import * as fabric from "fabric";`)).toHaveLength(1);
		expect(problemsOf(`import { app } from "@microsoft/teams-js";`)).toHaveLength(1);
		expect(problemsOf(`import React from "react";\nimport { createRoot } from "react-dom/client";`)).toHaveLength(2);
		expect(problemsOf(`import { Button } from "@fluentui/react-components";`)).toHaveLength(1);
		expect(problemsOf(`import "react";`)).toHaveLength(1);
		expect(problemsOf(`const m = await import("fluid-framework");`)).toHaveLength(1);
		expect(problemsOf(`export { x } from "../board/tree";`)).toHaveLength(1);
		expect(problemsOf(`import {\n  a,\n  b,\n} from "../ui/app";`)).toHaveLength(1);
	});

	it("catches browser globals but not a mention in a comment", () => {
		expect(problemsOf(`const w = window.innerWidth;`)).toEqual(["uses window."]);
		expect(problemsOf(`const l = navigator.languages;`)).toEqual(["uses navigator."]);
		expect(problemsOf(`document.title = "x";`)).toEqual(["uses document."]);
		expect(problemsOf(`/** Picks from navigator.languages */\nexport const a = 1; // window.x`)).toEqual([]);
		expect(problemsOf(`import { a } from "./steps";`)).toEqual([]);
	});
});

describe("the domain stays pure", () => {
	const files = domainFiles();

	it.each(files.map((f) => [relative(DOMAIN_DIR, f), f] as const))(
		"%s imports no framework, nothing outside src/domain, and uses no browser global",
		(_name, file) => {
			expect(problemsOf(readFileSync(file, "utf8"))).toEqual([]);
		},
	);
});
