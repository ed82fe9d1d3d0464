/**
 * For the facilitator: where the group stands in the step — who has put a sheet on the
 * table, placed all 3 gommettes (never where), asked a question this round, shared a
 * rebond. Read from `fluid/progress.ts`; nothing here decides anything.
 */
import { Badge, Text, tokens } from "@fluentui/react-components";
import { stepProgress, type ProgressKind } from "../../fluid/progress";
import type { WorkshopSession } from "../../fluid/session";
import { useTrees } from "../hooks";
import { useLocale } from "../i18n";
import { workspaceWords, type WorkspaceKey } from "./words";

const TITLE: Readonly<Record<ProgressKind, WorkspaceKey>> = {
	sheetOnTable: "progressSheet",
	allDotsPlaced: "progressDots",
	askedThisRound: "progressAsked",
	rebondShared: "progressRebond",
};

export function GroupProgress({ session }: { readonly session: WorkshopSession }) {
	const { locale } = useLocale();
	const w = workspaceWords(locale);
	const process = session.processView.root;
	const board = session.boardView.root;
	const progress = useTrees(
		[process, board],
		() => stepProgress(process, board),
		(a, b) => JSON.stringify(a) === JSON.stringify(b),
	);
	if (!progress) return null;
	const done = progress.people.filter((p) => p.done).length;
	return (
		<section
			aria-label={w("group")}
			aria-describedby="group-progress-title"
			data-testid="group-progress"
			style={{ display: "grid", gap: 4 }}
		>
			<Text as="h3" weight="semibold" id="group-progress-title" style={{ margin: 0 }}>
				{w(TITLE[progress.kind], { n: done, total: progress.people.length })}
			</Text>
			<ul style={{ listStyle: "none", margin: 0, padding: 0, display: "flex", flexWrap: "wrap", gap: 4 }}>
				{progress.people.map((p) => (
					<li key={p.userId} data-testid="progress-person" data-done={p.done ? "yes" : "no"}>
						<Badge
							appearance={p.done ? "filled" : "outline"}
							color={p.done ? "success" : "informative"}
							style={{ maxWidth: 200, overflow: "hidden", textOverflow: "ellipsis" }}
						>
							{p.done ? "✓ " : ""}
							{p.name}
							<span className="sr-only">{p.done ? `, ${w("progressDone")}` : `, ${w("progressNotYet")}`}</span>
						</Badge>
					</li>
				))}
			</ul>
			{progress.kind === "allDotsPlaced" && (
				<Text size={200} style={{ color: tokens.colorNeutralForeground3 }}>
					{w("dotsNeverWhere")}
				</Text>
			)}
		</section>
	);
}
