/**
 * The facilitator's "Terminer l'atelier", confirmed in a dialog (what everyone reads once it
 * has ended is in ./EndWorkshop). Apart, so that its dialog comes with the facilitator's
 * controls, not with the workshop's first paint.
 */
import {
	Button,
	Dialog,
	DialogActions,
	DialogBody,
	DialogContent,
	DialogSurface,
	DialogTitle,
	DialogTrigger,
	Text,
} from "@fluentui/react-components";
import { useState } from "react";
import { refusalMessage } from "../../domain/messages";
import { canRun } from "../../fluid/commands/command";
import { endWorkshop } from "../../fluid/commands/process";
import type { WorkshopSession } from "../../fluid/session";
import { useTree } from "../hooks";
import { useLocale } from "../i18n";
import { workspaceWords } from "./words";

export function EndWorkshopButton({ session }: { readonly session: WorkshopSession }) {
	const { locale } = useLocale();
	const w = workspaceWords(locale);
	const process = session.processView.root;
	const verdict = useTree(
		process,
		() => canRun(endWorkshop, session.context(), {}),
		(a, b) => a.ok === b.ok,
	);
	const [refusal, setRefusal] = useState<string>();
	const [open, setOpen] = useState(false);
	if (!verdict.ok) return null;
	function end() {
		const result = session.run(endWorkshop, {});
		setRefusal(result.ok ? undefined : refusalMessage(result.reason, locale));
		setOpen(false);
	}
	return (
		<>
			<Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
				<DialogTrigger disableButtonEnhancement>
					<Button size="small" data-testid="end-workshop">
						{w("endWorkshop")}
					</Button>
				</DialogTrigger>
				<DialogSurface aria-describedby="end-workshop-text">
					<DialogBody>
						<DialogTitle>{w("endConfirmTitle")}</DialogTitle>
						<DialogContent id="end-workshop-text">{w("endConfirmText")}</DialogContent>
						<DialogActions>
							<DialogTrigger disableButtonEnhancement>
								<Button data-testid="end-workshop-cancel">{w("endCancel")}</Button>
							</DialogTrigger>
							<Button appearance="primary" onClick={end} data-testid="end-workshop-confirm">
								{w("endConfirm")}
							</Button>
						</DialogActions>
					</DialogBody>
				</DialogSurface>
			</Dialog>
			{refusal && <Text role="alert">{refusal}</Text>}
		</>
	);
}
