/**
 * Fluent's themes: the light one comes with the entry; the dark and high-contrast ones
 * (only Teams asks for them) are a chunk of their own, loaded when the host asks.
 */
import { teamsLightTheme, type Theme } from "@fluentui/react-components";
import type { ThemeName } from "../teams/host";

export async function loadTheme(name: ThemeName): Promise<Theme> {
	if (name === "default") return teamsLightTheme;
	const themes = await import("./otherThemes");
	return name === "dark" ? themes.teamsDarkTheme : themes.teamsHighContrastTheme;
}
