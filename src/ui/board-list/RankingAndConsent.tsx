/**
 * Once revealed: the ranking, ties marked "Égalité" (the software never breaks one; the
 * facilitator decides). For the facilitator: where consent stands and "Demander le consentement".
 */
import { Badge, Text } from "@fluentui/react-components";
import { memo } from "react";
import type { Verdict } from "../../domain/actions";
import { nextCandidate } from "../../domain/consent";
import type { RankGroup } from "../../domain/ranking";
import { canRun } from "../../fluid/commands/command";
import { askConsent, decideTie } from "../../fluid/commands/process";
import { consentOf } from "../../fluid/read";
import { useTree } from "../hooks";
import { useWorkshop } from "../workshopContext";
import { ActionButton, listStyle, Muted, rowStyle, SubHeading } from "./controls";
import { jsonEqual, useBoardWords, useMembers, type PanelView } from "./useBoardState";
import { Clamped } from "./Clamped";

export interface CardInfo {
	readonly id: string;
	readonly authorId: string;
	readonly text: string;
}

function useConsent() {
	const { session } = useWorkshop();
	const process = session.processView.root;
	return useTree(process.consent, () => consentOf(process), jsonEqual);
}

interface RankItemProps {
	readonly id: string;
	readonly authorName: string;
	readonly text: string;
	readonly refused: boolean;
	readonly accepted: boolean;
	readonly chosen: boolean;
	/** Set when the facilitator has this tie to decide: the verdict of choosing this one. */
	readonly decideVerdict: Verdict | undefined;
}

/** One ranked problématique, drawn again only when what it shows changes. */
const RankItem = memo(function RankItem(p: RankItemProps) {
	const { w } = useBoardWords();
	return (
		<li data-testid="rank-item" data-id={p.id}>
			<div style={{ ...rowStyle, alignItems: "center" }}>
				<Text>
					<Text weight="semibold">{p.authorName}</Text> — <Clamped text={p.text} />
				</Text>
				{p.refused && <Badge appearance="outline">{w("refused")}</Badge>}
				{p.accepted && (
					<Badge appearance="filled" color="success">
						{w("accepted")}
					</Badge>
				)}
				{p.chosen && <Badge appearance="outline">{w("chosen")}</Badge>}
				{p.decideVerdict !== undefined && (
					<ActionButton
						command={decideTie}
						args={{ problematiqueId: p.id }}
						verdict={p.decideVerdict}
						size="small"
						testId="decide-tie"
					>
						{w("chooseThis")}
					</ActionButton>
				)}
			</div>
		</li>
	);
});

export function Ranking(props: {
	readonly ranking: readonly RankGroup[];
	readonly cards: readonly CardInfo[];
	readonly view: PanelView;
}) {
	const { session } = useWorkshop();
	const { w } = useBoardWords();
	const { nameOf } = useMembers();
	const consent = useConsent();
	const next = nextCandidate(props.ranking, consent);
	const facilitator = props.view.role === "facilitator";
	const commandContext = session.context();
	const cardOf = (id: string) => props.cards.find((c) => c.id === id);
	return (
		<div style={{ display: "grid", gap: 8 }}>
			<SubHeading id="ranking-title">{w("rankingTitle")}</SubHeading>
			{facilitator && next.kind === "tie" && <Text data-testid="tie-to-decide">{w("tieToDecide")}</Text>}
			<ol style={listStyle} data-testid="ranking" aria-labelledby="ranking-title">
				{props.ranking.map((group) => {
					const tie = group.ids.length > 1;
					return (
						<li key={`${group.votes}`} data-testid="rank-group" data-votes={group.votes} data-tie={tie ? "yes" : "no"}>
							<div style={rowStyle}>
								<Text weight="semibold">{w("rankVotes", { n: group.votes })}</Text>
								{tie && (
									<Badge appearance="filled" color="warning" data-testid="tie">
										{w("tie")}
									</Badge>
								)}
							</div>
							<ul style={listStyle}>
								{group.ids.map((id) => {
									const card = cardOf(id);
									const tieCandidate = facilitator && next.kind === "tie" && next.ids.includes(id);
									return (
										<RankItem
											key={id}
											id={id}
											authorName={nameOf(card?.authorId)}
											text={card?.text ?? ""}
											refused={consent.refusedIds.includes(id)}
											accepted={consent.acceptedId === id}
											chosen={consent.tieChoiceIds.includes(id)}
											decideVerdict={tieCandidate ? canRun(decideTie, commandContext, { problematiqueId: id }) : undefined}
										/>
									);
								})}
							</ul>
						</li>
					);
				})}
			</ol>
		</div>
	);
}

/** The facilitator's view of consent: whom they asked, who said no, who accepted, whom next. */
export function ConsentStatus(props: {
	readonly ranking: readonly RankGroup[];
	readonly cards: readonly CardInfo[];
	readonly revealed: boolean;
}) {
	const { w } = useBoardWords();
	const { nameOf } = useMembers();
	const consent = useConsent();
	const authorOf = (id: string | undefined) => nameOf(props.cards.find((c) => c.id === id)?.authorId);
	const next = nextCandidate(props.ranking, consent);
	return (
		<div data-testid="consent-status" style={{ display: "grid", gap: 6 }}>
			<SubHeading>{w("consentTitle")}</SubHeading>
			<Text data-testid="consent-state" data-asked={consent.askedId ?? ""} data-accepted={consent.acceptedId ?? ""}>
				{consent.acceptedId !== undefined
					? w("acceptedBy", { name: authorOf(consent.acceptedId) })
					: consent.askedId !== undefined
						? w("askedWhom", { name: authorOf(consent.askedId) })
						: consent.refusedIds.length > 0
							? w("nobodyAskedNow")
							: w("notAskedYet")}
			</Text>
			{consent.refusedIds.length > 0 && (
				<Text data-testid="consent-refused">{w("saidNo", { names: consent.refusedIds.map(authorOf).join(", ") })}</Text>
			)}
			{props.revealed && consent.acceptedId === undefined && consent.askedId === undefined && (
				<Muted>
					{next.kind === "candidate"
						? w("nextToAsk", { name: authorOf(next.problematiqueId) })
						: next.kind === "tie"
							? w("tieToDecide")
							: w("nobodyLeft")}
				</Muted>
			)}
			<div style={rowStyle}>
				<ActionButton command={askConsent} args={{}} appearance="primary" testId="ask-consent">
					{w("askConsent")}
				</ActionButton>
			</div>
		</div>
	);
}
