/**
 * "Give your name and come in": the page a shared link opens (a workshop's, a group's).
 * The name is checked as every name is; what the server says goes below, and the name
 * typed stays in the field.
 */
import { Button, Card, Spinner, Subtitle1, Text, Title2 } from "@fluentui/react-components";
import { useState, type FormEvent, type ReactNode } from "react";
import { checkText } from "../../domain/limits";
import { describeError } from "../errors";
import { useLocale } from "../i18n";
import { Credit } from "./Credit";
import { LimitedInput } from "./LimitedInput";

export interface NameFormProps {
	/** The page's heading (the workshop's title, the group's name). */
	readonly title: string;
	/** The form's own heading and accessible name. */
	readonly heading: string;
	readonly hint?: ReactNode;
	readonly submit: string;
	/** A message shown from the start (e.g. why one is asked again). */
	readonly message?: string | undefined;
	/** Joins with the checked name; a rejection is shown to the person. */
	readonly onName: (name: string) => Promise<void>;
}

export function NameForm({ title, heading, hint, submit, message, onName }: NameFormProps) {
	const { t } = useLocale();
	const [name, setName] = useState("");
	const [busy, setBusy] = useState(false);
	const [error, setError] = useState<string | undefined>(message);
	const [nameError, setNameError] = useState<string>();

	async function send(event: FormEvent) {
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
			await onName(check.text);
		} catch (err) {
			setError(describeError(err, t));
			setBusy(false);
		}
	}

	return (
		<main style={{ maxWidth: 560, margin: "0 auto", padding: "32px 16px" }}>
			<Title2 as="h1">{title}</Title2>
			<Card style={{ marginTop: 24 }}>
				<form onSubmit={send} aria-label={heading} style={{ display: "grid", gap: 16 }}>
					<Subtitle1 as="h2">{heading}</Subtitle1>
					{hint}
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
						{busy ? <Spinner size="tiny" label={t("joining")} /> : submit}
					</Button>
				</form>
			</Card>
			<Credit />
		</main>
	);
}
