/**
 * Problématiques: my private draft (recherche; never sent to the shared document), who
 * else is writing, "Poser sur la table" (partage), and the problématiques on the table.
 */
import { Text } from "@fluentui/react-components";
import { putOnTable } from "../../fluid/commands/board";
import { withdrawCard } from "../../fluid/commands/sheets";
import { LimitedInput } from "../components/LimitedInput";
import { problematiquesOf } from "../../fluid/bounded";
import { useTree } from "../hooks";
import { useWorkshop } from "../workshopContext";
import { ActionButton, listStyle, Muted, rowStyle, SubHeading, Writers, WritingScope, Zone } from "./controls";
import { jsonEqual, mayEver, mayNow, useBoardWords, useDrafts, useMembers, type PanelView } from "./useBoardState";
import { Clamped } from "./Clamped";
import { PriorOffer } from "../group/PriorOffer";

export function ProblematiquesZone({ view, current }: { readonly view: PanelView; readonly current: boolean }) {
	const { session, drafts } = useWorkshop();
	const { w } = useBoardWords();
	const { nameOf } = useMembers();
	const board = session.boardView.root;
	const process = session.processView.root;
	const draft = useDrafts().problematique;
	const cards = useTree(
		board.problematiques,
		() => problematiquesOf(board).map((p) => ({ id: p.id, authorId: p.authorId, text: p.text })),
		jsonEqual,
	);
	// Withdrawing is refused once the problématique is accepted: re-render when consent moves.
	useTree(process.consent, () => process.consent.acceptedId);
	const writer = mayEver(view.role, "writeProblematique");
	const onTable = cards.some((c) => c.authorId === view.me);
	const writeNow = mayNow(view, "writeProblematique");

	return (
		<Zone id="problematiques" title={w("problematiquesTitle")} current={current}>
			{writer && (
				<div data-testid="my-problematique" style={{ display: "grid", gap: 8 }}>
					<SubHeading>{w("myDraftTitle")}</SubHeading>
					{writeNow ? (
						<WritingScope what="problematique">
							<LimitedInput
								field="problematique"
								name="problematique"
								label={w("draftLabel")}
								value={draft}
								onChange={(text) => drafts.setProblematique(text)}
								multiline
							/>
						</WritingScope>
					) : draft.trim() === "" ? (
						<Muted>{w("draftEmpty")}</Muted>
					) : (
						<Text as="p" block style={{ margin: 0, whiteSpace: "pre-wrap" }} data-testid="my-problematique-text">
							{draft}
						</Text>
					)}
					<Muted testId="draft-status">{onTable ? w("draftOnTable") : w("draftPrivate")}</Muted>
					{mayEver(view.role, "putOnTable") && (
						<div style={rowStyle}>
							<ActionButton command={putOnTable} args={{ text: draft }} appearance="primary" testId="put-on-table">
								{onTable ? w("updateOnTable") : w("putOnTable")}
							</ActionButton>
						</div>
					)}
				</div>
			)}
			<Writers what="problematique" />
			<SubHeading>{w("onTableTitle")}</SubHeading>
			{cards.length === 0 ? (
				<Muted>{w("noProblematiques")}</Muted>
			) : (
				<ul style={listStyle} data-testid="problematiques">
					{cards.map((p) => (
						<li key={p.id} data-testid="problematique-card" data-id={p.id} data-author={p.authorId}>
							<div style={rowStyle}>
								<Text weight="semibold">
									{nameOf(p.authorId)}
									{p.authorId === view.me ? ` (${w("yours")})` : ""}
								</Text>
								{p.authorId === view.me && (
									<ActionButton
										command={withdrawCard}
										args={{ kind: "problematique", id: p.id }}
										size="small"
										testId="withdraw-problematique"
									>
										{w("withdraw")}
									</ActionButton>
								)}
							</div>
							<PriorOffer authorId={p.authorId} />
							<Text as="p" block style={{ margin: 0 }} data-testid="problematique-text">
								<Clamped text={p.text} />
							</Text>
						</li>
					))}
				</ul>
			)}
		</Zone>
	);
}
