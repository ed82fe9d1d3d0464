/**
 * A small label in a rounded pill, drawn as Fluent's Badge draws its "tint" (brand) and
 * "filled success" looks, from the theme's tokens (dark and high contrast included), without
 * Fluent's Badge package: the header and the side panel's share button show one in a
 * workshop's first paint, whose code has a budget (README, JavaScript shipped).
 */
import { tokens } from "@fluentui/react-components";
import type { CSSProperties, ReactNode } from "react";

const LOOKS = {
	tint: {
		background: tokens.colorBrandBackground2,
		color: tokens.colorBrandForeground2,
		border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
	},
	success: {
		background: tokens.colorPaletteGreenBackground3,
		color: tokens.colorNeutralForegroundOnBrand,
		border: `${tokens.strokeWidthThin} solid transparent`,
	},
} satisfies Record<string, CSSProperties>;

export function Pill({
	look,
	children,
	...rest
}: {
	readonly look: keyof typeof LOOKS;
	readonly children: ReactNode;
	readonly "data-testid"?: string;
}) {
	return (
		<span
			{...rest}
			style={{
				...LOOKS[look],
				display: "inline-flex",
				alignItems: "center",
				boxSizing: "border-box",
				minHeight: 20,
				padding: `0 ${tokens.spacingHorizontalXS}`,
				borderRadius: tokens.borderRadiusCircular,
				fontFamily: tokens.fontFamilyBase,
				fontSize: tokens.fontSizeBase200,
				fontWeight: tokens.fontWeightSemibold,
				lineHeight: tokens.lineHeightBase200,
				whiteSpace: "nowrap",
			}}
		>
			{children}
		</span>
	);
}
