/**
 * The déroulé as a bar: the 18 steps by name, the current one marked. A screen reader
 * hears each step's number, name and whether it is done or now (never a bare "6").
 */
import { tokens } from "@fluentui/react-components";
import { stepTitle } from "../../domain/instructions";
import { STEP_IDS, type StepId } from "../../domain/steps";
import { useLocale } from "../i18n";
import { workspaceWords } from "./words";

/** `compact` (the side panel): the other steps are coloured marks, named for screen readers only. */
export function StepRail({ step, compact = false }: { readonly step: StepId; readonly compact?: boolean }) {
	const { locale } = useLocale();
	const w = workspaceWords(locale);
	const index = STEP_IDS.indexOf(step);
	return (
		<nav aria-label={w("stepsNav")} data-testid="step-rail">
			<ol
				style={{
					display: "flex",
					gap: 2,
					listStyle: "none",
					margin: 0,
					padding: 0,
					minWidth: 0,
				}}
			>
				{STEP_IDS.map((id, i) => {
					const now = id === step;
					const done = i < index;
					const title = stepTitle(id, locale);
					return (
						<li
							key={id}
							aria-current={now ? "step" : undefined}
							title={w("stepItem", { n: i, title })}
							style={{
								position: "relative",
								flex: now ? "0 0 auto" : "1 1 0",
								minWidth: 0,
								maxWidth: now ? "40%" : undefined,
								overflow: "hidden",
								whiteSpace: "nowrap",
								textOverflow: "ellipsis",
								fontSize: tokens.fontSizeBase200,
								lineHeight: "20px",
								padding: "0 6px",
								borderRadius: tokens.borderRadiusMedium,
								background: now
									? tokens.colorBrandBackground
									: done
										? tokens.colorBrandBackground2
										: tokens.colorNeutralBackground3,
								color: now ? tokens.colorNeutralForegroundOnBrand : tokens.colorNeutralForeground2,
								fontWeight: now ? tokens.fontWeightSemibold : undefined,
							}}
						>
							<span aria-hidden="true">{compact && !now ? "\u00a0" : `${i}\u00a0`}</span>
							<span className="sr-only">{w("stepItem", { n: i, title: "" })}</span>
							{compact && !now ? <span className="sr-only">{title}</span> : title}
							<span className="sr-only">{now ? `, ${w("stepNow")}` : done ? `, ${w("stepDone")}` : ""}</span>
						</li>
					);
				})}
			</ol>
		</nav>
	);
}
