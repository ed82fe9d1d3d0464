/**
 * Récolte et plan d'action. Part 1: "Deux ou trois idées qui me parlent beaucoup", kept by
 * the offreur alone from what was shared (rebonds, notes, questions); a fourth is refused.
 * Part 2: "Mon plan d'action" (PlanSection).
 */
import { Badge, Text } from "@fluentui/react-components";
import { isIdeaSource, MAX_IDEAS, type IdeaSource } from "../../domain/recolte";
import { harvestIdea, releaseIdea } from "../../fluid/commands/sheets";
import { ideaSourcesOf } from "../../fluid/read";
import { decidedIdeasOf } from "../../fluid/sealed";
import { useTree, useTrees } from "../hooks";
import { useWorkshop } from "../workshopContext";
import { ActionButton, listStyle, Muted, rowStyle, SubHeading, Zone } from "./controls";
import { PlanSection } from "./PlanSection";
import { jsonEqual, mayEver, useBoardWords, useMembers, type PanelView } from "./useBoardState";
import type { BoardWordKey } from "./words";
import { Clamped } from "./Clamped";

const SOURCE_LABEL: Readonly<Record<IdeaSource, BoardWordKey>> = {
	rebond: "sourceRebond",
	note: "sourceNote",
	question: "sourceQuestion",
};

/** What was shared, each with "Garder cette idée" (the offreur only). */
function HarvestSources({ kept }: { readonly kept: readonly string[] }) {
	const { session } = useWorkshop();
	const { w } = useBoardWords();
	const { nameOf } = useMembers();
	const board = session.boardView.root;
	// The text an idea copies is the command layer's (one home: ideaSourcesOf).
	const sources = useTree(board, () => ideaSourcesOf(board), jsonEqual);
	return (
		<div style={{ display: "grid", gap: 6 }}>
			<SubHeading>{w("sourcesTitle")}</SubHeading>
			{sources.length === 0 ? (
				<Muted>{w("noSources")}</Muted>
			) : (
				<ul style={listStyle} data-testid="harvest-sources">
					{sources.map((s) => {
						const textId = `source-${s.id}`;
						return (
							<li key={`${s.kind}-${s.id}`} data-testid="harvest-source" data-kind={s.kind} data-id={s.id}>
								<Text as="p" block style={{ margin: 0 }} id={textId}>
									<Text weight="semibold">{w(SOURCE_LABEL[s.kind], { name: nameOf(s.authorId) })}</Text> —{" "}
									<Clamped text={s.text} />
								</Text>
								{kept.includes(s.id) ? (
									<Badge appearance="filled" color="success">
										{w("kept")}
									</Badge>
								) : (
									<ActionButton
										command={harvestIdea}
										args={{ sourceKind: s.kind, sourceId: s.id }}
										size="small"
										testId="keep-idea"
										describedBy={textId}
									>
										{w("keepIdea")}
									</ActionButton>
								)}
							</li>
						);
					})}
				</ul>
			)}
		</div>
	);
}

export function RecolteZone({ view, current }: { readonly view: PanelView; readonly current: boolean }) {
	const { session } = useWorkshop();
	const { w } = useBoardWords();
	const board = session.boardView.root;
	const process = session.processView.root;
	// Only the ideas that count: the first of each source, three at most; as sealed once the récolte closed.
	const ideas = useTrees([process, board], () => decidedIdeasOf(process, board), jsonEqual);
	const { nameOf } = useMembers();
	const harvester = mayEver(view.role, "harvest");
	const planFirst = view.step === "plan";
	return (
		<Zone id="recolte" title={w("recolteTitle")} current={current}>
			{/* In the plan step the plan is the work: it comes first. */}
			{planFirst && <PlanSection view={view} />}
			<div style={{ ...rowStyle, alignItems: "center" }}>
				<SubHeading>{w("ideasTitle")}</SubHeading>
				<Badge appearance="outline" data-testid="ideas-count">
					{w("ideasCount", { n: ideas.length })}
				</Badge>
			</div>
			{ideas.length === 0 ? (
				<Muted>{w("noIdeas")}</Muted>
			) : (
				<ol style={listStyle} data-testid="ideas" data-max={MAX_IDEAS}>
					{ideas.map((i) => (
						<li key={i.id} data-testid="idea" data-id={i.id} data-source-kind={i.sourceKind} data-source-id={i.sourceId}>
							<div style={rowStyle}>
								<Text style={{ whiteSpace: "pre-wrap" }}>
									{isIdeaSource(i.sourceKind) && i.authorId !== undefined && (
										<Text weight="semibold" data-testid="idea-source">
											{w(SOURCE_LABEL[i.sourceKind], { name: nameOf(i.authorId) })}
											{" — "}
										</Text>
									)}
									<Clamped text={i.text} />
								</Text>
								{harvester && (
									<ActionButton command={releaseIdea} args={{ ideaId: i.id }} size="small" testId="release-idea">
										{w("withdraw")}
									</ActionButton>
								)}
							</div>
						</li>
					))}
				</ol>
			)}
			{harvester && <HarvestSources kept={ideas.map((i) => i.sourceId)} />}
			{!planFirst && <PlanSection view={view} />}
		</Zone>
	);
}
