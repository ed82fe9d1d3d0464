/**
 * Building blocks of the board list: a zone (section + heading), a command button that is
 * enabled exactly when the command may run and says why when it may not, and small texts.
 */
import { Badge, Button, Card, Subtitle2, Text, tokens, type ButtonProps } from "@fluentui/react-components";
import { useState, type CSSProperties, type ReactNode } from "react";
import type { Verdict } from "../../domain/actions";
import { refusalMessage } from "../../domain/messages";
import { canRun, type Command } from "../../fluid/commands/command";
import { useWorkshop } from "../workshopContext";
import { useBoardWords, useMembers, useOthersWriting, useWritingPresence } from "./useBoardState";
import type { WritingWhat } from "../../fluid/presence";

export type ZoneId =
	| "rules"
	| "problematiques"
	| "vote"
	| "formulation"
	| "questions"
	| "rebonds"
	| "notes"
	| "recolte"
	| "learnings"
	| "documentation";

export function zoneTitleId(id: ZoneId): string {
	return `zone-${id}-title`;
}

export const listStyle: CSSProperties = { margin: 0, paddingInlineStart: 20, display: "grid", gap: 8 };
export const rowStyle: CSSProperties = { display: "flex", flexWrap: "wrap", gap: 8, alignItems: "flex-start" };

/** One zone of the board: a labelled section; the current step's zone is marked, never moved. */
export function Zone(props: {
	readonly id: ZoneId;
	readonly title: string;
	readonly current: boolean;
	readonly children: ReactNode;
}) {
	const { w } = useBoardWords();
	return (
		<section
			aria-labelledby={zoneTitleId(props.id)}
			data-testid={`zone-${props.id}`}
			data-current={props.current ? "yes" : "no"}
			style={{
				borderInlineStart: `4px solid ${props.current ? tokens.colorBrandStroke1 : "transparent"}`,
				paddingInlineStart: 8,
			}}
		>
			<Card>
				<div style={{ display: "flex", gap: 8, alignItems: "center", minHeight: 28 }}>
					<Subtitle2 as="h3" id={zoneTitleId(props.id)} tabIndex={-1}>
						{props.title}
					</Subtitle2>
					{props.current && (
						<Badge appearance="filled" color="brand">
							{w("currentStep")}
						</Badge>
					)}
				</div>
				{props.children}
			</Card>
		</section>
	);
}

/** A sub-heading inside a zone. */
export function SubHeading({ children, id }: { readonly children: ReactNode; readonly id?: string }) {
	return (
		<Text as="h4" weight="semibold" id={id} style={{ margin: "8px 0 0" }}>
			{children}
		</Text>
	);
}

export function Muted({ children, testId }: { readonly children: ReactNode; readonly testId?: string }) {
	return (
		<Text as="p" block style={{ margin: 0, color: tokens.colorNeutralForeground3 }} data-testid={testId}>
			{children}
		</Text>
	);
}

export interface ActionButtonProps<Args> {
	readonly command: Command<Args>;
	readonly args: Args;
	readonly children: ReactNode;
	/** After the command ran (e.g. clear a field, remove the shared draft). */
	readonly onDone?: () => void;
	readonly appearance?: ButtonProps["appearance"];
	readonly size?: ButtonProps["size"];
	readonly testId?: string;
	readonly describedBy?: string;
	readonly ariaLabel?: string;
	/** A form's submit button: Enter in the form's field presses it. */
	readonly submit?: boolean;
	/**
	 * The verdict when the caller already knows it from one evaluation shared by many
	 * buttons (a button per problématique); the command still checks everything on run.
	 */
	readonly verdict?: Verdict;
	/** The person the command acts on, when not oneself (the floor given to Alice): refusals name them. */
	readonly about?: string;
}

/**
 * A button for one command: enabled exactly when `canRun` says ok. When it is not, it
 * stays focusable (aria-disabled) and pressing it tells why in an alert beside it;
 * a refusal of the run itself (someone else changed the board meanwhile) shows there too.
 */
export function ActionButton<Args>(props: ActionButtonProps<Args>) {
	const { session } = useWorkshop();
	const { locale } = useBoardWords();
	const verdict = props.verdict ?? canRun(props.command, session.context(), props.args);
	const subject = props.about === undefined ? undefined : { name: props.about };
	const verdictKey = verdict.ok ? "ok" : verdict.reason;
	// A refusal shows until the verdict changes (someone else changed the board meanwhile).
	const [said, setSaid] = useState<{ readonly key: string; readonly text: string }>();
	const refusal = said?.key === verdictKey ? said.text : undefined;
	const setRefusal = (text: string | undefined) => setSaid(text === undefined ? undefined : { key: verdictKey, text });

	function run() {
		const result = session.run(props.command, props.args);
		if (result.ok) {
			setRefusal(undefined);
			props.onDone?.();
		} else setRefusal(refusalMessage(result, locale, subject));
	}
	function explain() {
		if (!verdict.ok) setRefusal(refusalMessage(verdict, locale, subject));
	}

	return (
		<span style={{ display: "inline-flex", flexDirection: "column", gap: 4, alignItems: "flex-start" }}>
			{/* biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useKeyWithClickEvents: with disabledFocusable the button has no handler; its click (mouse, Enter, Space) bubbles here */}
			<span style={{ display: "contents" }} onClick={verdict.ok ? undefined : explain}>
				<Button
					appearance={props.appearance ?? "secondary"}
					size={props.size ?? "medium"}
					type={props.submit ? "submit" : "button"}
					disabledFocusable={!verdict.ok}
					onClick={verdict.ok ? run : undefined}
					data-testid={props.testId}
					aria-describedby={props.describedBy}
					aria-label={props.ariaLabel}
				>
					{props.children}
				</Button>
			</span>
			<RefusalText message={refusal} />
		</span>
	);
}

/** Why an action was refused, announced (role="alert") right where it was tried. */
export function RefusalText({ message }: { readonly message: string | undefined }) {
	if (!message) return null;
	return (
		<Text role="alert" block data-testid="refusal" style={{ color: tokens.colorPaletteRedForeground1 }}>
			{message}
		</Text>
	);
}

/** A form whose submit never reloads the page: its ActionButton (submit) does the work. */
export function InlineForm({ children, label }: { readonly children: ReactNode; readonly label?: string }) {
	return (
		<form aria-label={label} onSubmit={(e) => e.preventDefault()} style={{ ...rowStyle, alignItems: "flex-end" }}>
			{children}
		</form>
	);
}

/** "Alice écrit…" for the other people writing `what` (never their text). */
export function Writers({ what }: { readonly what: Exclude<WritingWhat, null> }) {
	const ids = useOthersWriting(what);
	const { nameOf } = useMembers();
	const { w } = useBoardWords();
	return (
		<div data-testid={`writing-${what}`} style={{ minHeight: 20 }}>
			{ids.map((id) => (
				<Text key={id} italic size={200} data-testid="writing" style={{ marginInlineEnd: 12 }}>
					{w("writing", { name: nameOf(id) })}
				</Text>
			))}
		</div>
	);
}

/** Wraps a private field: others see that I am writing `what` (never the text) while it has focus. */
export function WritingScope({ what, children }: { readonly what: Exclude<WritingWhat, null>; readonly children: ReactNode }) {
	const handlers = useWritingPresence(what);
	return (
		// biome-ignore lint/a11y/noStaticElementInteractions: focus and input bubble from the fields inside; the wrapper only listens
		<div onFocus={handlers.onFocus} onBlur={handlers.onBlur} onInput={handlers.onInput}>
			{children}
		</div>
	);
}

/** Moves the focus to the first field inside the element `selector` names (a new draft). */
/**
 * After a control removes the card that holds the focus (sharing or deleting a draft),
 * the focus goes to a stable control instead of falling to the page.
 */
export function focusSoon(selector: string): void {
	setTimeout(() => document.querySelector<HTMLElement>(selector)?.focus(), 0);
}

export function focusFirstField(selector: string): void {
	document.querySelector<HTMLElement>(`${selector} textarea, ${selector} input`)?.focus();
}
