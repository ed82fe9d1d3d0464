/**
 * The tab's configuration page in Teams: adding the app to a meeting creates the
 * workshop (or finds the one already set up in this meeting), with the person setting it
 * up as facilitator, and saves the tab with the URL that carries the workshop and the
 * Teams marker, so every participant opens the same workshop. Below, the workshops this
 * Teams user facilitates, to delete for good ("Mes ateliers").
 */
import { Card, Field, Input, Subtitle1, Text } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { ApiClient } from "../../api/client";
import { checkText } from "../../domain/limits";
import type { TeamsFeatures } from "../../teams/host";
import { Credit } from "../components/Credit";
import { LimitedInput } from "../components/LimitedInput";
import { describeError } from "../errors";
import { useLocale } from "../i18n";
import { groupStore } from "../group/groupStore";
import { identityStore } from "../identityStore";
import { defaultEnd, nextOccurrence } from "./Landing";
import { MyWorkshops } from "./MyWorkshops";

export function TeamsConfigPage({ api, teams }: { api: ApiClient; teams: TeamsFeatures }) {
	const { t } = useLocale();
	const [title, setTitle] = useState("");
	const [end, setEnd] = useState(() => defaultEnd(new Date()));
	const [error, setError] = useState<string>();
	const form = useRef({ title, end });
	form.current = { title, end };

	useEffect(() => {
		teams.onSave(async () => {
			try {
				const announcedEnd = nextOccurrence(form.current.end, new Date());
				if (announcedEnd === undefined) throw new Error(t("errEndTime"));
				const setup = await api.teamsWorkshop(
					await teams.getSsoToken(),
					teams.meetingId,
					form.current.title.trim(),
					announcedEnd,
				);
				identityStore.set(setup.workshop.id, setup.identity);
				if (setup.group) groupStore.set(setup.group);
				if (setup.carried) groupStore.setCarriedRules(setup.workshop.id, setup.carried.rules);
				if (setup.facilitatorKey) identityStore.setKey(setup.workshop.id, setup.facilitatorKey);
				const page = `${window.location.origin}/w/${setup.workshop.id}`;
				return { contentUrl: `${page}?host=teams`, websiteUrl: page, entityId: setup.workshop.id, name: setup.workshop.title };
			} catch (err) {
				setError(describeError(err, t));
				throw err;
			}
		});
	}, [api, teams, t]);

	useEffect(() => {
		teams.setValid(checkText("title", title).ok && nextOccurrence(end, new Date()) !== undefined);
	}, [teams, title, end]);

	return (
		<main style={{ maxWidth: 560, margin: "0 auto", padding: 16 }}>
			<Card>
				<Subtitle1 as="h1">{t("createTitle")}</Subtitle1>
				<LimitedInput field="title" name="title" label={t("workshopTitle")} value={title} onChange={setTitle} required />
				<Field label={t("announcedEnd")} required>
					<Input type="time" name="end" value={end} onChange={(_, d) => setEnd(d.value)} />
				</Field>
				<Text size={200}>{t("teamsConfigHint")}</Text>
				{error && <Text role="alert">{error}</Text>}
			</Card>
			<MyWorkshops api={api} teams={teams} />
			<Credit />
		</main>
	);
}
