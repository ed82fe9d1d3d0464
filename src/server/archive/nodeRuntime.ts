/** Fluid 2.113 reads `navigator` (device spec); Node 20 has none. Imported before any Fluid code on the server. */
const g = globalThis as { navigator?: unknown };
g.navigator ??= { hardwareConcurrency: 2 };
export {};
