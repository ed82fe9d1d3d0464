/** Fluid 2.113 reads `navigator` (device spec); Node 20 has none. Browsers are the real runtime. */
const g = globalThis as { navigator?: unknown };
g.navigator ??= { hardwareConcurrency: 2 };
export {};
