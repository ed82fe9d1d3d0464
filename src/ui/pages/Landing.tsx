/** The landing page: create a workshop (title, announced end time, your name). */
import { Button, Card, Checkbox, Field, Input, Spinner, Subtitle1, Text, Title2 } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { ApiError, type ApiClient } from "../../api/client";
import type { Identity } from "../../api/types";
import { checkText } from "../../domain/limits";
import { Credit } from "../components/Credit";
import { LimitedInput } from "../components/LimitedInput";
import { describeError } from "../errors";
import { useLocale } from "../i18n";
import { identityStore } from "../identityStore";

/** "HH:MM" for the next quarter hour three hours from now. */
export function defaultEnd(now: Date): string {
	const d = new Date(now.getTime() + 3 * 3600_000);
	d.setMinutes(Math.ceil(d.getMinutes() / 15) * 15, 0, 0);
	return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
}

/** The next time the clock shows HH:MM (today, or tomorrow if already past). */
export function nextOccurrence(hhmm: string, now: Date): number | undefined {
	const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
	if (!match) return undefined;
	const d = new Date(now);
	d.setHours(Number(match[1]), Number(match[2]), 0, 0);
	if (d.getTime() <= now.getTime()) d.setDate(d.getDate() + 1);
	return d.getTime();
}

export function Landing({ api }: { api: ApiClient }) {
	const { t } = useLocale();
	const [title, setTitle] = useState("");
	const [name, setName] = useState("");
	const [end, setEnd] = useState(() => defaultEnd(new Date()));
	const [busy, setBusy] = useState(false);
	const [practice, setPractice] = useState(false);
	const [error, setError] = useState<string>();
	const [fieldErrors, setFieldErrors] = useState<Partial<Record<"title" | "name" | "end", string>>>({});

	async function submit(event: FormEvent) {
		event.preventDefault();
		if (busy) return;
		const errors: typeof fieldErrors = {};
		const titleCheck = checkText("title", title);
		const nameCheck = checkText("name", name);
		if (!titleCheck.ok) errors.title = titleCheck.reason === "textEmpty" ? t("errEmpty") : t("errTooLong", { max: titleCheck.max });
		if (!nameCheck.ok) errors.name = nameCheck.reason === "textEmpty" ? t("errEmpty") : t("errTooLong", { max: nameCheck.max });
		const announcedEnd = nextOccurrence(end, new Date());
		if (announcedEnd === undefined) errors.end = t("errEndTime");
		setFieldErrors(errors);
		if (Object.keys(errors).length > 0 || announcedEnd === undefined) return;
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
					people.push(await api.join(created.workshop.id, t("practicePerson", { letter })));
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
				<form onSubmit={submit} aria-label={t("createTitle")} style={{ display: "grid", gap: 16 }}>
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
						<Input type="time" name="end" value={end} onChange={(_, d) => setEnd(d.value)} />
					</Field>
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
			<Credit />
		</main>
	);
}
