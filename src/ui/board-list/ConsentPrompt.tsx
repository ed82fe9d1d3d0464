/**
 * The private question to the asked author only: do you still agree that your problématique
 * be worked on collectively? Oui / Non, without pressure. The facilitator's client records it.
 */
import { Card, Subtitle2, Text } from "@fluentui/react-components";
import { answerConsentRequest } from "../../fluid/commands/board";
import { useTree } from "../hooks";
import { useWorkshop } from "../workshopContext";
import { ActionButton, rowStyle } from "./controls";
import { jsonEqual, useBoardWords, type PanelView } from "./useBoardState";

export function ConsentPrompt({ view }: { readonly view: PanelView }) {
	const { session } = useWorkshop();
	const { w } = useBoardWords();
	const process = session.processView.root;
	const board = session.boardView.root;
	const askedId = useTree(process.consent, () => process.consent.askedId);
	const authors = useTree(
		board.problematiques,
		() => board.problematiques.map((p) => [p.id, p.authorId] as const),
		jsonEqual,
	);
	const authorOfAsked = authors.find(([id]) => id === askedId)?.[1];
	const answered = useTree(
		board.consentAnswers,
		() => board.consentAnswers.filter((a) => a.userId === view.me).map((a) => a.problematiqueId),
		jsonEqual,
	);
	if (askedId === undefined || authorOfAsked !== view.me) return null;
	const done = answered.includes(askedId);
	return (
		<section aria-labelledby="consent-prompt-title" data-testid="consent-prompt">
			<Card appearance="filled-alternative">
				<Subtitle2 as="h3" id="consent-prompt-title">
					{w("consentPromptTitle")}
				</Subtitle2>
				<Text as="p" block style={{ margin: 0 }} id="consent-question">
					{w("consentQuestion")}
				</Text>
				{done ? (
					<Text role="status" data-testid="consent-sent">
						{w("consentSent")}
					</Text>
				) : (
					<>
						<Text as="p" block style={{ margin: 0 }}>
							{w("consentCalm")}
						</Text>
						<div style={rowStyle} role="group" aria-labelledby="consent-question">
							<ActionButton command={answerConsentRequest} args={{ answer: "yes" }} testId="consent-yes">
								{w("yes")}
							</ActionButton>
							<ActionButton command={answerConsentRequest} args={{ answer: "no" }} testId="consent-no">
								{w("no")}
							</ActionButton>
						</div>
					</>
				)}
			</Card>
		</section>
	);
}
