/**
 * The host seam: Teams (teams-js) or the plain browser, decided once from the URL.
 * The Teams manifest's URLs carry `host=teams`; anywhere else the app never loads or
 * waits on teams-js (which waits 60 s in a frame that is not Teams).
 */
import { localeFrom, localeFromList, type Locale } from "../domain/locale";

export type ThemeName = "default" | "dark" | "contrast";

/** Where Teams shows the app: the tab's settings, the meeting side panel, the stage, a tab. */
export type FrameContext = "settings" | "sidePanel" | "meetingStage" | "content" | "other";

/** What only Teams offers: its context, single sign-on, the tab's settings and the stage. */
export interface TeamsFeatures {
	readonly frameContext: FrameContext;
	/** The meeting's chat id: one workshop per meeting. */
	readonly meetingId: string;
	getSsoToken(): Promise<string>;
	/** Tab configuration (settings frame). */
	onSave(handler: () => Promise<{ contentUrl: string; websiteUrl: string; entityId: string; name: string }>): void;
	setValid(valid: boolean): void;
	/** Sharing the app to the meeting stage (side panel). */
	canShareToStage(): Promise<boolean>;
	isSharingToStage(): Promise<boolean>;
	shareToStage(url: string): Promise<void>;
}

export interface Host {
	readonly kind: "teams" | "browser";
	readonly locale: Locale;
	readonly theme: ThemeName;
	/** Called when the host's theme changes (Teams only). */
	onThemeChange(listener: (theme: ThemeName) => void): void;
	readonly teams?: TeamsFeatures | undefined;
}

export function isTeamsUrl(url: URL): boolean {
	return url.searchParams.get("host") === "teams";
}

export function themeFromTeams(name: string | undefined): ThemeName {
	if (name === "dark") return "dark";
	if (name === "contrast") return "contrast";
	return "default";
}

export function frameFromTeams(name: string | undefined): FrameContext {
	return name === "settings" || name === "sidePanel" || name === "meetingStage" || name === "content" ? name : "other";
}

export function browserHost(languages: readonly string[], lang?: string | null): Host {
	return {
		kind: "browser",
		locale: lang ? localeFrom(lang) : localeFromList(languages),
		theme: "default",
		onThemeChange: () => undefined,
	};
}

/** Decides the host once. `lang` in the URL overrides the language in both hosts. */
export async function detectHost(url: URL, languages: readonly string[]): Promise<Host> {
	const lang = url.searchParams.get("lang");
	if (!isTeamsUrl(url)) return browserHost(languages, lang);
	const { teamsHost } = await import("./teamsHost");
	return teamsHost(lang);
}
