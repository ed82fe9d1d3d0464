/**
 * Preloaded into the local Fluid service (node --require), which has no such settings:
 * - it listens on loopback only (the service itself listens on every interface);
 * - it writes its files for its owner only;
 * - it answers nothing about an erased document: the app lists erased ids in
 *   `<storage>/erased` (one per line), and the service's REST routes naming one answer 404.
 *   (It has no delete: the document's ops stay in its memory until it restarts, and its
 *   folder starts empty at every start. Sockets are the app's to guard, by its tokens.)
 */
process.umask(0o077);
const fs = require("node:fs");
const http = require("node:http");
const net = require("node:net");
const path = require("node:path");

const host = process.env.LOCAL_FLUID_HOST || "127.0.0.1";
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
	const first = args[0];
	const portOnly = typeof first === "number" || (typeof first === "string" && /^\d+$/.test(first));
	if (portOnly && (args.length === 1 || typeof args[1] === "function")) args.splice(1, 0, host);
	return listen.apply(this, args);
};

const erasedFile = process.env.storage ? path.join(process.env.storage, "erased") : undefined;
let erased = new Set();
let erasedStamp = -1;
function erasedIds() {
	if (!erasedFile) return erased;
	let stamp = 0;
	try {
		stamp = fs.statSync(erasedFile).mtimeMs;
	} catch {
		stamp = 0;
	}
	if (stamp !== erasedStamp) {
		erasedStamp = stamp;
		try {
			erased = new Set(fs.readFileSync(erasedFile, "utf8").split("\n").filter(Boolean));
		} catch {
			erased = new Set();
		}
	}
	return erased;
}

const DOCUMENT_ROUTE = /^\/(?:deltas|documents)\/[^/]+\/([^/?]+)|^\/repos\/[^/]+\/git\/refs\/heads\/([^/?]+)/;
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, ...args) {
	if (event === "request") {
		const [request, response] = args;
		const match = DOCUMENT_ROUTE.exec(request.url || "");
		const id = match ? decodeURIComponent(match[1] || match[2] || "") : "";
		if (id && erasedIds().has(id)) {
			response.writeHead(404, { "content-type": "application/json" });
			response.end("null");
			return true;
		}
	}
	return emit.call(this, event, ...args);
};
