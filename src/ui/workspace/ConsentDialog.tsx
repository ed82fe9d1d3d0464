/**
 * The consent question comes on top, as a dialog, to the asked person only: the kit's
 * private question with Oui / Non. It stays until answered (then it can be closed), opens
 * again after a reload while the question is still open, and after a "no" it thanks the
 * person, as the kit does, until she closes it.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useState } from "react";
import { answeredConsent } from "../../fluid/read";
import { consentStandingOf } from "../../fluid/sealed";
import { ConsentPrompt } from "../board-list/ConsentPrompt";
import type { PanelView } from "../board-list/useBoardState";
import { shallowEqual, useTrees } from "../hooks";
import { useLocale } from "../i18n";
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
		() => {
			const standing = consentStandingOf(process, board, view.me);
			return {
				standing,
				// What this dialog is about: the question asked now, or the "no" already given.
				key: standing === "asked" ? `asked:${process.consent.askedId}` : `no:${process.consent.refusedIds.join(",")}`,
				answered: standing === "saidNo" || answeredConsent(process, board, view.me),
			};
		},
		shallowEqual,
	);
	const [closedFor, setClosedFor] = useState<string>();
	const relevant = state.standing === "asked" || (state.standing === "saidNo" && view.step === "consentement");
	// Mounted only while open: a closed modal still leaves focus guards in the page.
	if (!relevant || closedFor === state.key) return null;
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
							<Button appearance="primary" onClick={() => setClosedFor(state.key)} data-testid="consent-dialog-close">
								{w("close")}
							</Button>
						</DialogActions>
					)}
				</DialogBody>
			</DialogSurface>
		</Dialog>
	);
}
