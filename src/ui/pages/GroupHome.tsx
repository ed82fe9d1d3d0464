/**
 * The group, for one of its members: the session under way (to join), the next one (to
 * create, for whoever was named to facilitate it), the members and who has offered, the
 * past sessions with their plans and returns, and my own learnings, seen by me only.
 */
import { Button, Card, Field, Input, Spinner, Subtitle1, Text, Title2, tokens } from "@fluentui/react-components";
import { useMemo, useState, type FormEvent } from "react";
import type { ApiClient } from "../../api/client";
import type { GroupMember } from "../../api/types";
import { checkText } from "../../domain/limits";
import { Credit } from "../components/Credit";
import { LimitedInput } from "../components/LimitedInput";
import { describeError } from "../errors";
import { groupLink, groupStore } from "../group/groupStore";
import { groupWords, sessionDates } from "../group/words";
import { useLocale } from "../i18n";
import { identityStore } from "../identityStore";
import { GroupDanger } from "./GroupDanger";
import { GroupHistory, MyLearnings } from "./GroupHistory";
import { defaultEnd, nextOccurrence } from "./Landing";

export type GroupViewData = Awaited<ReturnType<ApiClient["viewGroup"]>>;

export interface GroupHomeProps {
	readonly api: ApiClient;
	readonly view: GroupViewData;
	readonly member: GroupMember;
	readonly onGone: () => void;
}

const SECTION = { marginTop: 20, display: "grid", gap: 10 } as const;

export function GroupHome({ api, view, member, onGone }: GroupHomeProps) {
	const { locale } = useLocale();
	const g = useMemo(() => groupWords(locale), [locale]);
	const link = groupLink(window.location.origin, view.group.id, view.memberKey);
	const [copied, setCopied] = useState(false);
	return (
		<main style={{ maxWidth: 760, margin: "0 auto", padding: "32px 16px" }} data-testid="group-page">
			<Title2 as="h1">{view.group.name}</Title2>
			<Card style={SECTION}>
				<Field label={g("groupLink")}>
					<Input readOnly value={link} data-testid="group-link" />
				</Field>
				<div>
					<Button
						onClick={() => {
							void navigator.clipboard?.writeText(link).then(
								() => setCopied(true),
								() => setCopied(false),
							);
						}}
					>
						{copied ? g("groupCopied") : g("groupCopy")}
					</Button>
				</div>
			</Card>
			{view.current && <CurrentSession api={api} view={view} member={member} />}
			<Card style={SECTION} data-testid="group-next">
				<Subtitle1 as="h2">{g("groupNext")}</Subtitle1>
				{view.mayCreate ? (
					<>
						<Text>{g("groupNextYou")}</Text>
						<NewSession api={api} groupId={view.group.id} member={member} />
					</>
				) : (
					<Text>{g("groupNextBy", { name: view.nextFacilitatorName || g("groupFormerMember") })}</Text>
				)}
			</Card>
			<Card style={SECTION}>
				<Subtitle1 as="h2">{g("groupMembers")}</Subtitle1>
				<ul style={{ margin: 0, paddingLeft: 20 }} data-testid="group-members">
					{view.members.map((m) => (
						<li key={m.userId}>
							<Text weight={m.userId === member.userId ? "semibold" : "regular"}>{m.name || g("groupFormerMember")}</Text>{" "}
							<Text style={{ color: tokens.colorNeutralForeground3 }}>
								{m.offeredAt.length > 0
									? g("groupOfferedOn", { dates: sessionDates(m.offeredAt, locale) })
									: g("groupNeverOffered")}
							</Text>
						</li>
					))}
				</ul>
			</Card>
			<GroupHistory sessions={view.sessions} />
			<MyLearnings api={api} groupId={view.group.id} ticket={member.ticket} />
			<GroupDanger api={api} view={view} member={member} onGone={onGone} />
			<Credit />
		</main>
	);
}

function CurrentSession({ api, view, member }: { api: ApiClient; view: GroupViewData; member: GroupMember }) {
	const { t, locale } = useLocale();
	const g = groupWords(locale);
	const [busy, setBusy] = useState(false);
	const [error, setError] = useState<string>();
	const current = view.current;
	if (!current) return null;
	async function open() {
		if (!current || busy) return;
		setBusy(true);
		setError(undefined);
		try {
			const identity = await api.joinByGroup(current.workshopId, { ticket: member.ticket });
			identityStore.set(current.workshopId, identity);
			window.location.assign(`/w/${current.workshopId}`);
		} catch (err) {
			setError(describeError(err, t));
			setBusy(false);
		}
	}
	return (
		<Card style={SECTION} data-testid="group-current">
			<Subtitle1 as="h2">{g("groupCurrent", { title: current.title })}</Subtitle1>
			{error && (
				<Text role="alert" style={{ color: "var(--colorPaletteRedForeground1)" }}>
					{error}
				</Text>
			)}
			<div>
				<Button appearance="primary" onClick={() => void open()} disabled={busy}>
					{busy ? <Spinner size="tiny" label={t("joining")} /> : g("groupOpenCurrent")}
				</Button>
			</div>
		</Card>
	);
}

function NewSession({ api, groupId, member }: { api: ApiClient; groupId: string; member: GroupMember }) {
	const { t, locale } = useLocale();
	const g = groupWords(locale);
	const [title, setTitle] = useState("");
	const [end, setEnd] = useState(() => defaultEnd(new Date()));
	const [busy, setBusy] = useState(false);
	const [error, setError] = useState<string>();
	const [titleError, setTitleError] = useState<string>();

	async function submit(event: FormEvent) {
		event.preventDefault();
		if (busy) return;
		const check = checkText("title", title);
		if (!check.ok) {
			setTitleError(check.reason === "textEmpty" ? t("errEmpty") : t("errTooLong", { max: check.max }));
			return;
		}
		setTitleError(undefined);
		const announcedEnd = nextOccurrence(end, new Date());
		if (announcedEnd === undefined) {
			setError(t("errEndTime"));
			return;
		}
		setBusy(true);
		setError(undefined);
		try {
			const created = await api.createGroupWorkshop(groupId, { ticket: member.ticket, title: check.text, announcedEnd });
			identityStore.set(created.workshop.id, created.identity);
			identityStore.setKey(created.workshop.id, created.facilitatorKey);
			groupStore.setCarriedRules(created.workshop.id, created.carried.rules);
			window.location.assign(`/w/${created.workshop.id}`);
		} catch (err) {
			setError(describeError(err, t));
			setBusy(false);
		}
	}

	return (
		<form noValidate onSubmit={(e) => void submit(e)} aria-label={g("groupCreateSession")} style={{ display: "grid", gap: 12 }}>
			<LimitedInput
				field="title"
				name="title"
				label={g("groupSessionTitle")}
				value={title}
				onChange={setTitle}
				required
				error={titleError}
			/>
			<Field label={t("announcedEnd")} required>
				<Input type="time" name="end" value={end} onChange={(_, d) => setEnd(d.value)} />
			</Field>
			{error && (
				<Text role="alert" style={{ color: "var(--colorPaletteRedForeground1)" }}>
					{error}
				</Text>
			)}
			<div>
				<Button appearance="primary" type="submit" disabled={busy}>
					{busy ? <Spinner size="tiny" label={t("creating")} /> : g("groupCreateSession")}
				</Button>
			</div>
		</form>
	);
}
