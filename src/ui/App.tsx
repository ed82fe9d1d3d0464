/** The app shell: theme and language from the host, then the landing page or a workshop. */
import { FluentProvider, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { ApiClient } from "../api/client";
import type { Host, ThemeName } from "../teams/host";
import { workshopIdFromPath } from "./identityStore";
import { LocaleContext, translator } from "./i18n";
import { Landing } from "./pages/Landing";
import { TeamsConfigPage } from "./pages/TeamsConfigPage";
import { WorkshopPage } from "./pages/WorkshopPage";

const THEMES: Record<ThemeName, Theme> = {
	default: teamsLightTheme,
	dark: teamsDarkTheme,
	contrast: teamsHighContrastTheme,
};

export function App({ host }: { host: Host }) {
	const [theme, setTheme] = useState<ThemeName>(host.theme);
	useEffect(() => host.onThemeChange(setTheme), [host]);
	const locale = useMemo(() => ({ locale: host.locale, t: translator(host.locale) }), [host.locale]);
	const api = useMemo(() => new ApiClient(""), []);
	const workshopId = workshopIdFromPath(window.location.pathname);
	return (
		<LocaleContext.Provider value={locale}>
			<FluentProvider theme={THEMES[theme]} style={{ minHeight: "100%" }} data-theme={theme}>
				{host.teams && window.location.pathname.startsWith("/teams/config") ? (
					<TeamsConfigPage api={api} teams={host.teams} />
				) : workshopId ? (
					<WorkshopPage api={api} workshopId={workshopId} host={host} />
				) : (
					<Landing api={api} />
				)}
			</FluentProvider>
		</LocaleContext.Provider>
	);
}
