/**
 * Vote (gommettes): my dots left, a dot per problématique and taking one back, my own
 * count on each; totals hidden until revealed; the facilitator opens, closes and reveals,
 * then sees the ranking (ties marked) and asks for consent.
 */
import { Badge, Text } from "@fluentui/react-components";
import { dotsLeft } from "../../domain/vote";
import { placeDot, placeDotVerdicts, takeBackDot } from "../../fluid/commands/board";
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
import { Clamped } from "./Clamped";

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
	const placeVerdict = placeDotVerdicts(session.context());
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
						const textId = `vote-text-${c.id}`;
						return (
							<li key={c.id} data-testid="vote-item" data-id={c.id} data-author={c.authorId}>
								<Text as="p" block id={textId} style={{ margin: 0 }}>
									<Text weight="semibold">{nameOf(c.authorId)}</Text> — <Clamped text={c.text} />
								</Text>
								<div style={{ ...rowStyle, alignItems: "center" }}>
									{voter && (
										<Text data-testid="my-dots" data-count={mine.length}>
											{w("myDotsHere", { n: mine.length })} <span aria-hidden="true">{"●".repeat(mine.length)}</span>
										</Text>
									)}
									{vote.revealed && decided.tally.has(c.id) && (
										<Badge appearance="tint" color="brand" data-testid="tally" data-count={decided.tally.get(c.id) ?? 0}>
											{w("tally", {
												n: decided.tally.get(c.id) ?? 0,
											})}
										</Badge>
									)}
									{votingStep && (
										<ActionButton
											command={placeDot}
											args={{ problematiqueId: c.id }}
											verdict={placeVerdict(c.id)}
											testId="place-dot"
											describedBy={textId}
										>
											{w("placeDot")}
										</ActionButton>
									)}
									{votingStep && last && (
										<ActionButton command={takeBackDot} args={{ dotId: last }} testId="take-back-dot" describedBy={textId}>
											{w("takeBackDot")}
										</ActionButton>
									)}
								</div>
							</li>
						);
					})}
				</ul>
			)}
			{!resultFirst && result}
		</Zone>
	);
}
