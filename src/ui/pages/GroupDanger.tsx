/** Leaving the group (my name out of its history) and, for its facilitators, deleting it for good. */
import {
	Button,
	Card,
	Dialog,
	DialogActions,
	DialogBody,
	DialogContent,
	DialogSurface,
	DialogTitle,
	Text,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ApiClient } from "../../api/client";
import type { GroupMember } from "../../api/types";
import { describeError } from "../errors";
import { groupWords } from "../group/words";
import { useLocale } from "../i18n";
import type { GroupViewData } from "./GroupHome";

type Asked = "leave" | "delete" | undefined;

export function GroupDanger(props: { api: ApiClient; view: GroupViewData; member: GroupMember; onGone: () => void }) {
	const { api, view, member, onGone } = props;
	const { t, locale } = useLocale();
	const g = groupWords(locale);
	const [asked, setAsked] = useState<Asked>();
	const [busy, setBusy] = useState(false);
	const [error, setError] = useState<string>();
	async function confirm() {
		if (busy || !asked) return;
		setBusy(true);
		setError(undefined);
		try {
			if (asked === "leave") await api.leaveGroup(view.group.id, { ticket: member.ticket });
			else await api.deleteGroup(view.group.id, { ticket: member.ticket });
			onGone();
		} catch (err) {
			setError(describeError(err, t));
			setBusy(false);
		}
	}
	return (
		<Card style={{ marginTop: 20, display: "flex", flexDirection: "row", flexWrap: "wrap", gap: 8 }}>
			<Button onClick={() => setAsked("leave")} data-testid="group-leave">
				{g("groupLeave")}
			</Button>
			{view.mayDelete && (
				<Button onClick={() => setAsked("delete")} data-testid="group-delete">
					{g("groupDelete")}
				</Button>
			)}
			<Dialog open={asked !== undefined} onOpenChange={(_, d) => !d.open && !busy && setAsked(undefined)}>
				<DialogSurface>
					<DialogBody>
						<DialogTitle>{asked === "delete" ? g("groupDelete") : g("groupLeaveYes")}</DialogTitle>
						<DialogContent>
							<Text as="p" block>
								{asked === "delete" ? g("groupDeleteConfirm") : g("groupLeaveConfirm")}
							</Text>
							{error && (
								<Text role="alert" block style={{ color: "var(--colorPaletteRedForeground1)" }}>
									{error}
								</Text>
							)}
						</DialogContent>
						<DialogActions>
							<Button appearance="primary" onClick={() => void confirm()} disabled={busy} data-testid="group-confirm">
								{asked === "delete" ? g("groupDeleteYes") : g("groupLeaveYes")}
							</Button>
							<Button onClick={() => setAsked(undefined)} disabled={busy}>
								{g("groupCancel")}
							</Button>
						</DialogActions>
					</DialogBody>
				</DialogSurface>
			</Dialog>
		</Card>
	);
}
