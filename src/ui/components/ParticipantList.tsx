/** Who is in the workshop, with their role and whether they are online right now. */
import { Badge, Card, PresenceBadge, Subtitle2, Text } from "@fluentui/react-components";
import { roleName } from "../../domain/messages";
import { isServerUser } from "../../fluid/ids";
import { canRun } from "../../fluid/commands/command";
import { handOver } from "../../fluid/commands/facilitation";
import { membersInOrder, roleContext } from "../../fluid/read";
import { roleOf } from "../../domain/roles";
import type { WorkshopSession } from "../../fluid/session";
import { HandoffButton } from "../facilitation/Handoff";
import { useOnline, useTree } from "../hooks";
import { useLocale } from "../i18n";

export function ParticipantList({ session }: { session: WorkshopSession }) {
	const { t, locale } = useLocale();
	const process = session.processView.root;
	const board = session.boardView.root;
	const members = useTree(
		board.members,
		() => membersInOrder(board),
		(a, b) => JSON.stringify(a) === JSON.stringify(b),
	);
	const ctx = useTree(
		process,
		() => roleContext(process),
		(a, b) => JSON.stringify(a) === JSON.stringify(b),
	);
	const online = useOnline(session.audience);
	const iFacilitate = ctx.facilitatorId === session.me.userId;
	const memberIds = new Set(members.map((m) => m.id));
	const observers = [...session.audience.getMembers().values()].filter((m) => !memberIds.has(m.id) && !isServerUser(m.id));
	const people = [
		...members.map((m) => ({ id: m.id, name: m.name, observer: m.observer })),
		...observers.map((m) => ({ id: m.id, name: m.name, observer: true })),
	];
	return (
		<Card aria-labelledby="participants-title">
			<Subtitle2 as="h2" id="participants-title">
				{t("participants")} ({people.length})
			</Subtitle2>
			<ul data-testid="participants" style={{ listStyle: "none", padding: 0, margin: 0, display: "grid", gap: 6 }}>
				{people.map((p) => {
					const isOnline = online.has(p.id);
					return (
						<li
							key={p.id}
							data-testid="participant"
							data-online={isOnline ? "yes" : "no"}
							style={{ display: "flex", gap: 8, alignItems: "center" }}
						>
							<PresenceBadge status={isOnline ? "available" : "offline"} aria-label={isOnline ? t("online") : t("offline")} />
							<Text>
								{p.name}
								{p.id === session.me.userId ? ` (${t("you")})` : ""}
							</Text>
							<Badge appearance="outline" size="small">
								{roleName(roleOf(p, ctx), locale)}
							</Badge>
							{iFacilitate && canRun(handOver, session.context(), { toUserId: p.id }).ok && (
								<HandoffButton toUserId={p.id} name={p.name} />
							)}
						</li>
					);
				})}
			</ul>
		</Card>
	);
}
