/** What is addressed to you comes on top: your turn to speak (partage, clarification, échanges). */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { WorkshopSession } from "../../fluid/session";
import { useTree } from "../hooks";
import { useLocale } from "../i18n";
import { workspaceWords } from "./words";

export function YourTurn({ session }: { readonly session: WorkshopSession }) {
	const { locale } = useLocale();
	const w = workspaceWords(locale);
	const process = session.processView.root;
	const mine = useTree(process.turns, () => process.turns.speakerId === session.me.userId);
	if (!mine) return null;
	return (
		<MessageBar intent="success" role="status" data-testid="your-turn">
			<MessageBarBody>
				<MessageBarTitle>{w("yourTurnTitle")}</MessageBarTitle>
				{w("yourTurnText")}
			</MessageBarBody>
		</MessageBar>
	);
}
