/**
 * Documentation: each person says whether they agree that the notes be documented; once
 * everyone agrees, the offreur condenses the notes. Everyone reads the result.
 */
import { Switch, Text } from "@fluentui/react-components";
import { useState } from "react";
import { refusalMessage } from "../../domain/messages";
import { canRun } from "../../fluid/commands/command";
import { agreeDocumentation, writeDocumentation } from "../../fluid/commands/sheets";
import { LimitedInput } from "../components/LimitedInput";
import { useTree } from "../hooks";
import { useWorkshop } from "../workshopContext";
import { ActionButton, InlineForm, Muted, RefusalText, Zone } from "./controls";
import { jsonEqual, mayEver, useBoardWords, useMembers, type PanelView } from "./useBoardState";

function AgreeSwitch({ agreed }: { readonly agreed: boolean }) {
	const { session } = useWorkshop();
	const { w, locale } = useBoardWords();
	const [refusal, setRefusal] = useState<string>();
	const verdict = canRun(agreeDocumentation, session.context(), { agree: !agreed });
	return (
		<div>
			<Switch
				label={w("agreeDoc")}
				checked={agreed}
				disabled={!verdict.ok}
				data-testid="agree-documentation"
				onChange={(_, d) => {
					const result = session.run(agreeDocumentation, { agree: d.checked });
					setRefusal(result.ok ? undefined : refusalMessage(result.reason, locale));
				}}
			/>
			<RefusalText message={refusal} />
		</div>
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
	const people = members.filter((m) => !m.observer).map((m) => m.id);
	const agreedIds = people.filter((id) => agreements.some((a) => a.userId === id && a.agree));
	const notYet = people.filter((id) => !agreedIds.includes(id));
	const names = (ids: readonly string[]) => (ids.length === 0 ? w("nobody") : ids.map(nameOf).join(", "));

	return (
		<Zone id="documentation" title={w("docTitle")} current={current}>
			{mayEver(view.role, "agreeDocumentation") && <AgreeSwitch agreed={agreedIds.includes(view.me)} />}
			<div data-testid="agreements">
				{people.length > 0 && notYet.length === 0 ? (
					<Text data-testid="everyone-agreed">{w("everyoneAgreed")}</Text>
				) : (
					<>
						<Text as="p" block style={{ margin: 0 }}>
							{w("agreedList", { names: names(agreedIds) })}
						</Text>
						<Text as="p" block style={{ margin: 0 }}>
							{w("notYetList", { names: names(notYet) })}
						</Text>
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
						<LimitedInput field="documentation" name="documentation" label={w("docLabel")} value={text} onChange={setEdit} multiline />
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
