import { describe, expect, it } from "vitest";
import {
	addTime,
	elapsedMs,
	pauseTimer,
	plannedMinutes,
	project,
	remainingMs,
	resumeTimer,
	sessionMinutes,
	startTimer,
	formatClock,
	personalTurnLeftMs,
	type PlanContext,
} from "../../src/domain/timeplan";

const MIN = 60_000;
const T0 = Date.UTC(2025, 2, 14, 9, 0, 0);
const SIX: PlanContext = { contributors: 6, participants: 7 };
/** Session minutes without the per-contributor step: 30+2+3+10+20+2+3+5+10+5+5+20+5+2+2. */
const FIXED_SESSION = 124;

describe("the step timer", () => {
	it("counts elapsed time from the start", () => {
		const t = startTimer(T0);
		expect(elapsedMs(t, T0)).toBe(0);
		expect(elapsedMs(t, T0 + 5 * MIN)).toBe(5 * MIN);
	});

	it("never shows negative elapsed time (clock before the start)", () => {
		expect(elapsedMs(startTimer(T0), T0 - 1000)).toBe(0);
	});

	it("stops counting while paused", () => {
		const paused = pauseTimer(startTimer(T0), T0 + 5 * MIN);
		expect(elapsedMs(paused, T0 + 8 * MIN)).toBe(5 * MIN);
		expect(elapsedMs(paused, T0 + 60 * MIN)).toBe(5 * MIN);
	});

	it("resumes where it stopped, the pause excluded", () => {
		const resumed = resumeTimer(pauseTimer(startTimer(T0), T0 + 5 * MIN), T0 + 8 * MIN);
		expect(resumed.pausedAt).toBeUndefined();
		expect(resumed.pausedMs).toBe(3 * MIN);
		expect(elapsedMs(resumed, T0 + 10 * MIN)).toBe(7 * MIN);
	});

	it("adds up several pauses", () => {
		let t = startTimer(T0);
		t = resumeTimer(pauseTimer(t, T0 + 1 * MIN), T0 + 3 * MIN);
		t = resumeTimer(pauseTimer(t, T0 + 5 * MIN), T0 + 9 * MIN);
		expect(elapsedMs(t, T0 + 10 * MIN)).toBe(4 * MIN);
	});

	it("ignores a second pause and a resume without pause", () => {
		const paused = pauseTimer(startTimer(T0), T0 + 5 * MIN);
		expect(pauseTimer(paused, T0 + 6 * MIN)).toEqual(paused);
		const running = startTimer(T0);
		expect(resumeTimer(running, T0 + 6 * MIN)).toEqual(running);
	});

	it("gives the remaining time, negative once over", () => {
		const t = startTimer(T0);
		expect(remainingMs(t, 10 * MIN, T0 + 4 * MIN)).toBe(6 * MIN);
		expect(remainingMs(t, 10 * MIN, T0 + 12 * MIN)).toBe(-2 * MIN);
	});

	it("adds time to the step, or takes it back", () => {
		const more = addTime(startTimer(T0), 5 * MIN);
		expect(remainingMs(more, 10 * MIN, T0 + 4 * MIN)).toBe(11 * MIN);
		const less = addTime(more, -8 * MIN);
		expect(remainingMs(less, 10 * MIN, T0 + 4 * MIN)).toBe(3 * MIN);
		expect(elapsedMs(less, T0 + 4 * MIN)).toBe(4 * MIN);
	});

	it("keeps added time and the pause across pause and resume", () => {
		let t = addTime(startTimer(T0), 2 * MIN);
		t = pauseTimer(t, T0 + 1 * MIN);
		t = addTime(t, 1 * MIN);
		expect(t.pausedAt).toBe(T0 + 1 * MIN);
		t = resumeTimer(t, T0 + 4 * MIN);
		expect(t.addedMs).toBe(3 * MIN);
		expect(remainingMs(t, 5 * MIN, T0 + 5 * MIN)).toBe(6 * MIN);
	});
});

describe("planned minutes", () => {
	it("uses each step's indicative minutes", () => {
		expect(plannedMinutes("accueil", SIX)).toBe(30);
		expect(plannedMinutes("echanges", SIX)).toBe(20);
		expect(plannedMinutes("partage", SIX)).toBe(20);
	});

	it("scales partage des contributeurs with the number of contributors (1 min each)", () => {
		expect(plannedMinutes("partage-contributeurs", { contributors: 6, participants: 7 })).toBe(6);
		expect(plannedMinutes("partage-contributeurs", { contributors: 12, participants: 13 })).toBe(12);
		expect(plannedMinutes("partage-contributeurs", { contributors: 0, participants: 1 })).toBe(1);
	});

	it("sums the session from accueil to partage des contributeurs", () => {
		expect(sessionMinutes(SIX)).toBe(FIXED_SESSION + 6);
		// 11 presenters at 2 minutes each need 22 minutes of partage, not 20.
		expect(sessionMinutes({ contributors: 10, participants: 11 })).toBe(FIXED_SESSION + 10 + 2);
	});

	it("gives partage 2 minutes per presenter, never less than the kit's 20", () => {
		expect(plannedMinutes("partage", { contributors: 3, participants: 4 })).toBe(20);
		expect(plannedMinutes("partage", { contributors: 14, participants: 15 })).toBe(30);
	});

	it("counts what is left of a stretched échanges as time that can be taken back", () => {
		const start = 0;
		const timer = startTimer(start);
		const ctx: PlanContext = { ...SIX, overrides: { echanges: 45 } };
		// 10 minutes into a 45-minute échanges: 35 left, of which 25 are above the 20-minute minimum.
		const p = project("echanges", timer, start + 10 * 60_000, start, ctx);
		expect(p.flexibleMs).toBe(25 * 60_000);
		// 30 minutes in: 15 left, all of it above the minimum.
		expect(project("echanges", timer, start + 30 * 60_000, start, ctx).flexibleMs).toBe(15 * 60_000);
	});

	it("follows the facilitator's overrides", () => {
		const ctx: PlanContext = { ...SIX, overrides: { accueil: 15, echanges: 45, "partage-contributeurs": 3 } };
		expect(plannedMinutes("accueil", ctx)).toBe(15);
		expect(plannedMinutes("echanges", ctx)).toBe(45);
		expect(plannedMinutes("partage-contributeurs", ctx)).toBe(3);
		expect(plannedMinutes("regles", ctx)).toBe(3);
		expect(sessionMinutes(ctx)).toBe(FIXED_SESSION - 15 + 25 + 3);
	});

	it("accepts an override of 0 (a step skipped)", () => {
		expect(plannedMinutes("accueil", { ...SIX, overrides: { accueil: 0 } })).toBe(0);
	});
});

describe("projecting the end of the session", () => {
	const announcedEnd = T0 + (FIXED_SESSION + 6) * MIN;

	it("at the start of accueil, ends after the whole session", () => {
		const p = project("accueil", startTimer(T0), T0, announcedEnd, SIX);
		expect(p.projectedEnd).toBe(T0 + 130 * MIN);
		expect(p.overrunMs).toBe(0);
	});

	it("is now + what is left of the current step + the following steps", () => {
		// In clarification (10 min planned), 4 min in: 6 left + 5+5+20+5+2+2+6 after.
		const start = T0 + 50 * MIN;
		const now = start + 4 * MIN;
		const p = project("clarification", startTimer(start), now, announcedEnd, SIX);
		expect(p.projectedEnd).toBe(now + (6 + 45) * MIN);
	});

	it("on time, the projection does not move as the step runs", () => {
		const p1 = project("accueil", startTimer(T0), T0 + 10 * MIN, announcedEnd, SIX);
		const p2 = project("accueil", startTimer(T0), T0 + 29 * MIN, announcedEnd, SIX);
		expect(p1.projectedEnd).toBe(announcedEnd);
		expect(p2.projectedEnd).toBe(announcedEnd);
	});

	it("shows a late session as a positive overrun and an early one as negative", () => {
		const late = project("accueil", startTimer(T0), T0, announcedEnd - 10 * MIN, SIX);
		expect(late.overrunMs).toBe(10 * MIN);
		const early = project("accueil", startTimer(T0), T0, announcedEnd + 5 * MIN, SIX);
		expect(early.overrunMs).toBe(-5 * MIN);
	});

	it("turns a step running over its time into lateness", () => {
		const p = project("accueil", startTimer(T0), T0 + 40 * MIN, announcedEnd, SIX);
		expect(p.projectedEnd).toBe(T0 + 40 * MIN + 100 * MIN);
		expect(p.overrunMs).toBe(10 * MIN);
	});

	it("pushes the end by the time added and by a pause", () => {
		const added = project("accueil", addTime(startTimer(T0), 5 * MIN), T0, announcedEnd, SIX);
		expect(added.overrunMs).toBe(5 * MIN);
		const paused = pauseTimer(startTimer(T0), T0 + 10 * MIN);
		const p = project("accueil", paused, T0 + 17 * MIN, announcedEnd, SIX);
		expect(p.overrunMs).toBe(7 * MIN);
	});

	it("scales with the number of contributors", () => {
		const six = project("echanges", startTimer(T0), T0, T0, SIX);
		const twelve = project("echanges", startTimer(T0), T0, T0, { contributors: 12, participants: 13 });
		expect(twelve.projectedEnd - six.projectedEnd).toBe(6 * MIN);
		expect(six.projectedEnd).toBe(T0 + (20 + 5 + 2 + 2 + 6) * MIN);
	});

	it("uses the facilitator's overrides for the current and following steps", () => {
		const ctx: PlanContext = { ...SIX, overrides: { clarification: 15, echanges: 30 } };
		const p = project("clarification", startTimer(T0), T0, T0, ctx);
		expect(p.projectedEnd).toBe(T0 + (15 + 5 + 5 + 30 + 5 + 2 + 2 + 6) * MIN);
	});

	it("before the session counts all of it; after it, nothing is left", () => {
		expect(project("invitation", startTimer(T0), T0, T0, SIX).projectedEnd).toBe(T0 + 130 * MIN);
		expect(project("documentation", startTimer(T0), T0 + MIN, T0, SIX).projectedEnd).toBe(T0 + MIN);
		const last = project("partage-contributeurs", startTimer(T0), T0 + 2 * MIN, T0, SIX);
		expect(last.projectedEnd).toBe(T0 + 6 * MIN);
	});
});

describe("time that can be taken back from échanges", () => {
	it("is the part of échanges planned above its 20 minutes", () => {
		const ctx: PlanContext = { ...SIX, overrides: { echanges: 45 } };
		const p = project("clarification", startTimer(T0), T0, T0, ctx);
		expect(p.flexibleMs).toBe(25 * MIN);
		const p30 = project("expose", startTimer(T0), T0, T0, { ...SIX, overrides: { echanges: 30 } });
		expect(p30.flexibleMs).toBe(10 * MIN);
	});

	it("is nothing when échanges keeps (or is below) its 20 minutes", () => {
		expect(project("clarification", startTimer(T0), T0, T0, SIX).flexibleMs).toBe(0);
		const shorter = project("clarification", startTimer(T0), T0, T0, { ...SIX, overrides: { echanges: 15 } });
		expect(shorter.flexibleMs).toBe(0);
	});

	it("is nothing once échanges is over", () => {
		const ctx: PlanContext = { ...SIX, overrides: { echanges: 45 } };
		expect(project("recolte", startTimer(T0), T0, T0, ctx).flexibleMs).toBe(0);
	});

	it("is not created by stretching another step", () => {
		const ctx: PlanContext = { ...SIX, overrides: { clarification: 30, reflexion: 15 } };
		expect(project("accueil", startTimer(T0), T0, T0, ctx).flexibleMs).toBe(0);
	});
});

describe("a personal turn starts at its full time", () => {
	it("never shows more than 2:00 for a 2-minute turn, even read just before it was given", () => {
		// The screen's clock ticks once a second: it may read a time a little before the turn began.
		expect(personalTurnLeftMs("partage", 10_000, 9_400)).toBe(120_000);
		expect(formatClock(personalTurnLeftMs("partage", 10_000, 9_400) ?? 0)).toBe("2:00");
		expect(formatClock(personalTurnLeftMs("partage", 10_000, 10_000) ?? 0)).toBe("2:00");
		expect(formatClock(personalTurnLeftMs("partage", 10_000, 11_000) ?? 0)).toBe("1:59");
		expect(formatClock(personalTurnLeftMs("partage-contributeurs", 0, -5) ?? 0)).toBe("1:00");
	});
});
