/** In the Teams side panel: share the live board to the meeting stage, where sharing is possible. */
import { Button } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { TeamsFeatures } from "../../teams/host";
import { useLocale } from "../i18n";
import { Pill } from "./Pill";

export function ShareToStage({ teams, workshopId }: { teams: TeamsFeatures; workshopId: string }) {
	const { t } = useLocale();
	const [possible, setPossible] = useState(false);
	const [sharing, setSharing] = useState(false);
	useEffect(() => {
		let live = true;
		void teams.canShareToStage().then((can) => live && setPossible(can));
		void teams.isSharingToStage().then((on) => live && setSharing(on));
		return () => {
			live = false;
		};
	}, [teams]);
	if (!possible) return null;
	if (sharing) {
		return (
			<Pill look="success" data-testid="sharing-on-stage">
				{t("sharingOnStage")}
			</Pill>
		);
	}
	return (
		<Button
			appearance="primary"
			size="small"
			data-testid="share-to-stage"
			onClick={() => {
				void teams
					.shareToStage(`${window.location.origin}/w/${workshopId}?host=teams`)
					.then(() => teams.isSharingToStage())
					.then(setSharing);
			}}
		>
			{t("shareToStage")}
		</Button>
	);
}
