/**
 * Notes personnelles: my private notes (this browser only, any step), shared only when I
 * click "Partager"; and the notes people chose to share.
 */
import { Button, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { shareNote, withdrawCard } from "../../fluid/commands/sheets";
import type { NoteDraft } from "../../session/drafts";
import { LimitedInput } from "../components/LimitedInput";
import { notesOf } from "../../fluid/bounded";
import { useTree } from "../hooks";
import { useWorkshop } from "../workshopContext";
import { ActionButton, focusFirstField, listStyle, Muted, rowStyle, SubHeading, Zone, focusSoon } from "./controls";
import { jsonEqual, mayEver, useBoardWords, useDrafts, useMembers, type PanelView } from "./useBoardState";
import { Clamped } from "./Clamped";

function NoteDraftItem({ note, index, view }: { readonly note: NoteDraft; readonly index: number; readonly view: PanelView }) {
	const { drafts } = useWorkshop();
	const { w } = useBoardWords();
	return (
		<li data-testid="note-draft" data-id={note.id}>
			<LimitedInput
				field="note"
				name="note"
				label={w("noteLabel", { n: index + 1 })}
				value={note.text}
				onChange={(text) => drafts.updateNote(note.id, text)}
				multiline
			/>
			<div style={rowStyle}>
				{mayEver(view.role, "writeNote") && (
					<ActionButton
						command={shareNote}
						args={{ text: note.text }}
						onDone={() => {
							drafts.removeNote(note.id);
							focusSoon('[data-testid="add-note"]');
						}}
						testId="share-note"
					>
						{w("share")}
					</ActionButton>
				)}
				<Button
					onClick={() => {
						drafts.removeNote(note.id);
						focusSoon('[data-testid="add-note"]');
					}}
					data-testid="remove-note-draft"
				>
					{w("remove")}
				</Button>
			</div>
		</li>
	);
}

export function NotesZone({ view, current }: { readonly view: PanelView; readonly current: boolean }) {
	const { session, drafts } = useWorkshop();
	const { w } = useBoardWords();
	const { nameOf } = useMembers();
	const board = session.boardView.root;
	const mine = useDrafts().notes;
	const shared = useTree(board.notes, () => notesOf(board), jsonEqual);
	const [focusId, setFocusId] = useState<string>();
	useEffect(() => {
		if (focusId === undefined) return;
		focusFirstField(`[data-testid="note-draft"][data-id="${CSS.escape(focusId)}"]`);
		setFocusId(undefined);
	}, [focusId]);
	const writer = view.role !== "observer";

	return (
		<Zone id="notes" title={w("notesTitle")} current={current}>
			{writer && (
				<div data-testid="my-notes" style={{ display: "grid", gap: 8 }}>
					<SubHeading>{w("myNotesTitle")}</SubHeading>
					<Muted>{w("notesPrivate")}</Muted>
					{mine.length === 0 ? (
						<Muted>{w("noNotes")}</Muted>
					) : (
						<ol style={listStyle}>
							{mine.map((n, i) => (
								<NoteDraftItem key={n.id} note={n} index={i} view={view} />
							))}
						</ol>
					)}
					<div style={rowStyle}>
						<Button onClick={() => setFocusId(drafts.addNote())} data-testid="add-note">
							{w("newNote")}
						</Button>
					</div>
				</div>
			)}
			<SubHeading>{w("sharedNotesTitle")}</SubHeading>
			{shared.length === 0 ? (
				<Muted>{w("noSharedNotes")}</Muted>
			) : (
				<ul style={listStyle} data-testid="shared-notes">
					{shared.map((n) => (
						<li key={n.id} data-testid="shared-note" data-id={n.id}>
							<Text weight="semibold">{nameOf(n.authorId)}</Text>
							<Text as="p" block style={{ margin: 0 }}>
								<Clamped text={n.text} />
							</Text>
							{n.authorId === view.me && (
								<ActionButton command={withdrawCard} args={{ kind: "note", id: n.id }} size="small" testId="withdraw-note">
									{w("withdraw")}
								</ActionButton>
							)}
						</li>
					))}
				</ul>
			)}
		</Zone>
	);
}
