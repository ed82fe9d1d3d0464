/** On the meeting stage: who has the floor, large. */
import { memberName } from "../../fluid/read";
import { Text } from "@fluentui/react-components";
import type { WorkshopSession } from "../../fluid/session";
import { useTrees } from "../hooks";
import { useLocale } from "../i18n";
import { workspaceWords } from "./words";

export function StageSpeaker({ session }: { readonly session: WorkshopSession }) {
	const { locale } = useLocale();
	const w = workspaceWords(locale);
	const process = session.processView.root;
	const board = session.boardView.root;
	const name = useTrees([process.turns, board.members], () => {
		const id = process.turns.speakerId;
		return id === undefined || !board.members.has(id) ? undefined : memberName(board, id);
	});
	if (name === undefined) return null;
	return (
		<Text size={600} weight="semibold" data-testid="stage-speaker">
			{w("speaking", { name })}
		</Text>
	);
}
