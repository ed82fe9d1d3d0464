/**
 * One problématique of the vote's list: its author and text, my dots on it, its tally once
 * revealed, and the buttons to place a dot or take mine back. A row of its own, drawn again
 * only when what it shows changes: a dot placed elsewhere leaves the other rows as they are
 * (the list had every row rendered again at each dot, 200 sheets' worth on a full table).
 */
import { Badge, Text } from "@fluentui/react-components";
import { memo } from "react";
import type { Verdict } from "../../domain/actions";
import { placeDot, takeBackDot } from "../../fluid/commands/board";
import { ActionButton, rowStyle } from "./controls";
import { Clamped } from "./Clamped";
import { useBoardWords } from "./useBoardState";

export interface VoteItemProps {
	readonly id: string;
	readonly authorId: string;
	readonly authorName: string;
	readonly text: string;
	/** How many of my dots are on it (shown to a voter). */
	readonly mine: number;
	/** My last dot on it: the one "Reprendre" takes back. */
	readonly lastMine: string | undefined;
	readonly voter: boolean;
	readonly votingStep: boolean;
	/** Its tally, once revealed. */
	readonly tally: number | undefined;
	readonly placeVerdict: Verdict;
	readonly takeBackVerdict: Verdict | undefined;
}

export const VoteItem = memo(function VoteItem(p: VoteItemProps) {
	const { w } = useBoardWords();
	const textId = `vote-text-${p.id}`;
	return (
		<li data-testid="vote-item" data-id={p.id} data-author={p.authorId}>
			<Text as="p" block id={textId} style={{ margin: 0 }}>
				<Text weight="semibold">{p.authorName}</Text> — <Clamped text={p.text} />
			</Text>
			<div style={{ ...rowStyle, alignItems: "center" }}>
				{p.voter && (
					<Text data-testid="my-dots" data-count={p.mine}>
						{w("myDotsHere", { n: p.mine })} <span aria-hidden="true">{"●".repeat(p.mine)}</span>
					</Text>
				)}
				{p.tally !== undefined && (
					<Badge appearance="tint" color="brand" data-testid="tally" data-count={p.tally}>
						{w("tally", { n: p.tally })}
					</Badge>
				)}
				{p.votingStep && (
					<ActionButton
						command={placeDot}
						args={{ problematiqueId: p.id }}
						verdict={p.placeVerdict}
						testId="place-dot"
						describedBy={textId}
					>
						{w("placeDot")}
					</ActionButton>
				)}
				{p.votingStep && p.lastMine !== undefined && (
					<ActionButton
						command={takeBackDot}
						args={{ dotId: p.lastMine }}
						verdict={p.takeBackVerdict}
						testId="take-back-dot"
						describedBy={textId}
					>
						{w("takeBackDot")}
					</ActionButton>
				)}
			</div>
		</li>
	);
});
