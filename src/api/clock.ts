/**
 * The server clock, as every client's timers read it: the offset is measured against the
 * server's time endpoint, taking the sample with the shortest round trip.
 */
import type { ApiClient } from "./client";

export interface Clock {
	now(): number;
}

export class ServerClock implements Clock {
	private offsetMs = 0;

	constructor(private readonly local: () => number = Date.now) {}

	now(): number {
		return this.local() + this.offsetMs;
	}

	get offset(): number {
		return this.offsetMs;
	}

	/** Measures the offset; keeps the previous one if the server cannot be reached. */
	async sync(api: Pick<ApiClient, "time">, samples = 3): Promise<number> {
		let best: { rtt: number; offset: number } | undefined;
		for (let i = 0; i < samples; i++) {
			const sent = this.local();
			try {
				const { now } = await api.time();
				const received = this.local();
				const rtt = received - sent;
				const offset = now + rtt / 2 - received;
				if (!best || rtt < best.rtt) best = { rtt, offset };
			} catch {
				break;
			}
		}
		if (best) this.offsetMs = best.offset;
		return this.offsetMs;
	}
}
