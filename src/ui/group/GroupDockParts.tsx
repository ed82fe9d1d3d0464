/**
 * What a codev group adds to the action dock, step by step: the return on the previous
 * plan at the accueil (everyone), the carried rules at règles and who has never offered at
 * the choix (the facilitator), the next session's facilitator at the end, and the way back
 * to the group's page.
 */
import { Button, Field, Select, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ApiClient } from "../../api/client";
import type { StepId } from "../../domain/steps";
import type { WorkshopSession } from "../../fluid/session";
import { describeError } from "../errors";
import { useLocale } from "../i18n";
import { useContinuity } from "./continuity";
import { groupStore } from "./groupStore";
import { PlanReturn } from "./PlanReturn";
import { groupWords } from "./words";

const BOX = { display: "grid", gap: 6 } as const;
const MUTED = { color: tokens.colorNeutralForeground3 } as const;
const CLOSING: readonly StepId[] = ["partage-offreur", "partage-contributeurs", "documentation"];

export interface GroupDockPartsProps {
	readonly api: ApiClient;
	readonly session: WorkshopSession;
	readonly step: StepId;
	readonly facilitator: boolean;
	readonly ended: boolean;
}

export function GroupDockParts({ api, session, step, facilitator, ended }: GroupDockPartsProps) {
	const { data } = useContinuity();
	if (!data) return null;
	return (
		<>
			{step === "accueil" && <PlanReturn api={api} session={session} />}
			{facilitator && step === "regles" && data.previous && <CarriedRules />}
			{facilitator && step === "choix" && <NeverOffered />}
			{facilitator && (ended || CLOSING.includes(step)) && <NextFacilitator api={api} session={session} />}
			<GroupPageLink />
		</>
	);
}

function CarriedRules() {
	const { locale } = useLocale();
	return (
		<Text data-testid="carried-rules" style={MUTED}>
			{groupWords(locale)("carriedRules")}
		</Text>
	);
}

function NeverOffered() {
	const { locale } = useLocale();
	const g = groupWords(locale);
	const { data } = useContinuity();
	const never = data?.neverOffered ?? [];
	return (
		<section style={BOX} data-testid="never-offered" aria-label={g("neverOfferedTitle")}>
			<Subtitle2 as="h2">{g("neverOfferedTitle")}</Subtitle2>
			{never.length === 0 ? (
				<Text>{g("neverOfferedAll")}</Text>
			) : (
				<ul style={{ margin: 0, paddingLeft: 18 }}>
					{never.map((m) => (
						<li key={m.userId}>{m.name || g("groupFormerMember")}</li>
					))}
				</ul>
			)}
			<Text size={200} style={MUTED}>
				{g("neverOfferedHint")}
			</Text>
		</section>
	);
}

function NextFacilitator({ api, session }: { api: ApiClient; session: WorkshopSession }) {
	const { t, locale } = useLocale();
	const g = groupWords(locale);
	const { data, refresh } = useContinuity();
	const members = [...(data?.priorOffers ?? []), ...(data?.neverOffered ?? [])].filter((m) => m.name);
	const [choice, setChoice] = useState<string>(data?.nextFacilitatorId ?? session.me.userId);
	const [busy, setBusy] = useState(false);
	const [note, setNote] = useState<{ ok: boolean; text: string }>();
	if (!data?.group || members.length === 0) return null;
	const group = data.group;
	const named = members.find((m) => m.userId === data.nextFacilitatorId);
	async function save() {
		if (busy) return;
		setBusy(true);
		setNote(undefined);
		try {
			const reply = await api.nameNextFacilitator(group.id, {
				workshopId: session.workshopId,
				ticket: session.me.ticket,
				userId: choice,
			});
			setNote({ ok: true, text: g("nextFacilitatorNamed", { name: reply.nextFacilitatorName }) });
			refresh();
		} catch (error) {
			setNote({ ok: false, text: describeError(error, t) });
		} finally {
			setBusy(false);
		}
	}
	return (
		<section style={BOX} data-testid="next-facilitator" aria-label={g("nextFacilitatorTitle")}>
			<Subtitle2 as="h2">{g("nextFacilitatorTitle")}</Subtitle2>
			{named && !note && <Text>{g("nextFacilitatorNamed", { name: named.name })}</Text>}
			<Field label={g("nextFacilitatorPick")}>
				<Select value={choice} onChange={(_, d) => setChoice(d.value)} data-testid="next-facilitator-select">
					{members.map((m) => (
						<option key={m.userId} value={m.userId}>
							{m.name}
						</option>
					))}
				</Select>
			</Field>
			<div>
				<Button size="small" onClick={() => void save()} disabled={busy} data-testid="next-facilitator-save">
					{g("nextFacilitatorSave")}
				</Button>
			</div>
			{note && (
				<Text role={note.ok ? "status" : "alert"} size={200}>
					{note.text}
				</Text>
			)}
		</section>
	);
}

function GroupPageLink() {
	const { locale } = useLocale();
	const { data } = useContinuity();
	const id = data?.group?.id;
	if (!id || !groupStore.get(id)) return null;
	return (
		<div>
			<Button as="a" size="small" appearance="subtle" href={`/g/${id}`} target="_blank" data-testid="group-page-link">
				{groupWords(locale)("groupOpenGroup")}
			</Button>
		</div>
	);
}
