/** The participant link asks for a name, then opens the workshop. */
import { Button, Card, Checkbox, Spinner, Subtitle1, Text, Title2 } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { ApiClient } from "../../api/client";
import type { Identity, WorkshopInfo } from "../../api/types";
import { checkText } from "../../domain/limits";
import { Credit } from "../components/Credit";
import { LimitedInput } from "../components/LimitedInput";
import { describeError } from "../errors";
import { useLocale } from "../i18n";

export interface JoinFormProps {
	readonly api: ApiClient;
	readonly info: WorkshopInfo;
	readonly message?: string | undefined;
	readonly observer: boolean;
	readonly onJoined: (identity: Identity) => void;
}

export function JoinForm({ api, info, message, observer: observerLink, onJoined }: JoinFormProps) {
	const { t } = useLocale();
	const [name, setName] = useState("");
	const [observer, setObserver] = useState(observerLink);
	const [busy, setBusy] = useState(false);
	const [error, setError] = useState<string | undefined>(message);
	const [nameError, setNameError] = useState<string>();

	async function submit(event: FormEvent) {
		event.preventDefault();
		if (busy) return;
		const check = checkText("name", name);
		if (!check.ok) {
			setNameError(check.reason === "textEmpty" ? t("errEmpty") : t("errTooLong", { max: check.max }));
			return;
		}
		setNameError(undefined);
		setBusy(true);
		try {
			onJoined(await api.join(info.id, check.text, observer));
		} catch (err) {
			setError(describeError(err, t));
			setBusy(false);
		}
	}

	return (
		<main style={{ maxWidth: 560, margin: "0 auto", padding: "32px 16px" }}>
			<Title2 as="h1">{info.title}</Title2>
			<Card style={{ marginTop: 24 }}>
				<form onSubmit={submit} aria-label={t("joinTitle")} style={{ display: "grid", gap: 16 }}>
					<Subtitle1 as="h2">{t("joinTitle")}</Subtitle1>
					<LimitedInput
						field="name"
						name="name"
						label={t("yourName")}
						value={name}
						onChange={setName}
						required
						error={nameError}
					/>
					<Checkbox checked={observer} onChange={(_, d) => setObserver(d.checked === true)} label={t("observe")} />
					{error && (
						<Text role="alert" style={{ color: "var(--colorPaletteRedForeground1)" }}>
							{error}
						</Text>
					)}
					<Button appearance="primary" type="submit" disabled={busy}>
						{busy ? <Spinner size="tiny" label={t("joining")} /> : t("join")}
					</Button>
				</form>
			</Card>
			<Credit />
		</main>
	);
}
