/**
 * Rebonds: my private drafts, the raised hand and the échanges queue, then the shared
 * rebonds in one column per contributor (member order).
 */
import { Badge, Switch, Text } from "@fluentui/react-components";
import { useState } from "react";
import { refusalMessage } from "../../domain/messages";
import { raiseHand } from "../../fluid/commands/board";
import { canRun } from "../../fluid/commands/command";
import { withdrawCard } from "../../fluid/commands/sheets";
import { contributorIds, handIsUp } from "../../fluid/read";
import { rebondsOf, type RebondView } from "../../fluid/bounded";
import { useTree } from "../hooks";
import { useWorkshop } from "../workshopContext";
import { ActionButton, listStyle, Muted, RefusalText, SubHeading, Writers, Zone } from "./controls";
import { EchangesQueue } from "./EchangesQueue";
import { RebondDrafts } from "./RebondDrafts";
import { jsonEqual, mayNow, useBoardWords, useMembers, type PanelView } from "./useBoardState";
import { Clamped } from "./Clamped";

function HandSwitch({ view }: { readonly view: PanelView }) {
	const { session } = useWorkshop();
	const { w, locale } = useBoardWords();
	const board = session.boardView.root;
	const process = session.processView.root;
	// A hand is up until the floor is given: re-read on a raise and on a turn.
	useTree(board.hands, () => board.hands.length);
	useTree(process.turns, () => process.turns.echanges.length);
	const raised = handIsUp(process, board, view.me);
	const [refusal, setRefusal] = useState<string>();
	const verdict = canRun(raiseHand, session.context(), { raised: !raised });
	return (
		<div>
			<Switch
				label={w("raiseHand")}
				checked={raised}
				disabled={!verdict.ok}
				data-testid="raise-hand"
				onChange={(_, d) => {
					const result = session.run(raiseHand, { raised: d.checked });
					setRefusal(result.ok ? undefined : refusalMessage(result.reason, locale));
				}}
			/>
			<RefusalText message={refusal} />
		</div>
	);
}

function RebondCard({ rebond, view }: { readonly rebond: RebondView; readonly view: PanelView }) {
	const { w } = useBoardWords();
	const fields = [
		{ label: w("promptConfronted"), text: rebond.confronted },
		{ label: w("promptHowMet"), text: rebond.howMet },
		{ label: w("promptWhatWorked"), text: rebond.whatWorked },
	].filter((f) => f.text !== "");
	return (
		<li data-testid="rebond" data-id={rebond.id}>
			<Badge appearance="tint">{rebond.kind === "reference" ? w("reference") : w("temoignage")}</Badge>
			<dl style={{ margin: "4px 0" }}>
				{fields.map((f) => (
					<div key={f.label}>
						<dt>
							<Text size={200} weight="semibold">
								{f.label}
							</Text>
						</dt>
						<dd style={{ marginInlineStart: 12 }}>
							<Clamped text={f.text} />
						</dd>
					</div>
				))}
			</dl>
			{rebond.authorId === view.me && (
				<ActionButton command={withdrawCard} args={{ kind: "rebond", id: rebond.id }} size="small" testId="withdraw-rebond">
					{w("withdraw")}
				</ActionButton>
			)}
		</li>
	);
}

export function RebondsZone({ view, current }: { readonly view: PanelView; readonly current: boolean }) {
	const { session } = useWorkshop();
	const { w } = useBoardWords();
	const { nameOf } = useMembers();
	const process = session.processView.root;
	const board = session.boardView.root;
	const rebonds = useTree(board.rebonds, () => rebondsOf(board), jsonEqual);
	const contributors = contributorIds(process, board);
	const authors = [...contributors, ...rebonds.map((r) => r.authorId).filter((id) => !contributors.includes(id))];
	const columns = [...new Set(authors)];

	return (
		<Zone id="rebonds" title={w("rebondsTitle")} current={current}>
			<RebondDrafts view={view} />
			<Writers what="rebond" />
			{mayNow(view, "raiseHand") && <HandSwitch view={view} />}
			{view.step === "echanges" && contributors.length > 0 && <EchangesQueue view={view} />}
			<SubHeading>{w("sharedRebondsTitle")}</SubHeading>
			{columns.length === 0 ? (
				<Muted>{w("noRebonds")}</Muted>
			) : (
				<div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(220px, 1fr))", gap: 12 }}>
					{columns.map((id) => {
						const mine = rebonds.filter((r) => r.authorId === id);
						const headingId = `rebond-column-${id}`;
						return (
							<section
								key={id}
								aria-labelledby={headingId}
								data-testid="rebond-column"
								data-author={id}
								data-author-name={nameOf(id)}
							>
								<Text as="h4" weight="semibold" id={headingId} style={{ margin: 0 }}>
									{w("columnOf", { name: nameOf(id) })}
								</Text>
								{mine.length === 0 ? (
									<Muted>{w("noRebonds")}</Muted>
								) : (
									<ul style={listStyle}>
										{mine.map((r) => (
											<RebondCard key={r.id} rebond={r} view={view} />
										))}
									</ul>
								)}
							</section>
						);
					})}
				</div>
			)}
		</Zone>
	);
}
