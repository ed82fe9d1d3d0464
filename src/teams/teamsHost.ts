/** The Teams host: teams-js initialised once; locale, theme, frame and meeting from the Teams context. */
import { app, authentication, meeting, pages } from "@microsoft/teams-js";
import { localeFrom } from "../domain/locale";
import { frameFromTeams, themeFromTeams, type Host, type TeamsFeatures, type ThemeName } from "./host";

function callback<T>(run: (done: (error: unknown, result: T | null) => void) => void): Promise<T | null> {
	return new Promise((resolve, reject) =>
		run((error, result) => (error ? reject(error instanceof Error ? error : new Error(JSON.stringify(error))) : resolve(result))),
	);
}

export async function teamsHost(lang: string | null): Promise<Host> {
	await app.initialize();
	const context = await app.getContext();
	const listeners: ((theme: ThemeName) => void)[] = [];
	app.registerOnThemeChangeHandler((theme) => {
		for (const l of listeners) l(themeFromTeams(theme));
	});
	const features: TeamsFeatures = {
		frameContext: frameFromTeams(context.page.frameContext),
		meetingId: context.chat?.id ?? context.meeting?.id ?? "",
		getSsoToken: () => authentication.getAuthToken(),
		onSave: (handler) =>
			pages.config.registerOnSaveHandler((event) => {
				handler().then(
					(config) =>
						pages.config
							.setConfig({
								contentUrl: config.contentUrl,
								websiteUrl: config.websiteUrl,
								entityId: config.entityId,
								suggestedDisplayName: config.name,
							})
							.then(() => event.notifySuccess()),
					(error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
				);
			}),
		setValid: (valid) => pages.config.setValidityState(valid),
		canShareToStage: () =>
			callback<meeting.IAppContentStageSharingCapabilities>((done) => meeting.getAppContentStageSharingCapabilities(done)).then(
				(c) => c?.doesAppHaveSharePermission === true,
				() => false,
			),
		isSharingToStage: () =>
			callback<meeting.IAppContentStageSharingState>((done) => meeting.getAppContentStageSharingState(done)).then(
				(s) => s?.isAppSharing === true,
				() => false,
			),
		shareToStage: (url) => callback<boolean>((done) => meeting.shareAppContentToStage(done, url)).then(() => undefined),
	};
	app.notifySuccess();
	return {
		kind: "teams",
		locale: localeFrom(lang ?? context.app.locale),
		theme: themeFromTeams(context.app.theme),
		onThemeChange: (listener) => listeners.push(listener),
		teams: features,
	};
}
