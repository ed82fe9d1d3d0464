/** The landing page: create a workshop (title, announced end time, your name); below, "My workshops". */
import { Button, Card, Checkbox, Field, Input, Spinner, Subtitle1, Text, Title2 } from "@fluentui/react-components";
import { useRef, useState, type FormEvent } from "react";
import { ApiError, type ApiClient } from "../../api/client";
import type { Identity } from "../../api/types";
import { announcedEndFrom, endTimeQuestion, endTimeWord } from "../../domain/endTime";
import { checkText } from "../../domain/limits";
import { Credit } from "../components/Credit";
import { LimitedInput } from "../components/LimitedInput";
import { describeError } from "../errors";
import { useLocale } from "../i18n";
import { identityStore } from "../identityStore";
import { lazyPart } from "../Lazy";

/**
 * "My workshops" (its list, badges and delete dialog) is its own chunk: in the browser it shows
 * only once its list has come back non-empty, so it never takes part in the first paint.
 */
const MyWorkshops = lazyPart(() => import("./MyWorkshops").then((m) => m.MyWorkshops), null);

/** "HH:MM" for the next quarter hour three hours from now. */
export function defaultEnd(now: Date): string {
	const d = new Date(now.getTime() + 3 * 3600_000);
	d.setMinutes(Math.ceil(d.getMinutes() / 15) * 15, 0, 0);
	return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
}

/**
 * The next time the clock shows HH:MM (today, or tomorrow if already past). The create
 * form asks before taking a past time as tomorrow (`announcedEndFrom`).
 */
export function nextOccurrence(hhmm: string, now: Date): number | undefined {
	const end = announcedEndFrom(hhmm, now);
	return end.kind === "today" ? end.at : end.kind === "pastToday" ? end.tomorrow : undefined;
}

export function Landing({ api }: { api: ApiClient }) {
	const { t, locale } = useLocale();
	const [title, setTitle] = useState("");
	const [name, setName] = useState("");
	const [suggestedEnd] = useState(() => defaultEnd(new Date()));
	const [end, setEnd] = useState(suggestedEnd);
	const [busy, setBusy] = useState(false);
	const [practice, setPractice] = useState(false);
	const [error, setError] = useState<string>();
	const [fieldErrors, setFieldErrors] = useState<Partial<Record<"title" | "name" | "end", string>>>({});
	/** The end time typed is past today: asked whether tomorrow was meant (and, once said yes, for which time). */
	const [pastEnd, setPastEnd] = useState<{ readonly time: string; readonly confirmed: boolean }>();
	const endInput = useRef<HTMLInputElement>(null);

	async function submit(event?: FormEvent, tomorrowConfirmed = false) {
		event?.preventDefault();
		if (busy) return;
		const errors: typeof fieldErrors = {};
		const titleCheck = checkText("title", title);
		const nameCheck = checkText("name", name);
		if (!titleCheck.ok)
			errors.title = titleCheck.reason === "textEmpty" ? t("errEmpty") : t("errTooLong", { max: titleCheck.max });
		if (!nameCheck.ok) errors.name = nameCheck.reason === "textEmpty" ? t("errEmpty") : t("errTooLong", { max: nameCheck.max });
		const reading = announcedEndFrom(end, new Date());
		// The time the page suggested (three hours ahead) is never asked about: after 21:00 it is tomorrow's.
		const confirmed = tomorrowConfirmed || end === suggestedEnd || (pastEnd?.confirmed === true && pastEnd.time === end);
		const announcedEnd =
			reading.kind === "today" ? reading.at : reading.kind === "pastToday" && confirmed ? reading.tomorrow : undefined;
		if (reading.kind === "invalid") errors.end = t("errEndTime");
		setFieldErrors(errors);
		if (Object.keys(errors).length > 0) return;
		if (reading.kind === "pastToday" && !confirmed) {
			// Never taken silently as tomorrow: ask.
			setPastEnd({ time: end, confirmed: false });
			return;
		}
		if (announcedEnd === undefined) return;
		setBusy(true);
		setError(undefined);
		try {
			const created = await api.createWorkshop(title.trim(), announcedEnd, name.trim());
			identityStore.set(created.workshop.id, created.identity);
			identityStore.setKey(created.workshop.id, created.facilitatorKey);
			if (practice) {
				// One person plays every role in turn: three participants to switch to.
				const people: Identity[] = [created.identity];
				for (const letter of ["A", "B", "C"]) {
					people.push(await api.join(created.workshop.id, t("practicePerson", { letter }), created.participantKey));
				}
				identityStore.setPractice(created.workshop.id, people);
			}
			const search = new URLSearchParams(window.location.search);
			search.delete("observer");
			const query = search.toString();
			window.location.assign(`/w/${created.workshop.id}${query ? `?${query}` : ""}`);
		} catch (err) {
			if (err instanceof ApiError && err.body.field === "announcedEnd") setFieldErrors({ end: t("errEndTime") });
			setError(describeError(err, t));
			setBusy(false);
		}
	}

	return (
		<main style={{ maxWidth: 560, margin: "0 auto", padding: "32px 16px" }}>
			<Title2 as="h1">{t("appName")}</Title2>
			<Text as="p" block>
				{t("tagline")}
			</Text>
			<Card style={{ marginTop: 24 }}>
				{/* noValidate: the app's own messages, in the page's language, instead of the browser's bubble. */}
				<form noValidate onSubmit={(e) => void submit(e)} aria-label={t("createTitle")} style={{ display: "grid", gap: 16 }}>
					<Subtitle1 as="h2">{t("createTitle")}</Subtitle1>
					<LimitedInput
						field="title"
						name="title"
						label={t("workshopTitle")}
						placeholder={t("workshopTitlePlaceholder")}
						value={title}
						onChange={setTitle}
						required
						error={fieldErrors.title}
					/>
					<Field
						label={t("announcedEnd")}
						required
						validationState={fieldErrors.end ? "error" : "none"}
						validationMessage={fieldErrors.end}
					>
						<Input
							ref={endInput}
							type="time"
							name="end"
							value={end}
							onChange={(_, d) => {
								setEnd(d.value);
								setPastEnd(undefined);
							}}
						/>
					</Field>
					{pastEnd && !pastEnd.confirmed && pastEnd.time === end && (
						<div role="alert" data-testid="end-time-past" style={{ display: "grid", gap: 8 }}>
							<Text>{endTimeQuestion(end, locale)}</Text>
							<div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
								<Button
									appearance="primary"
									data-testid="end-time-tomorrow"
									onClick={() => {
										setPastEnd({ time: end, confirmed: true });
										void submit(undefined, true);
									}}
								>
									{endTimeWord("yesTomorrow", end, locale)}
								</Button>
								<Button
									onClick={() => {
										setPastEnd(undefined);
										endInput.current?.focus();
									}}
								>
									{endTimeWord("changeTime", end, locale)}
								</Button>
							</div>
						</div>
					)}
					<LimitedInput
						field="name"
						name="name"
						label={t("yourName")}
						value={name}
						onChange={setName}
						required
						error={fieldErrors.name}
					/>
					<Checkbox checked={practice} onChange={(_, d) => setPractice(d.checked === true)} label={t("practice")} />
					{error && (
						<Text role="alert" style={{ color: "var(--colorPaletteRedForeground1)" }}>
							{error}
						</Text>
					)}
					<Button appearance="primary" type="submit" disabled={busy}>
						{busy ? <Spinner size="tiny" label={t("creating")} /> : t("create")}
					</Button>
				</form>
			</Card>
			<Card style={{ marginTop: 16 }} data-testid="group-cta">
				<Text as="p" block>
					{t("groupCtaHint")}
				</Text>
				<div>
					<Button as="a" href="/g/new">
						{t("groupCta")}
					</Button>
				</div>
			</Card>
			<MyWorkshops api={api} />
			<Credit />
		</main>
	);
}
