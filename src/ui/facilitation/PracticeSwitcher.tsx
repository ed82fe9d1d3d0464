/**
 * Practice mode (the kit's "préparation"): one person walks the whole déroulé alone,
 * switching between the facilitator and a few participants. Each is a real identity of
 * the workshop, so every rule holds as in a real session.
 */
import { Badge, Dropdown, Option } from "@fluentui/react-components";
import type { WorkshopSession } from "../../fluid/session";
import { useLocale } from "../i18n";
import { identityStore } from "../identityStore";

export function PracticeSwitcher({ session }: { session: WorkshopSession }) {
	const { t } = useLocale();
	const people = identityStore.getPractice(session.workshopId);
	if (people.length === 0) return null;
	const current = people.find((p) => p.userId === session.me.userId);
	return (
		<div style={{ display: "flex", gap: 8, alignItems: "center" }} data-testid="practice">
			<Badge appearance="tint" color="warning">
				{t("practiceBadge")}
			</Badge>
			<Dropdown
				aria-label={t("playAs")}
				placeholder={t("playAs")}
				value={current?.name ?? ""}
				selectedOptions={current ? [current.userId] : []}
				onOptionSelect={(_, d) => {
					const next = people.find((p) => p.userId === d.optionValue);
					if (!next || next.userId === session.me.userId) return;
					identityStore.set(session.workshopId, next);
					window.location.reload();
				}}
			>
				{people.map((p) => (
					<Option key={p.userId} value={p.userId}>
						{p.name}
					</Option>
				))}
			</Dropdown>
		</div>
	);
}
