/**
 * A shared link asks for a name, then opens the workshop. Which link it is (its key)
 * decides the role: the observer link's page is an observer's page, with nothing to
 * tick to become a participant (the server would not let it anyway).
 */
import { Button, Card, Spinner, Subtitle1, Text, Title2 } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { ApiClient } from "../../api/client";
import type { Identity, WorkshopInfo } from "../../api/types";
import { checkText } from "../../domain/limits";
import { Credit } from "../components/Credit";
import { LimitedInput } from "../components/LimitedInput";
import { describeError } from "../errors";
import { useLocale } from "../i18n";
import type { LinkKey } from "../links";

export interface JoinFormProps {
	readonly api: ApiClient;
	readonly info: WorkshopInfo;
	readonly message?: string | undefined;
	/** The shared link's key (participant or observer link). */
	readonly link: LinkKey;
	readonly onJoined: (identity: Identity) => void;
}

export function JoinForm({ api, info, message, link, onJoined }: JoinFormProps) {
	const { t } = useLocale();
	const [name, setName] = useState("");
	const observer = link.role === "observer";
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
			onJoined(await api.join(info.id, check.text, link.key));
		} catch (err) {
			setError(describeError(err, t));
			setBusy(false);
		}
	}

	return (
		<main style={{ maxWidth: 560, margin: "0 auto", padding: "32px 16px" }}>
			<Title2 as="h1">{info.title}</Title2>
			<Card style={{ marginTop: 24 }}>
				<form onSubmit={submit} aria-label={t(observer ? "observeTitle" : "joinTitle")} style={{ display: "grid", gap: 16 }}>
					<Subtitle1 as="h2">{t(observer ? "observeTitle" : "joinTitle")}</Subtitle1>
					{observer && (
						<Text as="p" block data-testid="observer-hint">
							{t("observeHint")}
						</Text>
					)}
					<LimitedInput
						field="name"
						name="name"
						label={t("yourName")}
						value={name}
						onChange={setName}
						required
						error={nameError}
					/>
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
