/** Formulation: "J'aimerais que le groupe m'aide à …", written by the offreur in reformulation, read by all. */
import { Card, Text } from "@fluentui/react-components";
import { useState } from "react";
import { writeFormulation } from "../../fluid/commands/sheets";
import { LimitedInput } from "../components/LimitedInput";
import { formulationOf } from "../../fluid/bounded";
import { useTree } from "../hooks";
import { useWorkshop } from "../workshopContext";
import { ActionButton, InlineForm, Muted, Zone } from "./controls";
import { mayNow, useBoardWords, type PanelView } from "./useBoardState";

export function FormulationZone({ view, current }: { readonly view: PanelView; readonly current: boolean }) {
	const { session } = useWorkshop();
	const { w } = useBoardWords();
	const board = session.boardView.root;
	const formulation = useTree(board, () => formulationOf(board));
	// My edit in progress; undefined means "show what is on the board".
	const [edit, setEdit] = useState<string>();
	const text = edit ?? formulation;
	return (
		<Zone id="formulation" title={w("formulationTitle")} current={current}>
			<Card appearance="outline" data-testid="formulation-card">
				<Text weight="semibold">{w("formulationLead")}</Text>
				{formulation === "" ? (
					<Muted testId="formulation-empty">{w("formulationEmpty")}</Muted>
				) : (
					<Text as="p" block style={{ margin: 0, whiteSpace: "pre-wrap" }} data-testid="formulation">
						{formulation}
					</Text>
				)}
			</Card>
			{mayNow(view, "writeFormulation") && (
				<InlineForm>
					<div style={{ flex: "1 1 280px" }}>
						<LimitedInput
							field="formulation"
							name="formulation"
							label={w("formulationLabel")}
							value={text}
							onChange={setEdit}
							multiline
						/>
					</div>
					<ActionButton
						command={writeFormulation}
						args={{ text }}
						onDone={() => setEdit(undefined)}
						appearance="primary"
						testId="save-formulation"
						submit
					>
						{w("saveFormulation")}
					</ActionButton>
				</InlineForm>
			)}
		</Zone>
	);
}
