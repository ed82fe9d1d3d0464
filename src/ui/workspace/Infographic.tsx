/**
 * The process infographic: the kit's déroulé as a picture — the 18 steps in four rows,
 * their durations, and where the group is now. Shown to everyone in présentation, and on
 * demand ("Déroulé") at any step.
 */
import { Button, Text, tokens } from "@fluentui/react-components";
import { stepTitle } from "../../domain/instructions";
import { METHOD_CREDIT } from "../../domain/locale";
import type { StepId } from "../../domain/steps";
import { useLocale } from "../i18n";
import { canvasWords } from "../../board/words";
import { PHASES, stepsOfPhase } from "./deroule";
import { workspaceWords } from "./words";

export function Infographic({ step, onClose }: { readonly step: StepId; readonly onClose?: () => void }) {
	const { locale } = useLocale();
	const w = workspaceWords(locale);
	return (
		<figure
			aria-labelledby="infographic-title"
			data-testid="infographic"
			style={{
				margin: 0,
				padding: 16,
				display: "grid",
				gap: 12,
				alignContent: "start",
				background: tokens.colorNeutralBackground1,
				border: `1px solid ${tokens.colorNeutralStroke1}`,
				borderRadius: tokens.borderRadiusXLarge,
				boxShadow: tokens.shadow16,
				flex: "1 1 auto",
				maxHeight: "100%",
				overflow: "auto",
				boxSizing: "border-box",
			}}
		>
			<div style={{ display: "flex", alignItems: "center", gap: 8 }}>
				<Text as="h2" id="infographic-title" size={500} weight="semibold" style={{ margin: 0, flex: 1 }}>
					{w("derouleTitle")}
				</Text>
				{onClose && (
					<Button onClick={onClose} data-testid="close-infographic">
						{w("close")}
					</Button>
				)}
			</div>
			<ol style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: 8 }}>
				{PHASES.map((phase) => (
					<li key={phase.id}>
						<ol
							start={phase.from}
							style={{
								listStyle: "none",
								margin: 0,
								padding: 0,
								display: "grid",
								gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
								gap: 8,
							}}
						>
							{stepsOfPhase(phase).map((s) => {
								const now = s.id === step;
								return (
									<li
										key={s.id}
										aria-current={now ? "step" : undefined}
										data-step={s.id}
										style={{
											padding: "8px 10px",
											borderRadius: tokens.borderRadiusLarge,
											border: `2px solid ${now ? tokens.colorBrandStroke1 : tokens.colorNeutralStroke2}`,
											background: now ? tokens.colorBrandBackground2 : tokens.colorNeutralBackground2,
											display: "grid",
											gap: 2,
											overflowWrap: "anywhere",
										}}
									>
										<Text size={200} style={{ color: tokens.colorNeutralForeground3 }}>
											{s.index} · {canvasWords(locale).duration(s.duration, s.id)}
										</Text>
										<Text weight="semibold">{stepTitle(s.id, locale)}</Text>
										{now && (
											<Text size={200} weight="semibold" style={{ color: tokens.colorBrandForeground1 }}>
												{w("derouleHere")}
											</Text>
										)}
									</li>
								);
							})}
						</ol>
					</li>
				))}
			</ol>
			<figcaption>
				<Text size={200} style={{ color: tokens.colorNeutralForeground3 }}>
					{METHOD_CREDIT[locale]}
				</Text>
			</figcaption>
		</figure>
	);
}
