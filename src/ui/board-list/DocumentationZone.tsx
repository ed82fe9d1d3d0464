/**
 * Documentation: each person answers yes or no: do they agree that the notes be
 * documented? Once everyone agrees (one no blocks it), the offreur condenses the notes.
 * Everyone reads who agreed, who did not, who has not answered yet, and the result.
 */
import { Text } from "@fluentui/react-components";
import { useState } from "react";
import { agreeDocumentation, writeDocumentation } from "../../fluid/commands/sheets";
import { documentationAnswersOf } from "../../fluid/read";
import { LimitedInput } from "../components/LimitedInput";
import { useTree } from "../hooks";
import { useWorkshop } from "../workshopContext";
import { ActionButton, InlineForm, Muted, rowStyle, Zone } from "./controls";
import { jsonEqual, mayEver, useBoardWords, useMembers, type PanelView } from "./useBoardState";

function AgreeButtons({ answer }: { readonly answer: boolean | undefined }) {
	const { w } = useBoardWords();
	return (
		<fieldset
			style={{ ...rowStyle, border: 0, padding: 0, margin: 0, minInlineSize: 0 }}
			aria-labelledby="agree-doc-question"
			data-testid="agree-documentation"
			data-answer={answer === undefined ? "" : answer ? "yes" : "no"}
		>
			<Text id="agree-doc-question" weight="semibold" block style={{ flexBasis: "100%" }}>
				{w("agreeDocQuestion")}
			</Text>
			<ActionButton
				command={agreeDocumentation}
				args={{ agree: true }}
				appearance={answer === true ? "primary" : "secondary"}
				testId="agree-documentation-yes"
			>
				{w("agreeDocYes")}
			</ActionButton>
			<ActionButton
				command={agreeDocumentation}
				args={{ agree: false }}
				appearance={answer === false ? "primary" : "secondary"}
				testId="agree-documentation-no"
			>
				{w("agreeDocNo")}
			</ActionButton>
		</fieldset>
	);
}

export function DocumentationZone({ view, current }: { readonly view: PanelView; readonly current: boolean }) {
	const { session } = useWorkshop();
	const { w } = useBoardWords();
	const { list: members, nameOf } = useMembers();
	const board = session.boardView.root;
	const agreements = useTree(
		board.agreements,
		() => board.agreements.map((a) => ({ userId: a.userId, agree: a.agree })),
		jsonEqual,
	);
	const documentation = useTree(board, () => board.documentation);
	const [edit, setEdit] = useState<string>();
	const text = edit ?? documentation;
	// Re-read when the members or the answers change (both are read above).
	const answers = documentationAnswersOf(board);
	const mine = agreements.find((a) => a.userId === view.me)?.agree;
	const names = (ids: readonly string[]) => (ids.length === 0 ? w("nobodyListed") : ids.map(nameOf).join(", "));
	const everyone =
		members.some((m) => !m.observer) && answers.agreed.length > 0 && answers.refused.length + answers.notYet.length === 0;

	return (
		<Zone id="documentation" title={w("docTitle")} current={current}>
			{mayEver(view.role, "agreeDocumentation") && <AgreeButtons answer={mine} />}
			<div data-testid="agreements">
				{everyone ? (
					<Text data-testid="everyone-agreed">{w("everyoneAgreed")}</Text>
				) : (
					<>
						<Text as="p" block style={{ margin: 0 }} data-testid="agreed-list">
							{w("agreedList", { names: names(answers.agreed) })}
						</Text>
						<Text as="p" block style={{ margin: 0 }} data-testid="refused-list">
							{w("refusedList", { names: names(answers.refused) })}
						</Text>
						<Text as="p" block style={{ margin: 0 }} data-testid="not-yet-list">
							{w("notYetList", { names: names(answers.notYet) })}
						</Text>
						{answers.refused.length > 0 && <Muted testId="doc-blocked">{w("docBlocked")}</Muted>}
					</>
				)}
			</div>
			{documentation === "" ? (
				<Muted>{w("noDoc")}</Muted>
			) : (
				<Text as="p" block style={{ margin: 0, whiteSpace: "pre-wrap" }} data-testid="documentation">
					{documentation}
				</Text>
			)}
			{mayEver(view.role, "writeDocumentation") && (
				<InlineForm>
					<div style={{ flex: "1 1 320px" }}>
						<LimitedInput
							field="documentation"
							name="documentation"
							label={w("docLabel")}
							value={text}
							onChange={setEdit}
							multiline
						/>
					</div>
					<ActionButton
						command={writeDocumentation}
						args={{ text }}
						onDone={() => setEdit(undefined)}
						appearance="primary"
						testId="save-documentation"
						submit
					>
						{w("saveDoc")}
					</ActionButton>
				</InlineForm>
			)}
		</Zone>
	);
}
