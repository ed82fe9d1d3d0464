/**
 * A shared link asks for a name, then opens the workshop. Which link it is (its key)
 * decides the role: the observer link's page is an observer's page, with nothing to
 * tick to become a participant (the server would not let it anyway).
 */
import { Text } from "@fluentui/react-components";
import type { ApiClient } from "../../api/client";
import type { Identity, WorkshopInfo } from "../../api/types";
import { NameForm } from "../components/NameForm";
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
	const observer = link.role === "observer";
	return (
		<NameForm
			title={info.title}
			heading={t(observer ? "observeTitle" : "joinTitle")}
			hint={
				observer && (
					<Text as="p" block data-testid="observer-hint">
						{t("observeHint")}
					</Text>
				)
			}
			submit={t("join")}
			message={message}
			onName={async (name) => onJoined(await api.join(info.id, name, link.key))}
		/>
	);
}
