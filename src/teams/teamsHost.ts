/** The Teams host: teams-js initialised once; locale and theme from the Teams context. */
import { app } from "@microsoft/teams-js";
import { localeFrom } from "../domain/locale";
import { themeFromTeams, type Host, type ThemeName } from "./host";

export async function teamsHost(lang: string | null): Promise<Host> {
	await app.initialize();
	const context = await app.getContext();
	const listeners: ((theme: ThemeName) => void)[] = [];
	app.registerOnThemeChangeHandler((theme) => {
		for (const l of listeners) l(themeFromTeams(theme));
	});
	app.notifySuccess();
	return {
		kind: "teams",
		locale: localeFrom(lang ?? context.app.locale),
		theme: themeFromTeams(context.app.theme),
		onThemeChange: (listener) => listeners.push(listener),
	};
}
