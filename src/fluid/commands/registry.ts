/** Every registered command, by module: what the command × step × role test walks. */
import * as board from "./board";
import type { Command } from "./command";
import * as facilitation from "./facilitation";
import * as process from "./process";
import * as sheets from "./sheets";

/** A command of any arguments (its methods take them bivariantly). */
export type AnyCommand = Command<never>;

function isCommand(value: unknown): value is AnyCommand {
	return (
		typeof value === "object" &&
		value !== null &&
		"name" in value &&
		"action" in value &&
		"check" in value &&
		"run" in value &&
		"writes" in value
	);
}

export const COMMANDS: readonly AnyCommand[] = [board, facilitation, process, sheets].flatMap((module) =>
	Object.values(module).filter(isCommand),
);

export function commandNamed(name: string): AnyCommand | undefined {
	return COMMANDS.find((c) => c.name === name);
}
