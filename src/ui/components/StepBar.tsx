/**
 * The step bar: where the workshop is, the consigne for *your* role, what you may do now,
 * the step timer (server clock), and — for the facilitator — next, previous, jump.
 */
import { Badge, Body1, Button, Card, Dropdown, Option, Subtitle1, Text } from "@fluentui/react-components";
import { ALWAYS_ALLOWED, allowedActions } from "../../domain/actions";
import { instructionFor, stepTitle } from "../../domain/instructions";
import { actionName, refusalMessage, roleName } from "../../domain/messages";
import { STEP_IDS, nextStep, previousStep, type StepId } from "../../domain/steps";
import { moveStep } from "../../fluid/commands/process";
import { currentStep, roleOfUser } from "../../fluid/read";
import type { WorkshopSession } from "../../fluid/session";
import { shallowEqual, useTree } from "../hooks";
import { useLocale } from "../i18n";
import { useState } from "react";
import { PersonalTurn } from "../facilitation/PersonalTurn";
import { RecallMenu } from "../facilitation/Recall";
import { StepTimer } from "../facilitation/StepTimer";

/** `controls={false}` on the meeting stage: the facilitator's controls stay in their side panel. */
export function StepBar({ session, controls = true }: { session: WorkshopSession; controls?: boolean }) {
	const { t, locale } = useLocale();
	const process = session.processView.root;
	const me = session.me;
	const state = useTree(
		process,
		() => ({
			step: currentStep(process),
			role: roleOfUser(process, me.userId, me.role === "observer"),
		}),
		shallowEqual,
	);
	const [refusal, setRefusal] = useState<string>();
	const index = STEP_IDS.indexOf(state.step);
	const facilitator = state.role === "facilitator" && controls;
	const actions = allowedActions(state.step, state.role).filter((a) => !ALWAYS_ALLOWED.includes(a));

	function go(to: StepId | undefined) {
		if (!to) return;
		const verdict = session.run(moveStep, { to });
		setRefusal(verdict.ok ? undefined : refusalMessage(verdict.reason, locale));
	}

	return (
		<section aria-labelledby="step-title" style={{ display: "grid", gap: 12, alignContent: "start" }}>
			<nav aria-label={t("workshop")}>
				<ol style={{ display: "flex", flexWrap: "wrap", gap: 4, listStyle: "none", padding: 0, margin: 0 }}>
					{STEP_IDS.map((id, i) => (
						<li key={id} aria-current={id === state.step ? "step" : undefined}>
							<Badge
								appearance={id === state.step ? "filled" : i < index ? "tint" : "outline"}
								color={id === state.step ? "brand" : "informative"}
								title={stepTitle(id, locale)}
							>
								{i}
							</Badge>
						</li>
					))}
				</ol>
			</nav>
			<Card>
				<Text size={200}>{t("step", { n: index, total: STEP_IDS.length - 1 })}</Text>
				<Subtitle1 as="h2" id="step-title" data-testid="step-title" data-step={state.step}>
					{stepTitle(state.step, locale)}
				</Subtitle1>
				<div>
					<Badge appearance="tint" data-testid="my-role">
						{t("yourRole", { role: roleName(state.role, locale) })}
					</Badge>
				</div>
				<Body1 as="p" data-testid="instruction">
					{instructionFor(state.step, state.role, locale)}
				</Body1>
				{actions.length > 0 && (
					<div>
						<Text weight="semibold">{t("youMayNow")}</Text>
						<ul data-testid="allowed-actions">
							{actions.map((a) => (
								<li key={a}>{actionName(a, locale)}</li>
							))}
						</ul>
					</div>
				)}
				<StepTimer session={session} />
				<PersonalTurn session={session} />
				{facilitator && (
					<div style={{ display: "flex", flexWrap: "wrap", gap: 8, alignItems: "center" }}>
						<Button onClick={() => go(previousStep(state.step))} disabled={!previousStep(state.step)}>
							{t("previous")}
						</Button>
						<Button appearance="primary" onClick={() => go(nextStep(state.step))} disabled={!nextStep(state.step)}>
							{t("next")}
						</Button>
						<RecallMenu session={session} />
						<Dropdown
							aria-label={t("jumpTo")}
							placeholder={t("jumpTo")}
							value=""
							onOptionSelect={(_, d) => go(d.optionValue as StepId | undefined)}
						>
							{STEP_IDS.map((id, i) => (
								<Option key={id} value={id} text={`${i}. ${stepTitle(id, locale)}`}>
									{`${i}. ${stepTitle(id, locale)}`}
								</Option>
							))}
						</Dropdown>
					</div>
				)}
				{refusal && <Text role="alert">{refusal}</Text>}
			</Card>
		</section>
	);
}
