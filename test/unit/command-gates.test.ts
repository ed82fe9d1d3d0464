/**
 * One home for the step/role rule: for every registered command, every step and every
 * role, `canRun` refuses exactly where the step table (`mayAct`) refuses, with its
 * reason, and where the table allows, it says what the command's own rule says.
 */
import { describe, expect, it } from "vitest";
import { mayAct } from "../../src/domain/actions";
import { STEP_IDS, type Role, type StepId } from "../../src/domain/steps";
import { canRun, canUndoRun, myRole, type Command, type CommandContext } from "../../src/fluid/commands/command";
import { COMMANDS } from "../../src/fluid/commands/registry";
import * as board from "../../src/fluid/commands/board";
import * as facilitation from "../../src/fluid/commands/facilitation";
import * as process from "../../src/fluid/commands/process";
import * as sheets from "../../src/fluid/commands/sheets";
import { initialBoard, initialProcess } from "../../src/fluid/initial";
import { Member } from "../../src/fluid/schema";

type Args = Record<string, unknown>;
const ARGS: Args = {
	text: "Un texte",
	problematiqueId: "pb-1",
	dotId: "dot-1",
	answer: "yes",
	questionId: "q-1",
	raised: true,
	userId: "contrib",
	phase: "echanges",
	to: "accueil",
	ms: 60_000,
	open: true,
	revealed: true,
	step: "echanges",
	minutes: 30,
	toUserId: "contrib",
	confronted: "Oui",
	howMet: "",
	whatWorked: "",
	kind: "temoignage",
	sourceKind: "rebond",
	sourceId: "r-1",
	ideaId: "i-1",
	when: "",
	actionId: "a-1",
	toIndex: 0,
	agree: true,
	x: 1,
	y: 2,
	id: "pb-1",
	recall: "posture",
};

const ROLES: readonly Role[] = ["facilitator", "participant", "offreur", "contributor", "observer"];

/** A context where the actor holds `role` at `step`, or undefined where no one can. */
function contextFor(step: StepId, role: Role): CommandContext | undefined {
	const p = initialProcess({ title: "T", announcedEnd: 0, facilitatorId: "fac", facilitatorName: "F", now: 0 });
	p.step = step;
	const b = initialBoard();
	for (const [id, joinedAt] of [
		["fac", 1],
		["off", 2],
		["contrib", 3],
	] as const) {
		b.members.set(id, new Member({ id, name: id, observer: false, joinedAt }));
	}
	const dealt = role === "offreur" || role === "contributor";
	if (dealt) p.offreurId = "off";
	const id = role === "facilitator" ? "fac" : role === "offreur" ? "off" : "contrib";
	const ctx: CommandContext = {
		me: { id, name: id, observer: role === "observer" },
		process: p,
		board: b,
		now: () => 0,
		newId: () => "new",
	};
	return myRole(ctx) === role ? ctx : undefined;
}

describe("the command × step × role gate", () => {
	it("registers every exported command", () => {
		const exported = [board, facilitation, process, sheets].flatMap((m) =>
			Object.values(m).filter((v) => typeof v === "object" && v !== null && "action" in v),
		);
		expect(COMMANDS.length).toBe(exported.length);
		expect(COMMANDS.length).toBeGreaterThan(30);
		expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
	});

	it("is the step table's for every command, step and role", () => {
		let checked = 0;
		// One context per step and role (checks only read it): building trees is the slow part.
		const contexts = new Map(
			STEP_IDS.flatMap((step) => ROLES.map((role) => [`${step}|${role}`, contextFor(step, role)] as const)),
		);
		for (const command of COMMANDS) {
			const c = command as unknown as Command<Args>;
			for (const step of STEP_IDS) {
				for (const role of ROLES) {
					const ctx = contexts.get(`${step}|${role}`);
					if (!ctx) continue;
					const table = mayAct(step, role, c.action);
					const verdict = canRun(c, ctx, ARGS);
					const where = `${c.name} at ${step} as ${role}`;
					if (!table.ok) {
						expect(verdict, where).toEqual(table);
						expect(canUndoRun(c, ctx, ARGS), `undo of ${where}`).toEqual(table);
					} else expect(verdict, where).toEqual(c.check(ctx, ARGS));
					checked++;
				}
			}
		}
		expect(checked).toBeGreaterThan(COMMANDS.length * STEP_IDS.length * 2);
	});

	it("reads the step through the typed reader: an unknown step is the first one", () => {
		const ctx = contextFor("regles", "participant");
		if (!ctx) throw new Error("no context");
		ctx.process.step = "not-a-step";
		expect(canRun(board.addRule, ctx, { text: "x" })).toEqual({ ok: false, reason: "notInThisStep" });
	});
});
