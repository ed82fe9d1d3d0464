/** Says when the connection drops (edits are kept and resent) and when edits are still being sent. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { WorkshopSession } from "../../fluid/session";
import { useConnection } from "../hooks";
import { useLocale } from "../i18n";

const DIRTY_GRACE_MS = 2000;

export function ConnectionBanner({ session }: { session: WorkshopSession }) {
	const { t } = useLocale();
	const state = useConnection([session.processContainer, session.boardContainer]);
	const [showDirty, setShowDirty] = useState(false);
	useEffect(() => {
		if (state !== "dirty") {
			setShowDirty(false);
			return;
		}
		const id = setTimeout(() => setShowDirty(true), DIRTY_GRACE_MS);
		return () => clearTimeout(id);
	}, [state]);
	if (state === "disconnected") {
		return (
			<MessageBar intent="warning" role="status" data-testid="connection-lost">
				<MessageBarBody>{t("reconnecting")}</MessageBarBody>
			</MessageBar>
		);
	}
	if (showDirty && session.me.role !== "observer") {
		return (
			<MessageBar intent="info" role="status">
				<MessageBarBody>{t("unsaved")}</MessageBarBody>
			</MessageBar>
		);
	}
	return null;
}
