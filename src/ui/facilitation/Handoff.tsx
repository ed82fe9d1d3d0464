/**
 * The facilitator passes the role on (when they must leave): a confirmation, then the
 * server moves the authority and the process names the new facilitator.
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
import { handFacilitationTo } from "../../fluid/handoff";
import { describeError } from "../errors";
import { useLocale } from "../i18n";
import { useWorkshop } from "../workshopContext";

export function HandoffButton({ toUserId, name }: { toUserId: string; name: string }) {
	const { api, session } = useWorkshop();
	const { t, locale } = useLocale();
	const [busy, setBusy] = useState(false);
	const [error, setError] = useState<string>();
	async function confirm() {
		setBusy(true);
		try {
			const verdict = await handFacilitationTo(session, api, toUserId);
			if (!verdict.ok) setError(refusalMessage(verdict.reason, locale));
		} catch (err) {
			setError(describeError(err, t));
		} finally {
			setBusy(false);
		}
	}
	// An alert dialog: a stray click outside never dismisses this consequential choice.
	return (
		<Dialog modalType="alert">
			<DialogTrigger disableButtonEnhancement>
				<Button size="small" appearance="subtle" data-testid="handoff">
					{t("handOver")}
				</Button>
			</DialogTrigger>
			<DialogSurface>
				<DialogBody>
					<DialogTitle>{t("handOverTitle", { name })}</DialogTitle>
					<DialogContent>
						<Text as="p" block>
							{t("handOverText", { name })}
						</Text>
						{error && <Text role="alert">{error}</Text>}
					</DialogContent>
					<DialogActions>
						<DialogTrigger disableButtonEnhancement>
							<Button>{t("cancel")}</Button>
						</DialogTrigger>
						<Button appearance="primary" disabled={busy} onClick={() => void confirm()} data-testid="handoff-confirm">
							{t("handOverConfirm")}
						</Button>
					</DialogActions>
				</DialogBody>
			</DialogSurface>
		</Dialog>
	);
}
