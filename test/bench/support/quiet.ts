/**
 * The Node Fluid clients print their own error telemetry (`fluid:telemetry…`: a read-only
 * client's summarizer refused by the proxy, as designed). In the bench's output it only
 * buries the table: those messages are dropped, everything else passes.
 */
import { format } from "node:util";

const noise = (args: readonly unknown[]) => format(...args).includes("fluid:telemetry");
for (const method of ["log", "error", "warn", "info", "debug"] as const) {
	const original = console[method].bind(console);
	console[method] = (...args: unknown[]) => {
		if (!noise(args)) original(...args);
	};
}
const write = process.stderr.write.bind(process.stderr);
process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
	String(chunk).includes("fluid:telemetry") ? true : write(chunk, ...rest)) as typeof process.stderr.write;
