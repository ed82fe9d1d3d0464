/** Apprentissages: the offreur (partage) then each contributor (partage des contributeurs) shares what they leave with. */
import { Text } from "@fluentui/react-components";
import { useState } from "react";
import { addLearning } from "../../fluid/commands/sheets";
import { LimitedInput } from "../components/LimitedInput";
import { learningsOf } from "../../fluid/bounded";
import { useTree } from "../hooks";
import { useWorkshop } from "../workshopContext";
import { ActionButton, InlineForm, listStyle, Muted, Zone } from "./controls";
import { jsonEqual, mayNow, useBoardWords, useMembers, type PanelView } from "./useBoardState";
import { Clamped } from "./Clamped";

export function LearningsZone({ view, current }: { readonly view: PanelView; readonly current: boolean }) {
	const { session } = useWorkshop();
	const { w } = useBoardWords();
	const { nameOf } = useMembers();
	const board = session.boardView.root;
	const learnings = useTree(board.learnings, () => learningsOf(board), jsonEqual);
	const [text, setText] = useState("");
	return (
		<Zone id="learnings" title={w("learningsTitle")} current={current}>
			{learnings.length === 0 ? (
				<Muted>{w("noLearnings")}</Muted>
			) : (
				<ul style={listStyle} data-testid="learnings">
					{learnings.map((l) => (
						<li key={l.id} data-testid="learning" data-id={l.id}>
							<Text weight="semibold">{nameOf(l.authorId)}</Text> — <Clamped text={l.text} />
						</li>
					))}
				</ul>
			)}
			{mayNow(view, "writeLearning") && (
				<InlineForm>
					<div style={{ flex: "1 1 280px" }}>
						<LimitedInput field="learning" name="learning" label={w("learningLabel")} value={text} onChange={setText} />
					</div>
					<ActionButton command={addLearning} args={{ text }} onDone={() => setText("")} testId="add-learning" submit>
						{w("addLearning")}
					</ActionButton>
				</InlineForm>
			)}
		</Zone>
	);
}
