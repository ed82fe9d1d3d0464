/** Creating a codev group (`/g/new`): its name and yours; you are its first member and facilitate its first session. */
import { Button, Card, Spinner, Subtitle1, Text, Title2 } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { ApiClient } from "../../api/client";
import { checkText } from "../../domain/limits";
import { Credit } from "../components/Credit";
import { LimitedInput } from "../components/LimitedInput";
import { describeError } from "../errors";
import { groupStore } from "../group/groupStore";
import { groupWords } from "../group/words";
import { useLocale } from "../i18n";

export function GroupCreatePage({ api }: { api: ApiClient }) {
	const { t, locale } = useLocale();
	const g = groupWords(locale);
	const [name, setName] = useState("");
	const [you, setYou] = useState("");
	const [busy, setBusy] = useState(false);
	const [error, setError] = useState<string>();
	const [errors, setErrors] = useState<{ name?: string; you?: string }>({});

	async function submit(event: FormEvent) {
		event.preventDefault();
		if (busy) return;
		const groupName = checkText("groupName", name);
		const yourName = checkText("name", you);
		const message = (check: typeof yourName) =>
			check.ok ? undefined : check.reason === "textEmpty" ? t("errEmpty") : t("errTooLong", { max: check.max });
		const next = { name: message(groupName), you: message(yourName) };
		setErrors(next);
		if (!groupName.ok || !yourName.ok) return;
		setBusy(true);
		setError(undefined);
		try {
			const created = await api.createGroup({ name: groupName.text, facilitatorName: yourName.text });
			groupStore.set(created.member);
			window.location.assign(`/g/${created.group.id}`);
		} catch (err) {
			setError(describeError(err, t));
			setBusy(false);
		}
	}

	return (
		<main style={{ maxWidth: 560, margin: "0 auto", padding: "32px 16px" }}>
			<Title2 as="h1">{t("appName")}</Title2>
			<Card style={{ marginTop: 24 }}>
				<form noValidate onSubmit={(e) => void submit(e)} aria-label={g("groupCreateTitle")} style={{ display: "grid", gap: 16 }}>
					<Subtitle1 as="h2">{g("groupCreateTitle")}</Subtitle1>
					<Text as="p" block>
						{g("groupCreateHint")}
					</Text>
					<LimitedInput
						field="groupName"
						name="groupName"
						label={g("groupName")}
						placeholder={g("groupNamePlaceholder")}
						value={name}
						onChange={setName}
						required
						error={errors.name}
					/>
					<LimitedInput
						field="name"
						name="name"
						label={t("yourName")}
						value={you}
						onChange={setYou}
						required
						error={errors.you}
					/>
					{error && (
						<Text role="alert" style={{ color: "var(--colorPaletteRedForeground1)" }}>
							{error}
						</Text>
					)}
					<Button appearance="primary" type="submit" disabled={busy}>
						{busy ? <Spinner size="tiny" label={t("creating")} /> : g("groupCreate")}
					</Button>
				</form>
			</Card>
			<Credit />
		</main>
	);
}
