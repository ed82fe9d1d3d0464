/**
 * The facilitator recalls a rule for everyone (the group's own rules, or the posture of
 * the step, e.g. "pas de conseils, pas de jugement"); everyone sees it in a banner.
 */
import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Button, MessageBar, MessageBarBody, MessageBarTitle, MessageBarActions } from "@fluentui/react-components";
import { postureFor } from "../../domain/roleCards";
import { clearRecall, recallRule } from "../../fluid/commands/facilitation";
import { currentStep } from "../../fluid/read";
import type { WorkshopSession } from "../../fluid/session";
import { shallowEqual, useIsFacilitator, useTree } from "../hooks";
import { useLocale } from "../i18n";
import { facilitationWords } from "./words";

export function RecallBanner({ session }: { session: WorkshopSession }) {
	const { locale } = useLocale();
	const f = facilitationWords(locale);
	const process = session.processView.root;
	const recall = useTree(process, () => ({ text: process.recall?.text, at: process.recall?.at }), shallowEqual);
	const isFacilitator = useIsFacilitator(session);
	if (!recall.text) return null;
	return (
		<MessageBar intent="info" role="status" data-testid="recall" layout="multiline">
			<MessageBarBody>
				<MessageBarTitle>{f("recallTitle")}</MessageBarTitle>
				{recall.text}
			</MessageBarBody>
			{isFacilitator && (
				<MessageBarActions>
					<Button size="small" onClick={() => session.run(clearRecall, {})}>
						{f("dismiss")}
					</Button>
				</MessageBarActions>
			)}
		</MessageBar>
	);
}

export function RecallMenu({ session }: { session: WorkshopSession }) {
	const { locale } = useLocale();
	const f = facilitationWords(locale);
	const process = session.processView.root;
	const board = session.boardView.root;
	const step = useTree(process, () => currentStep(process));
	const rules = useTree(board.rules, () => board.rules.map((r) => r.text), (a, b) => a.join("\n") === b.join("\n"));
	const isFacilitator = useIsFacilitator(session);
	if (!isFacilitator) return null;
	const posture = postureFor(step, locale);
	return (
		<Menu>
			<MenuTrigger disableButtonEnhancement>
				<Button size="small" data-testid="recall-menu">
					{f("recall")}
				</Button>
			</MenuTrigger>
			<MenuPopover>
				<MenuList>
					<MenuItem onClick={() => session.run(recallRule, { text: posture })}>
						{f("recallPosture")} — {posture}
					</MenuItem>
					{rules.map((text, i) => (
						<MenuItem key={`${i}-${text}`} onClick={() => session.run(recallRule, { text })}>
							{text}
						</MenuItem>
					))}
				</MenuList>
			</MenuPopover>
		</Menu>
	);
}
