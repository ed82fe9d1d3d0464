/**
 * The group's past sessions (newest first): date, facilitator, offreur, their request to
 * the group, the plan with its returns, and the documentation when everyone agreed to keep
 * it. Below, my own learnings across the sessions, which only I see.
 */
import { Button, Card, Spinner, Subtitle1, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ApiClient } from "../../api/client";
import { describeError } from "../errors";
import { actionLine, returnLine } from "../group/returns";
import { groupWords, sessionDate } from "../group/words";
import { useLocale } from "../i18n";
import type { GroupViewData } from "./GroupHome";

type Session = GroupViewData["sessions"][number];
const SECTION = { marginTop: 20, display: "grid", gap: 10 } as const;
const MUTED = { color: tokens.colorNeutralForeground3 } as const;

export function GroupHistory({ sessions }: { readonly sessions: readonly Session[] }) {
	const { locale } = useLocale();
	const g = groupWords(locale);
	return (
		<Card style={SECTION}>
			<Subtitle1 as="h2">{g("groupHistory")}</Subtitle1>
			{sessions.length === 0 && <Text style={MUTED}>{g("groupNoSession")}</Text>}
			<ol style={{ margin: 0, paddingLeft: 20, display: "grid", gap: 14 }} data-testid="group-history">
				{sessions.map((s) => (
					<li key={s.workshopId} data-testid="group-session" style={{ overflowWrap: "anywhere" }}>
						<Subtitle2 as="h3" block>
							{s.title}
						</Subtitle2>
						<Text block style={MUTED}>
							{g("groupSessionLine", {
								date: sessionDate(s.date, locale),
								facilitator: s.facilitatorName || g("groupFormerMember"),
							})}
						</Text>
						<Text block>
							{s.offreur ? g("groupSessionOffreur", { name: s.offreur.name || g("groupFormerMember") }) : g("groupNoOffreur")}
						</Text>
						{s.formulation && <Text block>{g("groupFormulation", { text: s.formulation })}</Text>}
						{s.plan.length > 0 && (
							<>
								<Text block weight="semibold" style={{ marginTop: 4 }}>
									{g("groupPlan")}
								</Text>
								<ul style={{ margin: 0, paddingLeft: 20 }}>
									{s.plan.map((a) => (
										<li key={a.id}>
											{actionLine(a, locale)}
											<Text style={MUTED}> · {a.return ? returnLine(a.return, g, locale) : g("returnNone")}</Text>
										</li>
									))}
								</ul>
							</>
						)}
						{s.documentation && (
							<details style={{ marginTop: 4 }}>
								<summary style={{ cursor: "pointer" }}>{g("groupDocumentation")}</summary>
								<Text as="p" block style={{ whiteSpace: "pre-wrap" }}>
									{s.documentation}
								</Text>
							</details>
						)}
					</li>
				))}
			</ol>
		</Card>
	);
}

type Learnings = Awaited<ReturnType<ApiClient["myLearnings"]>>;

export function MyLearnings({ api, groupId, ticket }: { api: ApiClient; groupId: string; ticket: string }) {
	const { t, locale } = useLocale();
	const g = groupWords(locale);
	const [state, setState] = useState<
		{ kind: "closed" } | { kind: "loading" } | { kind: "ready"; data: Learnings } | { kind: "error"; message: string }
	>({
		kind: "closed",
	});
	function load() {
		setState({ kind: "loading" });
		api.myLearnings(groupId, { ticket }).then(
			(data) => setState({ kind: "ready", data }),
			(error: unknown) => setState({ kind: "error", message: describeError(error, t) }),
		);
	}
	return (
		<Card style={SECTION} data-testid="my-learnings">
			<Subtitle1 as="h2">{g("groupMyLearnings")}</Subtitle1>
			{state.kind === "closed" && (
				<div>
					<Button onClick={load}>{g("groupMyLearnings")}</Button>
				</div>
			)}
			{state.kind === "loading" && <Spinner size="tiny" />}
			{state.kind === "error" && <Text role="alert">{state.message}</Text>}
			{state.kind === "ready" &&
				(state.data.sessions.every((s) => s.learnings.length === 0) ? (
					<Text style={MUTED}>{g("groupNoLearnings")}</Text>
				) : (
					<ul style={{ margin: 0, paddingLeft: 20 }}>
						{state.data.sessions
							.filter((s) => s.learnings.length > 0)
							.map((s) => (
								<li key={s.workshopId} style={{ overflowWrap: "anywhere" }}>
									<Text weight="semibold">
										{s.title} ({sessionDate(s.date, locale)})
									</Text>
									<ul style={{ paddingLeft: 20 }}>
										{s.learnings.map((l, i) => (
											// biome-ignore lint/suspicious/noArrayIndexKey: a learning's text and place are its identity here
											<li key={i} data-testid="my-learning">
												{l}
											</li>
										))}
									</ul>
								</li>
							))}
					</ul>
				))}
		</Card>
	);
}
