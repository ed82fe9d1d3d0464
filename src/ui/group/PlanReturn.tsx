/**
 * At the accueil of a group's session, the previous offreur's plan d'action and their
 * return on it, action by action: shown to everyone (and on the meeting stage); the
 * previous offreur gives it here (done, under way, dropped, and a line of comment).
 */
import { Button, Caption1, Subtitle2, Text, ToggleButton, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ApiClient } from "../../api/client";
import { mayGiveReturn, type ReturnStatus } from "../../domain/groups";
import type { WorkshopSession } from "../../fluid/session";
import { LimitedInput } from "../components/LimitedInput";
import { describeError } from "../errors";
import { useLocale } from "../i18n";
import { type PreviousPlan, useContinuity } from "./continuity";
import { actionLine, RETURN_STATUSES, returnLine, returnWord } from "./returns";
import { groupWords, sessionDate } from "./words";

type Action = PreviousPlan["actions"][number];

export function PlanReturn(props: { readonly api: ApiClient; readonly session: WorkshopSession; readonly large?: boolean }) {
	const { locale } = useLocale();
	const g = groupWords(locale);
	const { data } = useContinuity();
	const previous = data?.previous;
	if (!previous) return null;
	const mine = mayGiveReturn(props.session.me, previous.offreur.userId);
	return (
		<section
			aria-label={g("returnTitle", { date: sessionDate(previous.date, locale) })}
			data-testid="plan-return"
			style={{
				display: "grid",
				gap: 8,
				padding: 8,
				borderRadius: tokens.borderRadiusMedium,
				background: tokens.colorNeutralBackground1,
				border: `1px solid ${tokens.colorNeutralStroke2}`,
				fontSize: props.large ? tokens.fontSizeBase500 : undefined,
			}}
		>
			<Subtitle2 as="h2">{g("returnTitle", { date: sessionDate(previous.date, locale) })}</Subtitle2>
			<Text>{mine ? g("returnIntroMine") : g("returnIntro", { name: previous.offreur.name })}</Text>
			{previous.formulation && <Caption1>{previous.formulation}</Caption1>}
			{previous.actions.length === 0 && <Text>{g("returnNoActions")}</Text>}
			<ul style={{ margin: 0, paddingLeft: 18, display: "grid", gap: 8 }}>
				{previous.actions.map((action) => (
					<li key={action.id} data-testid="plan-return-action" style={{ overflowWrap: "anywhere" }}>
						<Text weight="semibold">{actionLine(action, locale)}</Text>
						{mine ? (
							<ReturnEditor api={props.api} session={props.session} action={action} />
						) : (
							<Text block data-testid="plan-return-status" style={{ color: tokens.colorNeutralForeground2 }}>
								{action.return ? returnLine(action.return, g, locale) : g("returnNone")}
							</Text>
						)}
					</li>
				))}
			</ul>
		</section>
	);
}

function ReturnEditor({ api, session, action }: { api: ApiClient; session: WorkshopSession; action: Action }) {
	const { t, locale } = useLocale();
	const g = groupWords(locale);
	const { setPrevious } = useContinuity();
	const [status, setStatus] = useState<ReturnStatus | undefined>(action.return?.status);
	const [comment, setComment] = useState(action.return?.comment ?? "");
	const [busy, setBusy] = useState(false);
	const [note, setNote] = useState<{ ok: boolean; text: string }>();
	async function save() {
		if (busy || !status) return;
		setBusy(true);
		setNote(undefined);
		try {
			setPrevious(
				await api.putPlanReturn(session.workshopId, action.id, { ticket: session.me.ticket, status, comment: comment.trim() }),
			);
			setNote({ ok: true, text: g("returnSaved") });
		} catch (error) {
			// What was typed stays in the field: nothing is lost.
			setNote({ ok: false, text: describeError(error, t) });
		} finally {
			setBusy(false);
		}
	}
	return (
		<div style={{ display: "grid", gap: 6, marginTop: 4 }}>
			<div role="radiogroup" aria-label={g("returnStatus")} style={{ display: "flex", gap: 4, flexWrap: "wrap" }}>
				{RETURN_STATUSES.map((s) => (
					<ToggleButton
						key={s}
						size="small"
						role="radio"
						aria-checked={status === s}
						checked={status === s}
						onClick={() => setStatus(s)}
						data-testid={`return-${s}`}
					>
						{returnWord(s, g)}
					</ToggleButton>
				))}
			</div>
			<LimitedInput field="returnComment" label={g("returnComment")} value={comment} onChange={setComment} />
			<div style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap" }}>
				<Button
					size="small"
					appearance="primary"
					disabled={!status || busy}
					onClick={() => void save()}
					data-testid="return-save"
				>
					{g("returnSave")}
				</Button>
				{note && (
					<Text
						role={note.ok ? "status" : "alert"}
						size={200}
						style={note.ok ? undefined : { color: "var(--colorPaletteRedForeground1)" }}
					>
						{note.text}
					</Text>
				)}
			</div>
		</div>
	);
}
