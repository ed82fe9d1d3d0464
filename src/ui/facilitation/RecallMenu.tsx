/**
 * The facilitator's menu to recall a rule for everyone (the group's own rules, or the posture
 * of the step); the banner everyone sees is in ./Recall. Apart, so that the menu's code comes
 * with the facilitator's controls, not with the workshop's first paint.
 */
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Verdict } from "../../domain/actions";
import { refusalMessage } from "../../domain/messages";
import type { RecallKey } from "../../domain/recall";
import { postureFor } from "../../domain/roleCards";
import { recallRule } from "../../fluid/commands/facilitation";
import { currentStep } from "../../fluid/read";
import type { WorkshopSession } from "../../fluid/session";
import { rulesOf } from "../../fluid/bounded";
import { useIsFacilitator, useTree } from "../hooks";
import { useLocale } from "../i18n";
import { facilitationWords } from "./words";

export function RecallMenu({ session }: { session: WorkshopSession }) {
	const { locale } = useLocale();
	const f = facilitationWords(locale);
	const process = session.processView.root;
	const board = session.boardView.root;
	const step = useTree(process, () => currentStep(process));
	const rules = useTree(
		board.rules,
		() => rulesOf(board).map((r) => ({ id: r.id, text: r.text })),
		(a, b) => JSON.stringify(a) === JSON.stringify(b),
	);
	const isFacilitator = useIsFacilitator(session);
	const [refusal, setRefusal] = useState<string>();
	if (!isFacilitator) return null;
	const posture = postureFor(step, locale);
	const recall = (key: RecallKey) => {
		const verdict: Verdict = session.run(recallRule, key);
		setRefusal(verdict.ok ? undefined : refusalMessage(verdict.reason, locale));
	};
	return (
		<span style={{ display: "inline-flex", flexDirection: "column", gap: 4 }}>
			<Menu>
				<MenuTrigger disableButtonEnhancement>
					<Button size="small" data-testid="recall-menu">
						{f("recall")}
					</Button>
				</MenuTrigger>
				<MenuPopover>
					<MenuList>
						<MenuItem onClick={() => recall({ kind: "posture" })}>
							{f("recallPosture")} — {posture}
						</MenuItem>
						{rules.map((r) => (
							<MenuItem key={r.id} onClick={() => recall({ kind: "rule", ruleId: r.id })}>
								{r.text}
							</MenuItem>
						))}
					</MenuList>
				</MenuPopover>
			</Menu>
			{refusal && (
				<Text role="alert" data-testid="refusal">
					{refusal}
				</Text>
			)}
		</span>
	);
}
