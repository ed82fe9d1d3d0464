/** The facilitator's step controls: previous, next, jump to a step, recall a rule. Refusals are shown. */
import { Button, Dropdown, Option, Text } from "@fluentui/react-components";
import { useState } from "react";
import { stepTitle } from "../../domain/instructions";
import { refusalMessage } from "../../domain/messages";
import { nextStep, previousStep, STEP_IDS, type StepId } from "../../domain/steps";
import { canRun } from "../../fluid/commands/command";
import { moveStep } from "../../fluid/commands/process";
import type { WorkshopSession } from "../../fluid/session";
import { RecallMenu } from "../facilitation/RecallMenu";
import { useTree } from "../hooks";
import { useLocale } from "../i18n";
import { EndWorkshopButton } from "./EndWorkshopButton";

export function FacilitatorControls({ session, step }: { readonly session: WorkshopSession; readonly step: StepId }) {
	const { t, locale } = useLocale();
	const [refusal, setRefusal] = useState<string>();
	// Asked of the command layer (once the workshop has ended, no step moves).
	const process = session.processView.root;
	const mayMove = useTree(process, () => canRun(moveStep, session.context(), { to: step }).ok);

	function go(to: StepId | undefined) {
		if (!to) return;
		const verdict = session.run(moveStep, { to });
		setRefusal(verdict.ok ? undefined : refusalMessage(verdict.reason, locale));
	}

	if (!mayMove) return null;
	return (
		<div style={{ display: "grid", gap: 6 }} data-testid="facilitator-controls">
			<div style={{ display: "flex", flexWrap: "wrap", gap: 6, alignItems: "center" }}>
				<Button onClick={() => go(previousStep(step))} disabled={!previousStep(step)}>
					{t("previous")}
				</Button>
				<Button appearance="primary" onClick={() => go(nextStep(step))} disabled={!nextStep(step)}>
					{t("next")}
				</Button>
				<RecallMenu session={session} />
				{step === "documentation" && <EndWorkshopButton session={session} />}
			</div>
			<Dropdown
				aria-label={t("jumpTo")}
				placeholder={t("jumpTo")}
				value=""
				size="small"
				style={{ minWidth: 0 }}
				onOptionSelect={(_, d) => go(d.optionValue as StepId | undefined)}
			>
				{STEP_IDS.map((id, i) => (
					<Option key={id} value={id} text={`${i}. ${stepTitle(id, locale)}`}>
						{`${i}. ${stepTitle(id, locale)}`}
					</Option>
				))}
			</Dropdown>
			{refusal && <Text role="alert">{refusal}</Text>}
		</div>
	);
}
