/**
 * Questions de clarification: contributors ask in turn (one per round; "à votre tour" or
 * why not), the offreur answers each briefly; the facilitator may record a pass.
 */
import { Badge, Text } from "@fluentui/react-components";
import { useState } from "react";
import { refusalMessage } from "../../domain/messages";
import { answerQuestion, askQuestion } from "../../fluid/commands/board";
import { canRun } from "../../fluid/commands/command";
import { passTurn } from "../../fluid/commands/process";
import { contributorIds, waitingInPhase } from "../../fluid/read";
import { LimitedInput } from "../components/LimitedInput";
import { questionsOf } from "../../fluid/bounded";
import { useTree } from "../hooks";
import { useWorkshop } from "../workshopContext";
import { ActionButton, InlineForm, listStyle, Muted, rowStyle, SubHeading, Writers, WritingScope, Zone } from "./controls";
import { jsonEqual, mayNow, useBoardWords, useMembers, type PanelView } from "./useBoardState";
import { Clamped } from "./Clamped";

function AnswerForm({ questionId, answer }: { readonly questionId: string; readonly answer: string }) {
	const { w } = useBoardWords();
	const [edit, setEdit] = useState<string>();
	const text = edit ?? answer;
	return (
		<InlineForm>
			<div style={{ flex: "1 1 240px" }}>
				<LimitedInput field="answer" name="answer" label={w("answerLabel")} value={text} onChange={setEdit} />
			</div>
			<ActionButton
				command={answerQuestion}
				args={{ questionId, text }}
				onDone={() => setEdit(undefined)}
				testId="answer-question"
				submit
			>
				{w("answer")}
			</ActionButton>
		</InlineForm>
	);
}

export function QuestionsZone({ view, current }: { readonly view: PanelView; readonly current: boolean }) {
	const { session } = useWorkshop();
	const { w, locale } = useBoardWords();
	const { nameOf } = useMembers();
	const process = session.processView.root;
	const board = session.boardView.root;
	const questions = useTree(board.questions, () => questionsOf(board), jsonEqual);
	// Re-read on a pass (the questions are read above); the turn rule is the command layer's.
	useTree(process.turns, () => process.turns.clarification.length);
	const [text, setText] = useState("");
	const contributors = contributorIds(process, board);
	const waiting = waitingInPhase(process, board, "clarification");
	const inStep = view.step === "clarification";
	const turn = canRun(askQuestion, session.context(), { text: "?" });

	return (
		<Zone id="questions" title={w("questionsTitle")} current={current}>
			{mayNow(view, "askQuestion") && (
				<>
					<div data-testid="question-turn" data-ok={turn.ok ? "yes" : "no"}>
						{turn.ok ? (
							<Badge appearance="filled" color="success">
								{w("yourTurn")}
							</Badge>
						) : (
							<Text>{refusalMessage(turn.reason, locale)}</Text>
						)}
					</div>
					<WritingScope what="question">
						<InlineForm>
							<div style={{ flex: "1 1 240px" }}>
								<LimitedInput field="question" name="question" label={w("questionLabel")} value={text} onChange={setText} />
							</div>
							<ActionButton command={askQuestion} args={{ text }} onDone={() => setText("")} testId="ask-question" submit>
								{w("ask")}
							</ActionButton>
						</InlineForm>
					</WritingScope>
				</>
			)}
			<Writers what="question" />
			{inStep && contributors.length > 0 && (
				<div data-testid="question-waiting" style={{ display: "grid", gap: 4 }}>
					<Text>{w("waitingThisRound", { names: waiting.map(nameOf).join(", ") })}</Text>
					{view.role === "facilitator" && (
						<div style={rowStyle}>
							{waiting.map((id) => (
								<ActionButton
									key={id}
									command={passTurn}
									args={{ userId: id, phase: "clarification" }}
									size="small"
									about={nameOf(id)}
									ariaLabel={w("passFor", { name: nameOf(id) })}
								>
									{`${w("pass")} (${nameOf(id)})`}
								</ActionButton>
							))}
						</div>
					)}
				</div>
			)}
			<SubHeading>{w("questionsTitle")}</SubHeading>
			{questions.length === 0 ? (
				<Muted>{w("noQuestions")}</Muted>
			) : (
				<ol style={listStyle} data-testid="questions">
					{questions.map((q) => (
						<li key={q.id} data-testid="question" data-id={q.id}>
							<Text as="p" block style={{ margin: 0 }}>
								<Text weight="semibold">{nameOf(q.authorId)}</Text> — <Clamped text={q.text} />
							</Text>
							{q.answer ? (
								<Text as="p" block style={{ margin: 0 }} data-testid="question-answer">
									{w("answerIs", { text: q.answer })}
								</Text>
							) : (
								<Muted>{w("noAnswerYet")}</Muted>
							)}
							{mayNow(view, "answerQuestion") && <AnswerForm questionId={q.id} answer={q.answer} />}
						</li>
					))}
				</ol>
			)}
		</Zone>
	);
}
