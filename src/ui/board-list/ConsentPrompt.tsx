/**
 * The private question to the asked author only: do you still agree that your problématique
 * be worked on collectively? Oui / Non, without pressure. The answer goes on the board and
 * in this person's presence (whose sender the service authenticates); the facilitator's
 * client records it from there. It is announced again after a reload until recorded.
 */
import { Card, Subtitle2, Text } from "@fluentui/react-components";
import { answerConsentRequest } from "../../fluid/commands/board";
import { consentStandingOf } from "../../fluid/sealed";
import { useTree } from "../hooks";
import { useWorkshop } from "../workshopContext";
import { ActionButton, rowStyle } from "./controls";
import { jsonEqual, useBoardWords, type PanelView } from "./useBoardState";

export function ConsentPrompt({ view }: { readonly view: PanelView }) {
	const { session } = useWorkshop();
	const { w } = useBoardWords();
	const process = session.processView.root;
	const board = session.boardView.root;
	// Where I stand (asked now, said no…) is the reader's; re-read on consent and on the table.
	useTree(
		process.consent,
		() => `${process.consent.askedId}|${process.consent.refusedIds.join(",")}|${process.consent.acceptedId}`,
	);
	useTree(board.problematiques, () => board.problematiques.length);
	const answered = useTree(
		board.consentAnswers,
		() => board.consentAnswers.filter((a) => a.userId === view.me).map((a) => [a.problematiqueId, a.answer] as const),
		jsonEqual,
	);
	const standing = consentStandingOf(process, board, view.me);
	const asked = standing === "asked";
	const mine = asked ? answered.find(([id]) => id === process.consent.askedId)?.[1] : undefined;
	// (My answer is carried by my presence by the session's services: fluid/services.ts.)
	if (standing === "saidNo" && view.step === "consentement") {
		return (
			<section aria-labelledby="consent-prompt-title" data-testid="consent-thanks">
				<Card appearance="filled-alternative">
					<Subtitle2 as="h3" id="consent-prompt-title">
						{w("consentThanksTitle")}
					</Subtitle2>
					<Text as="p" block style={{ margin: 0 }}>
						{w("consentThanksNo")}
					</Text>
				</Card>
			</section>
		);
	}
	if (!asked) return null;
	const done = mine !== undefined;
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
						<fieldset
							style={{ ...rowStyle, border: 0, padding: 0, margin: 0, minInlineSize: 0 }}
							aria-labelledby="consent-question"
						>
							<ActionButton command={answerConsentRequest} args={{ answer: "yes" }} testId="consent-yes">
								{w("yes")}
							</ActionButton>
							<ActionButton command={answerConsentRequest} args={{ answer: "no" }} testId="consent-no">
								{w("no")}
							</ActionButton>
						</fieldset>
					</>
				)}
			</Card>
		</section>
	);
}
