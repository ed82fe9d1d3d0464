/**
 * A codev group's page (`/g/<id>`): who am I in the group (the membership this browser
 * holds, or the group link's key and a name), then the group itself (see GroupHome).
 */
import { Button, Spinner, Text } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { ApiError, type ApiClient } from "../../api/client";
import type { GroupMember } from "../../api/types";
import { NameForm } from "../components/NameForm";
import { describeError } from "../errors";
import { groupKeyFromHash, groupStore } from "../group/groupStore";
import { groupWords } from "../group/words";
import { useLocale } from "../i18n";
import { GroupHome, type GroupViewData } from "./GroupHome";

type State =
	| { readonly kind: "loading" }
	| { readonly kind: "join"; readonly name: string; readonly key: string }
	| { readonly kind: "ready"; readonly view: GroupViewData; readonly member: GroupMember }
	| { readonly kind: "error"; readonly message: string };

const PAGE = { maxWidth: 760, margin: "0 auto", padding: "32px 16px" } as const;

export function GroupPage({ api, groupId }: { api: ApiClient; groupId: string }) {
	const { t, locale } = useLocale();
	const g = useMemo(() => groupWords(locale), [locale]);
	const [state, setState] = useState<State>({ kind: "loading" });
	const [attempt, setAttempt] = useState(0);

	const load = useCallback(async (): Promise<State> => {
		const key = groupKeyFromHash(window.location.hash);
		if (key) window.history.replaceState(null, "", window.location.pathname + window.location.search);
		const member = groupStore.get(groupId);
		if (member) {
			try {
				return { kind: "ready", view: await api.viewGroup(groupId, { ticket: member.ticket }), member };
			} catch (error) {
				if (!(error instanceof ApiError && (error.status === 403 || error.status === 401))) throw error;
				groupStore.forget(groupId);
			}
		}
		if (!key) return { kind: "error", message: member ? g("groupGone") : g("groupLinkInvalid") };
		const info = await api.getGroup(groupId);
		return { kind: "join", name: info.name, key };
	}, [api, groupId, g]);

	// biome-ignore lint/correctness/useExhaustiveDependencies: a new attempt loads again
	useEffect(() => {
		let live = true;
		load().then(
			(next) => live && setState(next),
			(error: unknown) =>
				live &&
				setState({
					kind: "error",
					message: error instanceof ApiError && error.status === 404 ? g("groupGone") : describeError(error, t),
				}),
		);
		return () => {
			live = false;
		};
	}, [load, attempt]);

	switch (state.kind) {
		case "loading":
			return (
				<main style={PAGE}>
					<Spinner label={g("groupLoading")} />
				</main>
			);
		case "error":
			return (
				<main style={PAGE}>
					<Text role="alert" as="p" block size={400} data-testid="group-error">
						{state.message}
					</Text>
					<Button as="a" href="/" appearance="primary" style={{ marginTop: 16 }}>
						{t("newWorkshop")}
					</Button>
				</main>
			);
		case "join":
			return (
				<GroupJoinForm
					api={api}
					groupId={groupId}
					groupName={state.name}
					linkKey={state.key}
					onJoined={(member) => {
						groupStore.set(member);
						setAttempt((n) => n + 1);
					}}
				/>
			);
		case "ready":
			return (
				<GroupHome
					api={api}
					view={state.view}
					member={state.member}
					onGone={() => {
						groupStore.forget(groupId);
						window.location.assign("/");
					}}
				/>
			);
	}
}

function GroupJoinForm(props: {
	api: ApiClient;
	groupId: string;
	groupName: string;
	linkKey: string;
	onJoined: (member: GroupMember) => void;
}) {
	const { locale } = useLocale();
	const g = groupWords(locale);
	return (
		<NameForm
			title={props.groupName}
			heading={g("groupJoinTitle", { name: props.groupName })}
			submit={g("groupJoin")}
			onName={async (name) => props.onJoined(await props.api.joinGroup(props.groupId, { key: props.linkKey, name }))}
		/>
	);
}
