/**
 * The app shell: theme and language from the host, then the landing page or a workshop.
 * The landing page comes with the entry; a workshop, a codev group's pages (Fluid, the board) and the Teams tab's
 * settings load as their own chunks when their address is opened.
 */
import { FluentProvider, type Theme } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { ApiClient } from "../api/client";
import type { Host, ThemeName } from "../teams/host";
import { groupIdFromPath } from "./group/groupStore";
import { workshopIdFromPath } from "./identityStore";
import { LocaleContext, translator } from "./i18n";
import { LoadBoundary, lazyPart } from "./Lazy";
import { Landing } from "./pages/Landing";
import { loadTheme } from "./themes";

/** Where the pages' own loading state shows, so the page takes the place of the fallback without a jump. */
const PAGE_LOADING = { padding: 48 } as const;

const WorkshopPage = lazyPart(() => import("./pages/WorkshopPage").then((m) => m.WorkshopPage), PAGE_LOADING);
const GroupPage = lazyPart(() => import("./pages/GroupPage").then((m) => m.GroupPage), PAGE_LOADING);
const GroupCreatePage = lazyPart(() => import("./pages/GroupCreatePage").then((m) => m.GroupCreatePage), PAGE_LOADING);
const TeamsConfigPage = lazyPart(() => import("./pages/TeamsConfigPage").then((m) => m.TeamsConfigPage), PAGE_LOADING);

export function App({ host, initialTheme }: { host: Host; initialTheme: Theme }) {
	const [theme, setTheme] = useState<{ name: ThemeName; theme: Theme }>({ name: host.theme, theme: initialTheme });
	useEffect(() => {
		let latest = 0;
		host.onThemeChange((name) => {
			// The dark and contrast themes are a chunk: the last change asked wins; a failed load keeps the current one.
			const asked = ++latest;
			loadTheme(name).then(
				(loaded) => asked === latest && setTheme({ name, theme: loaded }),
				() => undefined,
			);
		});
	}, [host]);
	const locale = useMemo(() => ({ locale: host.locale, t: translator(host.locale) }), [host.locale]);
	const api = useMemo(() => new ApiClient(""), []);
	const workshopId = workshopIdFromPath(window.location.pathname);
	const groupId = groupIdFromPath(window.location.pathname);
	return (
		<LocaleContext.Provider value={locale}>
			<FluentProvider theme={theme.theme} style={{ minHeight: "100%" }} data-theme={theme.name}>
				<LoadBoundary>
					{host.teams && window.location.pathname.startsWith("/teams/config") ? (
						<TeamsConfigPage api={api} teams={host.teams} />
					) : workshopId ? (
						<WorkshopPage api={api} workshopId={workshopId} host={host} />
					) : groupId === "new" ? (
						<GroupCreatePage api={api} />
					) : groupId ? (
						<GroupPage api={api} groupId={groupId} />
					) : (
						<Landing api={api} />
					)}
				</LoadBoundary>
			</FluentProvider>
		</LocaleContext.Provider>
	);
}
