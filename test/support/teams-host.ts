/**
 * A Teams host test double: a parent page that answers teams-js over postMessage as
 * Teams does (initialize, getContext, theme change, single sign-on, the tab's settings
 * save, sharing to the meeting stage), with the app in an iframe. It is served on the
 * app's own origin (by routing one URL in the test browser), which teams-js trusts.
 */
import type { Page } from "playwright-core";

export interface TeamsPersona {
	readonly oid: string;
	readonly name: string;
	readonly ssoToken: string;
	readonly locale?: string;
	readonly theme?: "default" | "dark" | "contrast";
}

export interface TeamsFrame {
	readonly frameContext: "settings" | "sidePanel" | "meetingStage" | "content";
	readonly meetingId: string;
	/**
	 * Which meeting of the chat (a recurring meeting's occurrences share one chat, so one
	 * chat id, each with its own meeting id): the context's meeting id differs, its chat id not.
	 */
	readonly occurrence?: string;
	/** The app URL to load in the frame (path and query). */
	readonly path: string;
}

export interface HostState {
	readonly valid: boolean;
	readonly saved: { contentUrl: string; websiteUrl: string; entityId: string; suggestedDisplayName?: string } | null;
	readonly saveResult: "success" | "failure" | null;
	readonly sharedUrl: string | null;
	readonly calls: string[];
}

const HOST_SCRIPT = `
const setup = window.__setup;
const frame = document.getElementById("app");
const state = { valid: false, saved: null, saveResult: null, sharedUrl: null, calls: [] };
window.teamsHost = {
  state,
  save: () => frame.contentWindow.postMessage({ func: "settings.save", args: [{}] }, "*"),
  setTheme: (theme) => frame.contentWindow.postMessage({ func: "themeChange", args: [theme] }, "*"),
};
const runtime = {
  apiVersion: 4,
  isLegacyTeams: false,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  supports: {
    appInstallDialog: {}, dialog: { card: { bot: {} }, url: { bot: {} }, update: {} }, interactive: {},
    meeting: {}, pages: { appButton: {}, backStack: {}, config: {}, currentApp: {}, fullTrust: {}, tabs: {} },
    teamsCore: {}, permissions: {}, profile: {}, sharing: {}, stageView: {},
  },
};
const context = {
  locale: setup.persona.locale || "fr-fr", theme: setup.persona.theme || "default", frameContext: setup.frame.frameContext,
  userObjectId: setup.persona.oid, userPrincipalName: setup.persona.oid + "@example.org", loginHint: setup.persona.oid + "@example.org",
  chatId: setup.frame.meetingId, meetingId: "meeting-" + (setup.frame.occurrence || "") + setup.frame.meetingId, hostClientType: "web", appSessionId: "s", sessionId: "s",
  tid: "tenant", entityId: "",
};
function reply(message, args) {
  frame.contentWindow.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args }, "*");
}
window.addEventListener("message", (event) => {
  if (event.source !== frame.contentWindow || !event.data || typeof event.data.func !== "string") return;
  const m = event.data;
  state.calls.push(m.func);
  switch (m.func) {
    case "initialize": return reply(m, [setup.frame.frameContext, "web", JSON.stringify(runtime), "2.58.0"]);
    case "getContext": return reply(m, [context]);
    case "authentication.getAuthToken": return reply(m, [true, setup.persona.ssoToken]);
    case "settings.setValidityState": state.valid = m.args[0] === true; return;
    case "settings.setSettings": state.saved = m.args[0]; return reply(m, [true]);
    case "settings.save.success": state.saveResult = "success"; return;
    case "settings.save.failure": state.saveResult = "failure"; return;
    case "meeting.getAppContentStageSharingCapabilities": return reply(m, [null, { doesAppHaveSharePermission: setup.frame.frameContext === "sidePanel" }]);
    case "meeting.getAppContentStageSharingState": return reply(m, [null, { isAppSharing: state.sharedUrl !== null }]);
    case "meeting.shareAppContentToStage": state.sharedUrl = m.args[0]; return reply(m, [null, true]);
    default: return;
  }
});
frame.src = setup.frame.path;
`;

/** Opens the app in the test double, as Teams would in the given frame, for the given person. */
export async function openInTeams(page: Page, appUrl: string, persona: TeamsPersona, frame: TeamsFrame): Promise<void> {
	const hostUrl = `${appUrl}/__teams-test-host`;
	await page.route(hostUrl, (route) =>
		route.fulfill({
			contentType: "text/html",
			body: `<!doctype html><html><body style="margin:0"><iframe id="app" style="width:100vw;height:100vh;border:0"></iframe>
<script>window.__setup = ${JSON.stringify({ persona, frame })};</script><script>${HOST_SCRIPT}</script></body></html>`,
		}),
	);
	await page.goto(hostUrl);
}

export function appFrame(page: Page) {
	return page.frameLocator("#app");
}

export async function hostState(page: Page): Promise<HostState> {
	return page.evaluate(() => (window as unknown as { teamsHost: { state: HostState } }).teamsHost.state);
}

export async function hostSave(page: Page): Promise<void> {
	await page.evaluate(() => (window as unknown as { teamsHost: { save: () => void } }).teamsHost.save());
}

export async function hostTheme(page: Page, theme: "default" | "dark" | "contrast"): Promise<void> {
	await page.evaluate(
		(t) => (window as unknown as { teamsHost: { setTheme: (t: string) => void } }).teamsHost.setTheme(t),
		theme,
	);
}
