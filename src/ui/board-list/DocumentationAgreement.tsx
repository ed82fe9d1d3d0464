/**
 * Each person's answer about the documentation (yes with my name, yes anonymously, no —
 * and then, if they wish, why), and where the group stands: who agreed (with their name
 * or anonymously), who has not answered, and each no with its reason, shown to all.
 */
import { Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { DocumentationStanding } from "../../domain/agreement";
import { agreeDocumentation } from "../../fluid/commands/sheets";
import { LimitedInput } from "../components/LimitedInput";
import { ActionButton, InlineForm, Muted, rowStyle } from "./controls";
import { useBoardWords } from "./useBoardState";

export interface MyAnswer {
	readonly agree: boolean;
	readonly anonymous: boolean;
	readonly reason: string;
}

export function AgreeButtons({ mine }: { readonly mine: MyAnswer | undefined }) {
	const { w } = useBoardWords();
	const [reason, setReason] = useState<string>();
	const answer = mine === undefined ? "" : !mine.agree ? "no" : mine.anonymous ? "anonymous" : "yes";
	const typed = reason ?? mine?.reason ?? "";
	return (
		<fieldset
			style={{ ...rowStyle, border: 0, padding: 0, margin: 0, minInlineSize: 0 }}
			aria-labelledby="agree-doc-question"
			data-testid="agree-documentation"
			data-answer={answer}
		>
			<Text id="agree-doc-question" weight="semibold" block style={{ flexBasis: "100%" }}>
				{w("agreeDocQuestion")}
			</Text>
			<ActionButton
				command={agreeDocumentation}
				args={{ agree: true, anonymous: false }}
				appearance={answer === "yes" ? "primary" : "secondary"}
				testId="agree-documentation-yes"
			>
				{w("agreeWithName")}
			</ActionButton>
			<ActionButton
				command={agreeDocumentation}
				args={{ agree: true, anonymous: true }}
				appearance={answer === "anonymous" ? "primary" : "secondary"}
				testId="agree-documentation-anonymous"
				describedBy="agree-anonymous-hint"
			>
				{w("agreeAnonymously")}
			</ActionButton>
			<ActionButton
				command={agreeDocumentation}
				args={{ agree: false }}
				appearance={answer === "no" ? "primary" : "secondary"}
				testId="agree-documentation-no"
			>
				{w("agreeDocNo")}
			</ActionButton>
			<Text id="agree-anonymous-hint" size={200} block style={{ flexBasis: "100%", color: tokens.colorNeutralForeground3 }}>
				{w("agreeAnonymousHint")}
			</Text>
			{answer === "no" && (
				<div style={{ flexBasis: "100%" }}>
					<InlineForm>
						<div style={{ flex: "1 1 200px" }}>
							<LimitedInput field="reason" name="doc-reason" label={w("reasonLabel")} value={typed} onChange={setReason} />
						</div>
						<ActionButton
							command={agreeDocumentation}
							args={{ agree: false, reason: typed }}
							onDone={() => setReason(undefined)}
							testId="send-reason"
							submit
						>
							{w("sendReason")}
						</ActionButton>
					</InlineForm>
				</div>
			)}
		</fieldset>
	);
}

export function AgreementStanding({
	standing,
	nameOf,
}: {
	readonly standing: DocumentationStanding;
	readonly nameOf: (id: string) => string;
}) {
	const { w } = useBoardWords();
	const names = (ids: readonly string[]) => (ids.length === 0 ? w("nobodyListed") : ids.map(nameOf).join(", "));
	const line = (text: string, testId: string) => (
		<Text as="p" block style={{ margin: 0 }} data-testid={testId}>
			{text}
		</Text>
	);
	return (
		<div data-testid="agreements" data-status={standing.status}>
			{standing.status === "open" && <Text data-testid="everyone-agreed">{w("everyoneAgreed")}</Text>}
			{standing.status !== "open" && (
				<>
					{line(w("agreedList", { names: names(standing.named) }), "agreed-list")}
					{standing.anonymous.length > 0 && line(w("anonymousList", { names: names(standing.anonymous) }), "anonymous-list")}
					{line(w("refusedList", { names: names(standing.refused.map((r) => r.userId)) }), "refused-list")}
					{line(w("notYetList", { names: names(standing.notYet) }), "not-yet-list")}
				</>
			)}
			{standing.refused.map((r) => (
				<div key={r.userId} data-testid="doc-refusal" role="status">
					<Text as="p" block weight="semibold" style={{ margin: 0, color: tokens.colorPaletteRedForeground1 }}>
						{w("refusedBy", { name: nameOf(r.userId) })}
					</Text>
					{r.reason && (
						<Text as="p" block style={{ margin: 0, overflowWrap: "anywhere" }} data-testid="doc-refusal-reason">
							{w("refusedReason", { reason: r.reason })}
						</Text>
					)}
				</div>
			))}
			{standing.status === "blocked" && <Muted testId="doc-blocked">{w("docBlocked")}</Muted>}
		</div>
	);
}
