/**
 * The facilitator's links: the participant link to share, the observer link (read only:
 * its own key, so it cannot be turned into the other), and their own (secret) link. The
 * two shared keys come from the server, asked with the facilitator's ticket.
 */
import { Button, Card, Field, Input, Spinner, Subtitle2, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { ApiClient } from "../../api/client";
import type { LinkKeys } from "../../api/types";
import { describeError } from "../errors";
import { useLocale } from "../i18n";
import { identityStore } from "../identityStore";
import { workshopLinks } from "../links";

function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
	const { t } = useLocale();
	const [copied, setCopied] = useState(false);
	return (
		<Field label={label}>
			<div style={{ display: "flex", gap: 4 }}>
				<Input readOnly value={value} data-testid={testId} style={{ flex: 1, minWidth: 0 }} />
				<Button
					onClick={() => {
						void navigator.clipboard?.writeText(value).then(
							() => setCopied(true),
							() => setCopied(false),
						);
					}}
				>
					{copied ? t("copied") : t("copy")}
				</Button>
			</div>
		</Field>
	);
}

export function SharePanel({ workshopId, ticket }: { workshopId: string; ticket: string }) {
	const { t } = useLocale();
	const [shared, setShared] = useState<LinkKeys>();
	const [error, setError] = useState<string>();
	useEffect(() => {
		let live = true;
		new ApiClient().linkKeys(workshopId, { ticket }).then(
			(keys) => live && setShared(keys),
			(err: unknown) => live && setError(describeError(err, t)),
		);
		return () => {
			live = false;
		};
	}, [workshopId, ticket, t]);
	const links = workshopLinks(window.location.origin, workshopId, identityStore.getKey(workshopId), shared);
	return (
		<Card aria-labelledby="share-title">
			<Subtitle2 as="h2" id="share-title">
				{t("shareTitle")}
			</Subtitle2>
			{shared ? (
				<>
					<CopyField label={t("participantLink")} value={links.participant} testId="participant-link" />
					<CopyField label={t("observerLink")} value={links.observer} testId="observer-link" />
				</>
			) : error ? (
				<Text role="alert">{error}</Text>
			) : (
				<Spinner size="tiny" label={t("linksLoading")} />
			)}
			<CopyField label={t("facilitatorLink")} value={links.facilitator} testId="facilitator-link" />
		</Card>
	);
}
