/**
 * What the group's routes answer, put together from the group's rows (members, returns)
 * and its sessions' facts (read from the archives, `history.ts`), by the rules of
 * `domain/groups.ts`. A member who left shows with the name "".
 */
import type { Static } from "typebox";
import type * as S from "../../api/schemas";
import { earlierThan, mayCreateSession, neverOffered, offersByPerson, previousOffer } from "../../domain/groups";
import type { GroupMemberRecord, GroupRecord, PlanReturnRecord } from "../storage/types";
import { documentationShown, type SessionFacts } from "./history";

type PlanItem = Static<typeof S.PlanItem>;
type PreviousPlan = Static<typeof S.PreviousPlan>;
type HistorySession = Static<typeof S.HistorySession>;
type GroupView = Static<typeof S.GroupView>;
type Continuity = Static<typeof S.Continuity>;

/** The group's rows a view needs. */
export interface GroupRows {
	readonly group: GroupRecord;
	readonly members: readonly GroupMemberRecord[];
	readonly returns: readonly PlanReturnRecord[];
}

export function nameIn(rows: GroupRows, userId: string): string {
	return rows.members.find((m) => m.userId === userId)?.name ?? "";
}

const isActive = (facts: SessionFacts) => (facts.record.status ?? "active") === "active";

export function activeOf(sessions: readonly SessionFacts[]): SessionFacts | undefined {
	return sessions.find(isActive);
}

export function planItems(rows: GroupRows, facts: SessionFacts): PlanItem[] {
	return facts.plan.map((a) => {
		const r = rows.returns.find((x) => x.workshopId === facts.workshopId && x.actionId === a.id);
		return {
			id: a.id,
			text: a.text,
			when: a.when,
			...(a.due ? { due: a.due } : {}),
			return: r ? { status: r.status, comment: r.comment, at: r.at } : null,
		};
	});
}

function previousPlanOf(rows: GroupRows, facts: SessionFacts | undefined): PreviousPlan | null {
	if (!facts?.offreurId) return null;
	return {
		workshopId: facts.workshopId,
		date: facts.date,
		offreur: { userId: facts.offreurId, name: nameIn(rows, facts.offreurId) },
		formulation: facts.formulation,
		actions: planItems(rows, facts),
	};
}

/** The plan a session opens with: the latest earlier session's that had an offreur. */
export function previousPlanFor(rows: GroupRows, sessions: readonly SessionFacts[], current: SessionFacts): PreviousPlan | null {
	return previousPlanOf(rows, previousOffer(earlierThan(sessions, current)));
}

/** The plan the group's next session would open with (every session is earlier). */
export function latestPlan(rows: GroupRows, sessions: readonly SessionFacts[]): PreviousPlan | null {
	return previousPlanOf(rows, previousOffer(sessions));
}

function facilitatorNameOf(rows: GroupRows, facts: SessionFacts): string {
	const id = facts.record.facilitatorId;
	return rows.members.some((m) => m.userId === id) ? facts.record.facilitatorName : "";
}

export function historySession(rows: GroupRows, facts: SessionFacts): HistorySession {
	const isMember = (id: string) => rows.members.some((m) => m.userId === id);
	return {
		workshopId: facts.workshopId,
		title: facts.record.title,
		date: facts.date,
		status: facts.record.status ?? "active",
		facilitatorName: facilitatorNameOf(rows, facts),
		offreur: facts.offreurId ? { userId: facts.offreurId, name: nameIn(rows, facts.offreurId) } : null,
		formulation: facts.formulation,
		plan: planItems(rows, facts),
		documentation: documentationShown(facts, isMember),
	};
}

export function continuityOf(rows: GroupRows, sessions: readonly SessionFacts[], current: SessionFacts): Continuity {
	const earlier = earlierThan(sessions, current);
	const offers = offersByPerson(earlier);
	return {
		group: { id: rows.group.id, name: rows.group.name },
		previous: previousPlanFor(rows, sessions, current),
		priorOffers: [...offers].map(([userId, at]) => ({ userId, name: nameIn(rows, userId), at })),
		neverOffered: neverOffered(
			rows.members.map((m) => m.userId),
			earlier,
		).map((userId) => ({ userId, name: nameIn(rows, userId) })),
		nextFacilitatorId: rows.group.nextFacilitatorId,
	};
}

export function groupView(
	rows: GroupRows,
	sessions: readonly SessionFacts[],
	me: GroupMemberRecord,
	mayDelete: boolean,
): GroupView {
	const offers = offersByPerson(sessions);
	const active = activeOf(sessions);
	const next = rows.group.nextFacilitatorId;
	return {
		group: { id: rows.group.id, name: rows.group.name, createdAt: rows.group.createdAt },
		me: { userId: me.userId, name: me.name },
		memberKey: rows.group.memberKey,
		nextFacilitatorId: next,
		nextFacilitatorName: nameIn(rows, next),
		mayCreate: mayCreateSession(me.userId, next, active !== undefined),
		mayDelete,
		members: rows.members.map((m) => ({
			userId: m.userId,
			name: m.name,
			joinedAt: m.joinedAt,
			offeredAt: offers.get(m.userId) ?? [],
		})),
		current: active
			? {
					workshopId: active.workshopId,
					title: active.record.title,
					announcedEnd: active.record.announcedEnd,
					facilitatorName: active.record.facilitatorName,
				}
			: null,
		sessions: sessions.map((s) => historySession(rows, s)),
	};
}

/** What a new session of the group carries: the latest archived session's rules, and the plan it opens with. */
export function carriedFor(rows: GroupRows, sessions: readonly SessionFacts[]): Static<typeof S.Carried> {
	return { rules: [...(sessions.find((s) => s.archived)?.rules ?? [])], previous: latestPlan(rows, sessions) };
}
