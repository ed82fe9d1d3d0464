/** The dark and high-contrast themes, a chunk of their own (see ./themes). */
export { teamsDarkTheme, teamsHighContrastTheme } from "@fluentui/react-components";
