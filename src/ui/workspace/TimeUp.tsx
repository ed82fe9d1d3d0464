/** Time is up for this step: said on top, to everyone (the stage too), until the step moves or time is added. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { WorkshopSession } from "../../fluid/session";
import { facilitationWords } from "../facilitation/words";
import { useLocale } from "../i18n";
import { useStepTime } from "./useStepTime";

export function TimeUp({ session }: { readonly session: WorkshopSession }) {
	const { locale } = useLocale();
	const { over } = useStepTime(session);
	if (!over) return null;
	return (
		<MessageBar intent="warning" role="status" data-testid="time-up">
			<MessageBarBody>{facilitationWords(locale)("timeUp")}</MessageBarBody>
		</MessageBar>
	);
}
