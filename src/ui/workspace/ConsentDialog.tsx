/**
 * The consent question comes on top, as a dialog, to the asked person only: the kit's
 * private question with Oui / Non. It stays until answered (then it can be closed), and
 * opens again after a reload while the question is still open.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useState } from "react";
import { answeredConsent, askedAuthorId } from "../../fluid/addressed";
import { shallowEqual, useTrees } from "../hooks";
import { useLocale } from "../i18n";
import { ConsentPrompt } from "../board-list/ConsentPrompt";
import type { PanelView } from "../board-list/useBoardState";
import { useWorkshop } from "../workshopContext";
import { workspaceWords } from "./words";

export function ConsentDialog({ view }: { readonly view: PanelView }) {
	const { session } = useWorkshop();
	const { locale } = useLocale();
	const w = workspaceWords(locale);
	const process = session.processView.root;
	const board = session.boardView.root;
	const state = useTrees(
		[process, board],
		() => ({
			askedId: process.consent.askedId,
			asked: askedAuthorId(process, board) === view.me,
			answered: answeredConsent(process, board, view.me),
		}),
		shallowEqual,
	);
	const askedNow = state.askedId;
	const [closedFor, setClosedFor] = useState<string>();
	const open = state.asked && askedNow !== undefined && closedFor !== askedNow;
	// Mounted only while open: a closed modal still leaves focus guards in the page.
	if (!open) return null;
	return (
		<Dialog open modalType="alert">
			<DialogSurface aria-describedby="consent-question" data-testid="consent-dialog">
				<DialogBody>
					<DialogTitle>{w("consentDialogTitle")}</DialogTitle>
					<DialogContent>
						<ConsentPrompt view={view} />
					</DialogContent>
					{state.answered && (
						<DialogActions>
							<Button appearance="primary" onClick={() => setClosedFor(askedNow)} data-testid="consent-dialog-close">
								{w("close")}
							</Button>
						</DialogActions>
					)}
				</DialogBody>
			</DialogSurface>
		</Dialog>
	);
}
