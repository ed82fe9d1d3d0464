/**
 * The échanges queue: raised hands in order, who speaks and who is next (whoever has
 * spoken waits until every contributor has had the chance). The facilitator gives the
 * floor or records a pass.
 */
import { Badge, Text } from "@fluentui/react-components";
import { handsUpNow, speakingOrder, waitingThisRound } from "../../domain/turns";
import { giveFloor, passTurn } from "../../fluid/commands/process";
import { contributorIds, turnRecords } from "../../fluid/read";
import { useTree } from "../hooks";
import { useWorkshop } from "../workshopContext";
import { ActionButton, listStyle, Muted, rowStyle, SubHeading } from "./controls";
import { jsonEqual, useBoardWords, useMembers, type PanelView } from "./useBoardState";

export function EchangesQueue({ view }: { readonly view: PanelView }) {
	const { session } = useWorkshop();
	const { w } = useBoardWords();
	const { nameOf } = useMembers();
	const process = session.processView.root;
	const board = session.boardView.root;
	const turns = useTree(
		process.turns,
		() => ({ speakerId: process.turns.speakerId, records: turnRecords(process.turns.echanges) }),
		jsonEqual,
	);
	// The hands up now: the floor given lowers a hand (re-read on a raise and on a turn).
	const allHands = useTree(
		board.hands,
		() => board.hands.map((h) => ({ userId: h.userId, chancesAtRaise: h.chancesAtRaise })),
		jsonEqual,
	);
	const hands = handsUpNow(allHands, turns.records);
	const contributors = contributorIds(process, board);
	const order = speakingOrder(hands, contributors, turns.records);
	const next = order.eligible.find((id) => id !== turns.speakerId);
	const facilitator = view.role === "facilitator";
	// The facilitator may also give the floor to someone who has not raised a hand.
	const open = new Set(waitingThisRound(contributors, turns.records));
	const others = facilitator ? contributors.filter((id) => !hands.some((h) => h.userId === id)) : [];

	const controls = (id: string) =>
		facilitator && (
			<>
				<ActionButton
					command={giveFloor}
					args={{ userId: id, phase: "echanges" }}
					size="small"
					testId="give-floor"
					about={nameOf(id)}
					ariaLabel={w("giveFloorTo", { name: nameOf(id) })}
				>
					{w("giveFloor")}
				</ActionButton>
				<ActionButton
					command={passTurn}
					args={{ userId: id, phase: "echanges" }}
					size="small"
					testId="pass-turn"
					about={nameOf(id)}
					ariaLabel={w("passFor", { name: nameOf(id) })}
				>
					{w("pass")}
				</ActionButton>
			</>
		);

	const person = (id: string, waits: boolean) => (
		<li key={id} data-testid="queue-person" data-user={id} data-waits={waits ? "yes" : "no"}>
			<div style={{ ...rowStyle, alignItems: "center" }}>
				<Text>
					{nameOf(id)}
					{waits ? ` — ${w("mustWait")}` : ""}
				</Text>
				{controls(id)}
			</div>
		</li>
	);

	return (
		<div data-testid="echanges-queue" style={{ display: "grid", gap: 6 }}>
			<SubHeading>{w("floorTitle")}</SubHeading>
			<div style={rowStyle} aria-live="polite">
				<Badge appearance="filled" color={turns.speakerId ? "brand" : "informative"} data-testid="speaker">
					{turns.speakerId ? w("speaking", { name: nameOf(turns.speakerId) }) : w("nobodySpeaking")}
				</Badge>
				{next && <Text data-testid="next-speaker">{w("nextSpeaker", { name: nameOf(next) })}</Text>}
			</div>
			<Text weight="semibold">{w("handsUp")}</Text>
			{order.eligible.length + order.waiting.length === 0 ? (
				<Muted>{w("noHands")}</Muted>
			) : (
				<ol style={listStyle} data-testid="hands">
					{order.eligible.map((id) => person(id, false))}
					{order.waiting.map((id) => person(id, true))}
				</ol>
			)}
			{others.length > 0 && (
				<>
					<Text weight="semibold">{w("contributorsTitle")}</Text>
					<ul style={listStyle}>{others.map((id) => person(id, !open.has(id)))}</ul>
				</>
			)}
		</div>
	);
}
