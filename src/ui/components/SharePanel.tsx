/** The facilitator's links: the participant link to share, their own (secret) link, the observer link. */
import { Button, Card, Field, Input, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
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

export function SharePanel({ workshopId }: { workshopId: string }) {
	const { t } = useLocale();
	const links = workshopLinks(window.location.origin, workshopId, identityStore.getKey(workshopId));
	return (
		<Card aria-labelledby="share-title">
			<Subtitle2 as="h2" id="share-title">
				{t("shareTitle")}
			</Subtitle2>
			<CopyField label={t("participantLink")} value={links.participant} testId="participant-link" />
			<CopyField label={t("observerLink")} value={links.observer} testId="observer-link" />
			<CopyField label={t("facilitatorLink")} value={links.facilitator} testId="facilitator-link" />
		</Card>
	);
}
