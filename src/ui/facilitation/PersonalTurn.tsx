/**
 * Each person's own timed turn, where the kit times people one by one: 2 minutes to
 * present one's problématique in partage, 1 minute per contributor at the end. Everyone
 * sees who has the floor and their time; the facilitator gives and ends the turn (who
 * may be given one is the command layer's rule: `personalTurnCandidates`).
 */
import { Button, Dropdown, Option, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Verdict } from "../../domain/actions";
import { refusalMessage } from "../../domain/messages";
import { personalTurnLeftMs } from "../../domain/timeplan";
import { endTurn, startPersonalTurn } from "../../fluid/commands/facilitation";
import { currentStep, membersInOrder, personalTurnCandidates } from "../../fluid/read";
import type { WorkshopSession } from "../../fluid/session";
import { shallowEqual, useIsFacilitator, useNow, useTree } from "../hooks";
import { useLocale } from "../i18n";
import { clock, facilitationWords } from "./words";

export function PersonalTurn({ session }: { session: WorkshopSession }) {
	const { locale } = useLocale();
	const f = facilitationWords(locale);
	const process = session.processView.root;
	const board = session.boardView.root;
	const now = useNow(() => session.clock.now(), 1000);
	const isFacilitator = useIsFacilitator(session);
	const [refusal, setRefusal] = useState<string>();
	const turn = useTree(
		process,
		() => ({ step: currentStep(process), speakerId: process.turns.speakerId, since: process.turns.speakerSince }),
		shallowEqual,
	);
	const members = useTree(
		board.members,
		() => membersInOrder(board),
		(a, b) => JSON.stringify(a) === JSON.stringify(b),
	);
	const left = turn.since === undefined ? undefined : personalTurnLeftMs(turn.step, turn.since, now);
	if (turn.step !== "partage" && turn.step !== "partage-contributeurs") return null;
	const people = personalTurnCandidates(process, board);
	const nameOf = (id: string) => members.find((m) => m.id === id)?.name ?? "";
	const show = (verdict: Verdict, about?: string) =>
		setRefusal(verdict.ok ? undefined : refusalMessage(verdict.reason, locale, about ? { name: about } : undefined));
	return (
		<div style={{ display: "flex", gap: 12, flexWrap: "wrap", alignItems: "center" }} data-testid="personal-turn">
			{turn.speakerId && left !== undefined ? (
				<Text weight="semibold" role="timer" data-testid="turn-timer" data-left={Math.round(left / 1000)}>
					{f("turnOf", { name: nameOf(turn.speakerId) })} —{" "}
					{left >= 0 ? f("turnLeft", { time: clock(left) }) : f("turnOver", { time: clock(left) })}
				</Text>
			) : (
				<Text>{f("nobody")}</Text>
			)}
			{isFacilitator && (
				<>
					<Dropdown
						aria-label={f("giveTurn")}
						placeholder={f("giveTurn")}
						value=""
						onOptionSelect={(_, d) => {
							const userId = d.optionValue;
							if (userId) show(session.run(startPersonalTurn, { userId }), nameOf(userId));
						}}
					>
						{people.map((id) => (
							<Option key={id} value={id}>
								{nameOf(id)}
							</Option>
						))}
					</Dropdown>
					{turn.speakerId && (
						<Button size="small" onClick={() => show(session.run(endTurn, {}))}>
							{f("endTurn")}
						</Button>
					)}
				</>
			)}
			{refusal && (
				<Text role="alert" data-testid="refusal">
					{refusal}
				</Text>
			)}
		</div>
	);
}
