/**
 * Preloaded into the local Fluid service (node --require): it listens on loopback only
 * (the service itself listens on every interface) and writes its files for its owner only.
 */
process.umask(0o077);
const net = require("node:net");
const host = process.env.LOCAL_FLUID_HOST || "127.0.0.1";
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
	const first = args[0];
	const portOnly = typeof first === "number" || (typeof first === "string" && /^\d+$/.test(first));
	if (portOnly && (args.length === 1 || typeof args[1] === "function")) args.splice(1, 0, host);
	return listen.apply(this, args);
};
