/**
 * What a client sends on the Fluid WebSocket, read frame by frame (pure): Engine.IO v4
 * packets carrying Socket.IO packets. Only the default namespace and text frames are
 * used by the Fluid driver; an event is named and its arguments parsed so that the
 * proxy can check `connect_document` and refuse any event the driver never sends.
 */

export type ClientFrame =
	| { readonly kind: "pass" }
	| { readonly kind: "event"; readonly name: string; readonly args: readonly unknown[] }
	| { readonly kind: "refuse"; readonly reason: string };

/** The events the Fluid driver emits (driver-base documentDeltaConnection). */
export const CLIENT_EVENTS: ReadonlySet<string> = new Set([
	"connect_document",
	"submitOp",
	"submitSignal",
	"ping",
	"client_disconnect",
]);

export function readClientFrame(text: string): ClientFrame {
	const engine = text[0];
	// close, ping, pong, upgrade, noop: no content of their own.
	if (engine === "1" || engine === "2" || engine === "3" || engine === "5" || engine === "6") return { kind: "pass" };
	if (engine !== "4") return { kind: "refuse", reason: "engine packet" };
	const type = text[1];
	const rest = text.slice(2);
	if (type === "0" || type === "1") {
		// connect / disconnect, default namespace only (an optional auth object may follow connect).
		return rest.startsWith("/") ? { kind: "refuse", reason: "namespace" } : { kind: "pass" };
	}
	if (type === "3") return /^\d+\[/.test(rest) ? { kind: "pass" } : { kind: "refuse", reason: "ack" };
	if (type !== "2") return { kind: "refuse", reason: "packet type" };
	const match = /^(\d*)(\[[\s\S]*)$/.exec(rest);
	if (!match?.[2]) return { kind: "refuse", reason: "event" };
	let data: unknown;
	try {
		data = JSON.parse(match[2]);
	} catch {
		return { kind: "refuse", reason: "event" };
	}
	if (!Array.isArray(data) || typeof data[0] !== "string") return { kind: "refuse", reason: "event" };
	const [name, ...args] = data as [string, ...unknown[]];
	if (!CLIENT_EVENTS.has(name)) return { kind: "refuse", reason: "unknown event" };
	return { kind: "event", name, args };
}

/** A server event as Socket.IO frames it (an error answer the proxy gives itself). */
export function serverEvent(name: string, ...args: unknown[]): string {
	return `42${JSON.stringify([name, ...args])}`;
}
