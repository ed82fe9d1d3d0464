/**
 * Documentation (the kit: "si tout le monde est OK, la personne qui a offert la situation
 * condense l'ensemble des notes"): each person answers yes (with their name or
 * anonymously) or no (and, if they wish, why). Once everyone agrees, the offreur drafts
 * the document from the board, edits and saves it; everyone reads it and exports it. A
 * no blocks it, with the reason, for all. After the end of the workshop it stays readable.
 */
import { Button, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { writeDocumentation } from "../../fluid/commands/sheets";
import { documentationStandingOf } from "../../fluid/documentation";
import { LimitedInput } from "../components/LimitedInput";
import { draftText } from "../documentation/exportFiles";
import { agreementReasonOf, documentationOf } from "../../fluid/bounded";
import { useTree, useTrees } from "../hooks";
import { useWorkshop } from "../workshopContext";
import { ActionButton, InlineForm, Muted, rowStyle, SubHeading, Zone } from "./controls";
import { AgreeButtons, AgreementStanding, type MyAnswer } from "./DocumentationAgreement";
import { DocumentationExports } from "./DocumentationExports";
import { DocumentView } from "./DocumentView";
import { jsonEqual, mayEver, useBoardWords, useMembers, type PanelView } from "./useBoardState";

function Editor({ open, saved }: { readonly open: boolean; readonly saved: string }) {
	const { session } = useWorkshop();
	const { w, locale } = useBoardWords();
	const [edit, setEdit] = useState<string>();
	const text = edit ?? saved;
	return (
		<div style={{ display: "grid", gap: 6 }}>
			<div style={rowStyle}>
				<Button
					size="small"
					disabledFocusable={!open}
					onClick={open ? () => setEdit(draftText(session, locale)) : undefined}
					data-testid="draft-documentation"
					aria-describedby="draft-hint"
				>
					{w("draftDoc")}
				</Button>
			</div>
			<Text id="draft-hint" size={200} style={{ color: tokens.colorNeutralForeground3 }}>
				{w("draftHint")}
			</Text>
			<InlineForm>
				<div style={{ flex: "1 1 260px", minWidth: 0 }}>
					<LimitedInput
						field="documentation"
						name="documentation"
						label={w("docLabel")}
						value={text}
						onChange={setEdit}
						multiline
						rows={8}
					/>
				</div>
				<ActionButton
					command={writeDocumentation}
					args={{ text }}
					onDone={() => setEdit(undefined)}
					appearance="primary"
					testId="save-documentation"
					submit
				>
					{w("saveDoc")}
				</ActionButton>
			</InlineForm>
		</div>
	);
}

export function DocumentationZone({ view, current }: { readonly view: PanelView; readonly current: boolean }) {
	const { session } = useWorkshop();
	const { w } = useBoardWords();
	const { nameOf } = useMembers();
	const board = session.boardView.root;
	const process = session.processView.root;
	const standing = useTrees([board, process], () => documentationStandingOf(process, board), jsonEqual);
	const mine = useTree(
		board.agreements,
		(): MyAnswer | undefined => {
			const a = board.agreements.find((g) => g.userId === view.me);
			return a ? { agree: a.agree, anonymous: a.anonymous === true, reason: agreementReasonOf(a.reason) ?? "" } : undefined;
		},
		jsonEqual,
	);
	const saved = useTree(board, () => documentationOf(board));
	const open = standing.status === "open";

	return (
		<Zone id="documentation" title={w("docTitle")} current={current}>
			{!view.ended && mayEver(view.role, "agreeDocumentation") && <AgreeButtons mine={mine} />}
			<AgreementStanding standing={standing} nameOf={nameOf} />
			{open && (
				<div style={{ display: "grid", gap: 4 }}>
					<SubHeading id="saved-doc-title">{w("savedDocTitle")}</SubHeading>
					{saved === "" ? (
						<Muted>{w("noDoc")}</Muted>
					) : (
						<section
							aria-labelledby="saved-doc-title"
							style={{ overflowWrap: "anywhere", maxHeight: 260, overflowY: "auto" }}
							data-testid="documentation"
							// biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling text must be reachable by keyboard
							tabIndex={0}
						>
							<DocumentView text={saved} />
						</section>
					)}
				</div>
			)}
			{!view.ended && mayEver(view.role, "writeDocumentation") && <Editor open={open} saved={saved} />}
			<DocumentationExports open={open} />
		</Zone>
	);
}
