/**
 * The facilitator recalls a rule for everyone (the group's own rules, or the posture of
 * the step, e.g. "pas de conseils, pas de jugement"); everyone sees it in a banner, in
 * their own language, for a while (it goes away by itself, and at the next step).
 * The facilitator's menu is in ./RecallMenu.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { useState } from "react";
import { refusalMessage } from "../../domain/messages";
import { clearRecall } from "../../fluid/commands/facilitation";
import { recallFor } from "../../fluid/read";
import type { WorkshopSession } from "../../fluid/session";
import { shallowEqual, useIsFacilitator, useNow, useTree } from "../hooks";
import { useLocale } from "../i18n";
import { facilitationWords } from "./words";

export function RecallBanner({ session }: { session: WorkshopSession }) {
	const { locale } = useLocale();
	const f = facilitationWords(locale);
	const process = session.processView.root;
	const board = session.boardView.root;
	const now = useNow(() => session.clock.now(), 1000);
	useTree(process, () => ({ at: process.recall?.at, step: process.step }), shallowEqual);
	useTree(board.rules, () => board.rules.length);
	const isFacilitator = useIsFacilitator(session);
	const [refusal, setRefusal] = useState<string>();
	const recall = recallFor(process, board, locale, now);
	if (!recall) return null;
	return (
		<MessageBar intent="info" role="status" data-testid="recall" layout="multiline">
			<MessageBarBody>
				<MessageBarTitle>{f("recallTitle")}</MessageBarTitle>
				{recall.text}
				{refusal && (
					<Text role="alert" block data-testid="refusal">
						{refusal}
					</Text>
				)}
			</MessageBarBody>
			{isFacilitator && (
				<MessageBarActions>
					<Button
						size="small"
						onClick={() => {
							const verdict = session.run(clearRecall, {});
							setRefusal(verdict.ok ? undefined : refusalMessage(verdict.reason, locale));
						}}
					>
						{f("dismiss")}
					</Button>
				</MessageBarActions>
			)}
		</MessageBar>
	);
}
