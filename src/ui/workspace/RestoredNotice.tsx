/**
 * After the documents were re-created from the archive, everyone is told once what they
 * hold and from when (the time of the archived state). Dismissed per browser; on the
 * stage, which nobody touches, it goes by itself after a minute.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { WorkshopInfo } from "../../api/types";
import { useLocale } from "../i18n";

const STAGE_MS = 60_000;
const seenKey = (workshopId: string) => `atelier-entraide:${workshopId}:restoredSeen`;

function seenAt(workshopId: string): number {
	try {
		return Number(window.localStorage.getItem(seenKey(workshopId)) ?? 0);
	} catch {
		return 0;
	}
}

function markSeen(workshopId: string, at: number): void {
	try {
		window.localStorage.setItem(seenKey(workshopId), String(at));
	} catch {
		// storage disabled: the notice goes for this page only
	}
}

export function RestoredNotice({ info, stage = false }: { readonly info: WorkshopInfo; readonly stage?: boolean }) {
	const { t, locale } = useLocale();
	const restored = info.restored;
	const [open, setOpen] = useState(() => restored !== null && seenAt(info.id) < restored.at);
	useEffect(() => {
		if (!stage || !open) return;
		const id = setTimeout(() => setOpen(false), STAGE_MS);
		return () => clearTimeout(id);
	}, [stage, open]);
	if (!open || !restored) return null;
	const time = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(
		restored.savedAt,
	);
	return (
		<MessageBar intent="info" layout="multiline" role="status" data-testid="restored-notice" data-saved-at={restored.savedAt}>
			<MessageBarBody>{t("restoredNotice", { time })}</MessageBarBody>
			{!stage && (
				<MessageBarActions>
					<Button
						size="small"
						onClick={() => {
							markSeen(info.id, restored.at);
							setOpen(false);
						}}
					>
						{t("restoredDismiss")}
					</Button>
				</MessageBarActions>
			)}
		</MessageBar>
	);
}
