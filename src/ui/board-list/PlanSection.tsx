/**
 * "Mon plan d'action": the offreur adds actions (with, if possible, a when), edits them,
 * reorders them with Monter / Descendre, removes them. Everyone reads the plan.
 */
import { Button, Field, Input, Text } from "@fluentui/react-components";
import { whenOf } from "../../domain/documentation";
import { useEffect, useState } from "react";
import { addPlanAction, editPlanAction, movePlanAction, removePlanAction } from "../../fluid/commands/sheets";
import { LimitedInput } from "../components/LimitedInput";
import { planOf } from "../../fluid/bounded";
import { useTree } from "../hooks";
import { useWorkshop } from "../workshopContext";
import { ActionButton, InlineForm, listStyle, Muted, rowStyle, SubHeading, WritingScope } from "./controls";
import { jsonEqual, mayEver, useBoardWords, type PanelView } from "./useBoardState";

interface PlanItem {
	readonly id: string;
	readonly text: string;
	readonly when: string;
	readonly due: string;
}

function ActionFields(props: {
	readonly text: string;
	readonly when: string;
	readonly due: string;
	readonly onText: (v: string) => void;
	readonly onWhen: (v: string) => void;
	readonly onDue: (v: string) => void;
}) {
	const { w } = useBoardWords();
	return (
		<>
			<div style={{ flex: "2 1 240px" }}>
				<LimitedInput field="action" name="plan-text" label={w("actionLabel")} value={props.text} onChange={props.onText} />
			</div>
			<div style={{ flex: "1 1 140px" }}>
				<LimitedInput field="when" name="plan-when" label={w("whenLabel")} value={props.when} onChange={props.onWhen} />
			</div>
			<div style={{ flex: "1 1 140px" }}>
				<Field label={w("dueLabel")}>
					<Input type="date" name="plan-due" value={props.due} onChange={(_, d) => props.onDue(d.value)} />
				</Field>
			</div>
		</>
	);
}

function EditAction({ item, onClose }: { readonly item: PlanItem; readonly onClose: () => void }) {
	const { w } = useBoardWords();
	const [text, setText] = useState(item.text);
	const [when, setWhen] = useState(item.when);
	const [due, setDue] = useState(item.due);
	return (
		<InlineForm>
			<ActionFields text={text} when={when} due={due} onText={setText} onWhen={setWhen} onDue={setDue} />
			<ActionButton
				command={editPlanAction}
				args={{ actionId: item.id, text, when, due }}
				onDone={onClose}
				testId="save-action"
				submit
			>
				{w("save")}
			</ActionButton>
			<Button onClick={onClose}>{w("cancel")}</Button>
		</InlineForm>
	);
}

export function PlanSection({ view }: { readonly view: PanelView }) {
	const { session } = useWorkshop();
	const { w, locale } = useBoardWords();
	const board = session.boardView.root;
	const plan = useTree(
		board.plan,
		(): PlanItem[] => planOf(board).map((p) => ({ id: p.id, text: p.text, when: p.when, due: p.due ?? "" })),
		jsonEqual,
	);
	const [text, setText] = useState("");
	const [when, setWhen] = useState("");
	const [due, setDue] = useState("");
	const [editing, setEditing] = useState<string>();
	// After a move, keep the focus on the moved action (its button, or the other one at an end).
	const [follow, setFollow] = useState<{ readonly id: string; readonly button: "move-up" | "move-down" }>();
	// biome-ignore lint/correctness/useExhaustiveDependencies: runs again once the moved list has re-rendered
	useEffect(() => {
		if (!follow) return;
		const row = document.querySelector(`[data-testid="plan-action"][data-id="${CSS.escape(follow.id)}"]`);
		const other = follow.button === "move-up" ? "move-down" : "move-up";
		(
			row?.querySelector<HTMLElement>(`[data-testid="${follow.button}"]`) ??
			row?.querySelector<HTMLElement>(`[data-testid="${other}"]`)
		)?.focus();
		setFollow(undefined);
	}, [follow, plan]);
	const writer = mayEver(view.role, "writePlan");

	return (
		<div style={{ display: "grid", gap: 6 }} data-testid="plan">
			<SubHeading>{w("planTitle")}</SubHeading>
			<Muted>{w("planHint")}</Muted>
			{plan.length === 0 ? (
				<Muted>{w("noActions")}</Muted>
			) : (
				<ol style={listStyle} data-testid="plan-actions">
					{plan.map((item, i) => (
						<li key={item.id} data-testid="plan-action" data-id={item.id} data-when={item.when} data-due={item.due}>
							{editing === item.id ? (
								<EditAction item={item} onClose={() => setEditing(undefined)} />
							) : (
								<>
									<Text as="p" block style={{ margin: 0 }} data-testid="plan-action-text">
										{item.text}
									</Text>
									{(item.when || item.due) && (
										<Text as="p" block size={200} style={{ margin: 0 }} data-testid="plan-action-when">
											{w("whenIs", { when: whenOf(item, locale) })}
										</Text>
									)}
									{writer && (
										<div style={rowStyle}>
											{i > 0 && (
												<ActionButton
													command={movePlanAction}
													args={{ actionId: item.id, toIndex: i - 1 }}
													onDone={() => setFollow({ id: item.id, button: "move-up" })}
													size="small"
													testId="move-up"
												>
													{w("moveUp")}
												</ActionButton>
											)}
											{i < plan.length - 1 && (
												<ActionButton
													command={movePlanAction}
													args={{ actionId: item.id, toIndex: i + 1 }}
													onDone={() => setFollow({ id: item.id, button: "move-down" })}
													size="small"
													testId="move-down"
												>
													{w("moveDown")}
												</ActionButton>
											)}
											<Button size="small" onClick={() => setEditing(item.id)} data-testid="edit-action">
												{w("edit")}
											</Button>
											<ActionButton command={removePlanAction} args={{ actionId: item.id }} size="small" testId="remove-action">
												{w("remove")}
											</ActionButton>
										</div>
									)}
								</>
							)}
						</li>
					))}
				</ol>
			)}
			{writer && (
				<WritingScope what="plan">
					<InlineForm>
						<ActionFields text={text} when={when} due={due} onText={setText} onWhen={setWhen} onDue={setDue} />
						<ActionButton
							command={addPlanAction}
							args={{ text, when, due }}
							onDone={() => {
								setText("");
								setWhen("");
								setDue("");
							}}
							appearance="primary"
							testId="add-action"
							submit
						>
							{w("addAction")}
						</ActionButton>
					</InlineForm>
				</WritingScope>
			)}
		</div>
	);
}
