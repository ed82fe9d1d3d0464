/**
 * My rebonds, private in this browser until shared: the kit's three prompts and
 * "témoignage ou référence"; writable in réflexion and échanges, shared in échanges.
 */
import { Button, Field, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { mayAct } from "../../domain/actions";
import { refusalMessage } from "../../domain/messages";
import { isRebondKind } from "../../domain/recolte";
import { shareRebond } from "../../fluid/commands/sheets";
import type { RebondDraft } from "../../session/drafts";
import { LimitedInput } from "../components/LimitedInput";
import { useWorkshop } from "../workshopContext";
import { ActionButton, focusFirstField, focusSoon, Muted, RefusalText, rowStyle, SubHeading, WritingScope } from "./controls";
import { mayEver, mayNow, useBoardWords, useDrafts, type PanelView } from "./useBoardState";
import type { BoardWordKey } from "./words";

const PROMPTS: readonly { readonly key: "confronted" | "howMet" | "whatWorked"; readonly label: BoardWordKey }[] = [
	{ key: "confronted", label: "promptConfronted" },
	{ key: "howMet", label: "promptHowMet" },
	{ key: "whatWorked", label: "promptWhatWorked" },
];

function DraftCard({ draft, index, view }: { readonly draft: RebondDraft; readonly index: number; readonly view: PanelView }) {
	const { drafts } = useWorkshop();
	const { w } = useBoardWords();
	const writable = mayNow(view, "writeRebond");
	const titleId = `rebond-draft-${draft.id}`;
	return (
		<li data-testid="rebond-draft" data-id={draft.id}>
			<fieldset aria-labelledby={titleId} style={{ display: "grid", gap: 8, border: 0, padding: 0, margin: 0, minInlineSize: 0 }}>
				<Text weight="semibold" id={titleId}>
					{w("rebondDraft", { n: index + 1 })}
				</Text>
				{writable ? (
					<WritingScope what="rebond">
						{PROMPTS.map((p) => (
							<LimitedInput
								key={p.key}
								field="rebondField"
								name={`rebond-${p.key}`}
								label={w(p.label)}
								value={draft[p.key]}
								onChange={(value) => drafts.updateRebond(draft.id, { [p.key]: value })}
								multiline
							/>
						))}
						<Field label={w("rebondKind")}>
							<RadioGroup
								name={`rebond-kind-${draft.id}`}
								layout="horizontal"
								value={draft.kind}
								onChange={(_, d) => {
									if (isRebondKind(d.value)) drafts.updateRebond(draft.id, { kind: d.value });
								}}
							>
								<Radio value="temoignage" label={w("temoignage")} />
								<Radio value="reference" label={w("reference")} />
							</RadioGroup>
						</Field>
					</WritingScope>
				) : (
					<dl style={{ margin: 0 }}>
						{PROMPTS.map((p) => (
							<div key={p.key}>
								<dt>
									<Text weight="semibold">{w(p.label)}</Text>
								</dt>
								<dd style={{ marginInlineStart: 16, whiteSpace: "pre-wrap" }}>{draft[p.key] || "—"}</dd>
							</div>
						))}
						<dt>
							<Text weight="semibold">{w("rebondKind")}</Text>
						</dt>
						<dd style={{ marginInlineStart: 16 }}>{w(draft.kind)}</dd>
					</dl>
				)}
				<div style={rowStyle}>
					{mayEver(view.role, "shareRebond") && (
						<ActionButton
							command={shareRebond}
							args={{ confronted: draft.confronted, howMet: draft.howMet, whatWorked: draft.whatWorked, kind: draft.kind }}
							onDone={() => {
								drafts.removeRebond(draft.id);
								focusSoon('[data-testid="add-rebond"]');
							}}
							appearance="primary"
							testId="share-rebond"
						>
							{w("share")}
						</ActionButton>
					)}
					<Button
						onClick={() => {
							drafts.removeRebond(draft.id);
							focusSoon('[data-testid="add-rebond"]');
						}}
						data-testid="remove-rebond-draft"
					>
						{w("remove")}
					</Button>
				</div>
			</fieldset>
		</li>
	);
}

export function RebondDrafts({ view }: { readonly view: PanelView }) {
	const { drafts } = useWorkshop();
	const { w, locale } = useBoardWords();
	const mine = useDrafts().rebonds;
	const [focusId, setFocusId] = useState<string>();
	const [refusal, setRefusal] = useState<string>();
	useEffect(() => {
		if (focusId === undefined) return;
		focusFirstField(`[data-testid="rebond-draft"][data-id="${CSS.escape(focusId)}"]`);
		setFocusId(undefined);
	}, [focusId]);
	if (!mayEver(view.role, "writeRebond")) return null;
	return (
		<div data-testid="my-rebonds" style={{ display: "grid", gap: 8 }}>
			<SubHeading>{w("myRebondsTitle")}</SubHeading>
			{mine.length === 0 ? (
				<Muted>{w("noRebondDrafts")}</Muted>
			) : (
				<ol style={{ margin: 0, paddingInlineStart: 20, display: "grid", gap: 16 }}>
					{mine.map((d, i) => (
						<DraftCard key={d.id} draft={d} index={i} view={view} />
					))}
				</ol>
			)}
			<div style={rowStyle}>
				{/* biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useKeyWithClickEvents: the click (mouse, Enter, Space) comes from the disabledFocusable button inside, which has no handler */}
				<span
					style={{ display: "contents" }}
					onClick={() => {
						// With disabledFocusable the button has no handler: say why here.
						const verdict = mayAct(view.step, view.role, "writeRebond");
						if (!verdict.ok) setRefusal(refusalMessage(verdict.reason, locale));
					}}
				>
					<Button
						onClick={mayNow(view, "writeRebond") ? () => setFocusId(drafts.addRebond()) : undefined}
						disabledFocusable={!mayNow(view, "writeRebond")}
						data-testid="add-rebond"
					>
						{w("addRebond")}
					</Button>
				</span>
				<RefusalText message={mayNow(view, "writeRebond") ? undefined : refusal} />
			</div>
		</div>
	);
}
