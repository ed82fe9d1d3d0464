/**
 * Vote (gommettes): my dots left, a dot per problématique and taking one back, my own
 * count on each; totals hidden until revealed; the facilitator opens, closes and reveals,
 * then sees the ranking (ties marked) and asks for consent.
 */
import { Badge, Text } from "@fluentui/react-components";
import { canRun } from "../../fluid/commands/command";
import { dotsLeft } from "../../domain/vote";
import { placeDotVerdicts, takeBackDot } from "../../fluid/commands/board";
import { setVoteOpen, setVoteRevealed } from "../../fluid/commands/process";
import { problematiquesOf } from "../../fluid/bounded";
import { evaluateBoardVotes, voteContext } from "../../fluid/read";
import { voteResultOf, type VoteResult } from "../../fluid/sealed";
import { shallowEqual, useTree, useTrees } from "../hooks";
import { useWorkshop } from "../workshopContext";
import { ActionButton, listStyle, Muted, rowStyle, Zone } from "./controls";
import { ConsentStatus, Ranking } from "./RankingAndConsent";
import { jsonEqual, mayEver, mayNow, useBoardWords, useMembers, type PanelView } from "./useBoardState";
import type { BoardTranslate } from "./words";
import { VoteItem } from "./VoteItem";

function sameResult(a: VoteResult, b: VoteResult): boolean {
	// The live result is read once per revision of the board: the same object until it changes.
	if (a === b) return true;
	return JSON.stringify([a.problematiques, a.valid, a.ranking]) === JSON.stringify([b.problematiques, b.valid, b.ranking]);
}

function dotsLeftText(n: number, w: BoardTranslate): string {
	if (n <= 0) return w("dotsLeftNone");
	return w("dotsLeft", { n });
}

export function VoteZone({ view, current }: { readonly view: PanelView; readonly current: boolean }) {
	const { session } = useWorkshop();
	const { w } = useBoardWords();
	const { nameOf } = useMembers();
	const process = session.processView.root;
	const board = session.boardView.root;
	const vote = useTree(process.vote, () => ({ open: process.vote.open, revealed: process.vote.revealed }), shallowEqual);
	const cards = useTree(
		board.problematiques,
		() => problematiquesOf(board).map((p) => ({ id: p.id, authorId: p.authorId, text: p.text })),
		jsonEqual,
	);
	// My tray while voting (the live board); what counts, the ranking and its cards: the reader's (sealed once closed).
	// The vote is evaluated once per change of the board (`evaluateBoardVotes`), for this list, its buttons and the canvas's readers.
	// Drawn again on each new evaluation (a dot placed, moved or taken back); read here, fresh for the notes and the facilitator too.
	useTree(board.dots, () => evaluateBoardVotes(process, board));
	const evaluation = evaluateBoardVotes(process, board);
	const context = voteContext(process, board);
	const decided = useTrees([process, board], () => voteResultOf(process, board), sameResult);
	const ranking = decided.ranking;
	const counted = decided.problematiques;
	// One evaluation for every button of the list (not one per button): the command layer's verdicts.
	const commandContext = session.context();
	const placeVerdict = placeDotVerdicts(commandContext);
	const myDotsOn = new Map<string, string[]>();
	for (const d of decided.valid) {
		if (d.voterId !== view.me) continue;
		myDotsOn.set(d.problematiqueId, [...(myDotsOn.get(d.problematiqueId) ?? []), d.id]);
	}
	const voter = mayEver(view.role, "vote");
	// The buttons only while voting is this step's work (the count of my dots stays visible).
	const votingStep = mayNow(view, "vote");
	const facilitator = view.role === "facilitator";
	// At consent, the result and the question come first; during the vote, the sheets do.
	const resultFirst = view.step === "consentement";
	const consent = facilitator && <ConsentStatus ranking={ranking} cards={counted} revealed={vote.revealed} />;
	const result = (
		<>
			{resultFirst && consent}
			{vote.revealed && <Ranking ranking={ranking} cards={counted} view={view} />}
			{!resultFirst && consent}
		</>
	);

	return (
		<Zone id="vote" title={w("voteTitle")} current={current}>
			<div style={rowStyle}>
				<Badge
					appearance="outline"
					color={vote.open ? "success" : "informative"}
					data-testid="vote-state"
					data-open={vote.open ? "yes" : "no"}
				>
					{vote.open ? w("voteIsOpen") : w("voteIsClosed")}
				</Badge>
				{votingStep && (
					<Text weight="semibold" data-testid="dots-left" data-count={dotsLeft(evaluation, context, view.me)} aria-live="polite">
						{dotsLeftText(dotsLeft(evaluation, context, view.me), w)}
					</Text>
				)}
			</div>
			{resultFirst && result}
			{facilitator && (
				<div style={rowStyle}>
					<ActionButton command={setVoteOpen} args={{ open: !vote.open }} testId="toggle-vote">
						{vote.open ? w("closeVote") : w("openVote")}
					</ActionButton>
					<ActionButton command={setVoteRevealed} args={{ revealed: !vote.revealed }} testId="toggle-reveal">
						{vote.revealed ? w("hide") : w("reveal")}
					</ActionButton>
				</div>
			)}
			{!vote.revealed && <Muted>{w("talliesHidden")}</Muted>}
			{cards.length === 0 ? (
				<Muted>{w("noProblematiques")}</Muted>
			) : (
				<ul style={listStyle} data-testid="vote-items">
					{cards.map((c) => {
						const mine = myDotsOn.get(c.id) ?? [];
						const last = mine[mine.length - 1];
						return (
							<VoteItem
								key={c.id}
								id={c.id}
								authorId={c.authorId}
								authorName={nameOf(c.authorId)}
								text={c.text}
								mine={mine.length}
								lastMine={last}
								voter={voter}
								votingStep={votingStep}
								tally={vote.revealed && decided.tally.has(c.id) ? (decided.tally.get(c.id) ?? 0) : undefined}
								placeVerdict={placeVerdict(c.id)}
								takeBackVerdict={last === undefined ? undefined : canRun(takeBackDot, commandContext, { dotId: last })}
							/>
						);
					})}
				</ul>
			)}
			{!resultFirst && result}
		</Zone>
	);
}
