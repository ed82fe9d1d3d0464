/** Règles du jeu: always visible; everyone adds what matters to them during the step "regles". */
import { Text } from "@fluentui/react-components";
import { useState } from "react";
import { addRule } from "../../fluid/commands/board";
import { LimitedInput } from "../components/LimitedInput";
import { rulesOf } from "../../fluid/bounded";
import { useTree } from "../hooks";
import { useWorkshop } from "../workshopContext";
import { ActionButton, InlineForm, listStyle, Muted, Zone } from "./controls";
import { jsonEqual, mayNow, useBoardWords, type PanelView } from "./useBoardState";
import { Clamped } from "./Clamped";

export function RulesZone({ view, current }: { readonly view: PanelView; readonly current: boolean }) {
	const { session } = useWorkshop();
	const { w } = useBoardWords();
	const board = session.boardView.root;
	const rules = useTree(board.rules, () => rulesOf(board).map((r) => ({ id: r.id, text: r.text })), jsonEqual);
	const [text, setText] = useState("");
	// The step table says who writes rules when (the command layer's gate).
	const canWrite = mayNow(view, "writeRule");
	return (
		<Zone id="rules" title={w("rulesTitle")} current={current}>
			{rules.length === 0 ? (
				<Muted>{w("noRules")}</Muted>
			) : (
				<ol style={listStyle} data-testid="rules">
					{rules.map((r) => (
						<li key={r.id} data-testid="rule" data-id={r.id}>
							<Text>
								<Clamped text={r.text} />
							</Text>
						</li>
					))}
				</ol>
			)}
			{canWrite && (
				<InlineForm>
					<div style={{ flex: "1 1 240px" }}>
						<LimitedInput field="rule" name="rule" label={w("ruleLabel")} value={text} onChange={setText} />
					</div>
					<ActionButton command={addRule} args={{ text }} onDone={() => setText("")} testId="add-rule" submit>
						{w("addRule")}
					</ActionButton>
				</InlineForm>
			)}
		</Zone>
	);
}
