/**
 * The archive: the server reads each active workshop's documents (read-only, its own
 * token), keeps their latest state, and re-creates them from it when the local service
 * restarts and forgets them. Real local service, restarted for real.
 */
import "../support/node-fluid";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Tree } from "fluid-framework";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fluidStorageDir, startLocalFluidService, type LocalFluidProcess } from "../../scripts/local-fluid.mjs";
import { boardConfig, containerSchema, MIN_VERSION_FOR_COLLAB, processConfig } from "../../src/fluid/containers";
import { initialBoard, initialProcess } from "../../src/fluid/initial";
import { Archiver } from "../../src/server/archive/archiver";
import { ARCHIVE_USER, serverFluid, type ServerFluid } from "../../src/server/archive/serverFluid";
import { loadConfig } from "../../src/server/config";
import type { Storage, WorkshopRecord } from "../../src/server/storage/types";
import { freePort } from "../support/services";
import { testStorage } from "../support/storage";
import { until } from "../support/waiting";

let dataDir: string;
let port: number;
let service: LocalFluidProcess;
let fluid: ServerFluid;
let storage: Storage;

beforeAll(async () => {
	dataDir = await mkdtemp(path.join(tmpdir(), "atelier-archive-"));
	port = await freePort();
	service = await startLocalFluidService({ port, dataDir, stderr: "ignore" });
	const config = loadConfig({ FLUID_MODE: "local", LOCAL_FLUID_ENDPOINT: service.endpoint, PORT: "0", DATA_DIR: dataDir });
	fluid = serverFluid(config);
	storage = await testStorage();
});

afterAll(async () => {
	await service.stop();
	await storage.close();
	await rm(dataDir, { recursive: true, force: true });
});

/** A facilitator's first run, done here with a writing client: both documents, bound to a record. */
async function newWorkshop(id: string) {
	const process = await fluid.writer.createContainer(containerSchema, MIN_VERSION_FOR_COLLAB);
	const processView = process.container.initialObjects.tree.viewWith(processConfig);
	processView.initialize(
		initialProcess({
			title: "Atelier",
			announcedEnd: Date.now() + 3_600_000,
			facilitatorId: "f-1",
			facilitatorName: "Fanny",
			now: Date.now(),
		}),
	);
	const board = await fluid.writer.createContainer(containerSchema, MIN_VERSION_FOR_COLLAB);
	const boardView = board.container.initialObjects.tree.viewWith(boardConfig);
	boardView.initialize(initialBoard());
	const containers = { process: await process.container.attach(), board: await board.container.attach() };
	const record: WorkshopRecord = {
		id,
		title: "Atelier",
		announcedEnd: Date.now() + 3_600_000,
		createdAt: Date.now(),
		facilitatorId: "f-1",
		facilitatorName: "Fanny",
		keyHash: "",
		containers,
	};
	await storage.workshops.put(record);
	return {
		record,
		processView,
		boardView,
		dispose: () => {
			process.container.dispose();
			board.container.dispose();
		},
	};
}

function boardText(board: unknown): string {
	return JSON.stringify(board);
}

describe("the archive", () => {
	test("a bound workshop is archived at once, a step change at once, content a few seconds behind", async () => {
		const archiver = new Archiver({ storage, fluid, now: Date.now, saveDelayMs: 300 });
		const w = await newWorkshop("w-archive-1");
		archiver.bound(w.record);
		await archiver.settled(w.record.id);
		expect(archiver.isOpen(w.record.id)).toBe(true);
		const first = await storage.archive.get(w.record.id);
		expect(first?.step).toBe("invitation");

		w.boardView.root.formulation = "trouver le temps de dire non";
		const withContent = await until(
			() => storage.archive.get(w.record.id),
			(e) => boardText(e?.board).includes("trouver le temps de dire non"),
		);
		expect(boardText(withContent?.board)).toContain("trouver le temps de dire non");

		w.processView.root.step = "accueil";
		const stepped = await until(
			() => storage.archive.get(w.record.id),
			(e) => e?.step === "accueil",
		);
		expect(stepped?.step).toBe("accueil");
		await archiver.stop();
		w.dispose();
	});

	test("the facilitator's end marks the workshop ended, archives its final state and lets go of it", async () => {
		const archiver = new Archiver({ storage, fluid, now: Date.now, saveDelayMs: 5_000 });
		const w = await newWorkshop("w-archive-end");
		archiver.bound(w.record);
		await archiver.settled(w.record.id);
		Tree.runTransaction(w.processView.root, () => {
			w.processView.root.step = "documentation";
			w.boardView.root.documentation = "Notes condensées";
			w.processView.root.endedAt = Date.now();
		});
		w.boardView.root.documentation = "Notes condensées";
		const ended = await until(
			() => storage.workshops.get(w.record.id),
			(r) => r?.status === "ended",
		);
		expect(ended?.status).toBe("ended");
		expect(ended?.endedAt).toBeTypeOf("number");
		expect((await storage.archive.get(w.record.id))?.step).toBe("documentation");
		await until(
			async () => archiver.isOpen(w.record.id),
			(open) => !open,
		);
		expect(archiver.isOpen(w.record.id)).toBe(false);
		await archiver.stop();
		w.dispose();
	});

	test("after the local service restarts, the documents are re-created from the archive and rebound", async () => {
		const archiver = new Archiver({ storage, fluid, now: Date.now, saveDelayMs: 200 });
		const w = await newWorkshop("w-archive-restore");
		archiver.bound(w.record);
		await archiver.settled(w.record.id);
		w.processView.root.step = "choix";
		w.boardView.root.formulation = "avant le redémarrage";
		await until(
			() => storage.archive.get(w.record.id),
			(e) => e?.step === "choix" && boardText(e.board).includes("avant le redémarrage"),
		);
		w.dispose();
		const before = Date.now();

		await service.stop();
		service = await startLocalFluidService({ port, dataDir, stderr: "ignore" });

		const rebound = await until(
			() => storage.workshops.get(w.record.id),
			(r) => r?.containers?.process !== w.record.containers?.process,
			{ timeoutMs: 60_000 },
		);
		expect(rebound?.containers?.process).not.toBe(w.record.containers?.process);
		expect(rebound?.containers?.board).not.toBe(w.record.containers?.board);
		expect(rebound?.restored?.at).toBeGreaterThanOrEqual(before);
		expect(rebound?.restored?.savedAt).toBeLessThanOrEqual(before);
		// The old ids stay the workshop's: nobody can bind them to another workshop.
		expect(await storage.workshops.ownerOf(w.record.containers?.board ?? "")).toBe(w.record.id);

		// Anyone opening the new documents reads what was there before the restart.
		const ids = rebound?.containers;
		if (!ids) throw new Error("not rebound");
		const p = await fluid.reader.getContainer(ids.process, containerSchema, MIN_VERSION_FOR_COLLAB);
		const b = await fluid.reader.getContainer(ids.board, containerSchema, MIN_VERSION_FOR_COLLAB);
		expect(p.container.initialObjects.tree.viewWith(processConfig).root.step).toBe("choix");
		expect(b.container.initialObjects.tree.viewWith(boardConfig).root.formulation).toBe("avant le redémarrage");
		p.container.dispose();
		b.container.dispose();
		await archiver.settled(w.record.id);
		expect(archiver.isOpen(w.record.id)).toBe(true);
		await archiver.stop();
	});

	test("at start, a workshop whose documents the service no longer has is restored", async () => {
		const first = new Archiver({ storage, fluid, now: Date.now, saveDelayMs: 200 });
		const w = await newWorkshop("w-archive-start");
		first.bound(w.record);
		await first.settled(w.record.id);
		await first.stop();
		w.dispose();
		await service.stop();
		service = await startLocalFluidService({ port, dataDir, stderr: "ignore" });

		const second = new Archiver({ storage, fluid, now: Date.now, saveDelayMs: 200 });
		await second.start();
		const record = await storage.workshops.get(w.record.id);
		expect(record?.containers?.process).not.toBe(w.record.containers?.process);
		expect(record?.restored).toBeDefined();
		expect(second.isOpen(w.record.id)).toBe(true);
		await second.stop();
	});

	test("an ended workshop whose documents were lost is re-created when a page asks for it", async () => {
		const archiver = new Archiver({ storage, fluid, now: Date.now, saveDelayMs: 200 });
		const w = await newWorkshop("w-archive-ended-lost");
		archiver.bound(w.record);
		await archiver.settled(w.record.id);
		w.boardView.root.documentation = "Le document de l'atelier";
		w.processView.root.endedAt = Date.now();
		const ended = await until(
			() => storage.workshops.get(w.record.id),
			(r) => r?.status === "ended",
		);
		expect(archiver.isOpen(w.record.id)).toBe(false);
		w.dispose();
		await service.stop();
		service = await startLocalFluidService({ port, dataDir, stderr: "ignore" });

		if (!ended) throw new Error("not ended");
		archiver.viewed(ended);
		await archiver.settled(w.record.id);
		const record = await storage.workshops.get(w.record.id);
		const ids = record?.containers;
		if (!ids) throw new Error("no documents");
		expect(ids.board).not.toBe(w.record.containers?.board);
		expect(record?.status).toBe("ended");
		const b = await fluid.reader.getContainer(ids.board, containerSchema, MIN_VERSION_FOR_COLLAB);
		expect(b.container.initialObjects.tree.viewWith(boardConfig).root.documentation).toBe("Le document de l'atelier");
		b.container.dispose();
		// Ended workshops are read, not kept open.
		expect(archiver.isOpen(w.record.id)).toBe(false);
		await archiver.stop();
	});

	test("the service's files are under DATA_DIR, for their owner only, and it listens on loopback only", async () => {
		const dir = fluidStorageDir(dataDir);
		expect(await readdir(dir)).toContain("local");
		const { stat } = await import("node:fs/promises");
		expect((await stat(dir)).mode & 0o077).toBe(0);
		const { networkInterfaces } = await import("node:os");
		const outside = Object.values(networkInterfaces())
			.flat()
			.find((i) => i && i.family === "IPv4" && !i.internal);
		if (outside) {
			const reached = await fetch(`http://${outside.address}:${port}/`, { signal: AbortSignal.timeout(2000) }).then(
				() => true,
				() => false,
			);
			expect(reached).toBe(false);
		}
		expect((await fetch(`http://127.0.0.1:${port}/`)).ok).toBe(true);
	});

	test("erasing a workshop removes its documents from what the local service answers", async () => {
		const archiver = new Archiver({ storage, fluid, now: Date.now, saveDelayMs: 200, localStorageDir: fluidStorageDir(dataDir) });
		const gone = await newWorkshop("w-archive-erased");
		const kept = await newWorkshop("w-archive-kept");
		gone.boardView.root.formulation = "contenu à effacer";
		await new Promise((r) => setTimeout(r, 500));
		const base = `http://127.0.0.1:${port}`;
		const ids = gone.record.containers;
		if (!ids) throw new Error("no documents");
		const refs = async () => JSON.stringify(await (await fetch(`${base}/repos/local/git/refs`)).json());
		expect(await refs()).toContain(ids.board);
		expect((await fetch(`${base}/deltas/local/${ids.board}`)).status).toBe(200);

		await archiver.erasing(gone.record);
		for (const id of [ids.process, ids.board]) {
			expect(await refs()).not.toContain(id);
			expect((await fetch(`${base}/deltas/local/${id}`)).status).toBe(404);
			expect((await fetch(`${base}/documents/local/${id}`)).status).toBe(404);
			expect(await fluid.hasDocument(id)).toBe(false);
		}
		// Another workshop's documents are untouched.
		const other = kept.record.containers?.board ?? "";
		expect(await refs()).toContain(other);
		expect((await fetch(`${base}/deltas/local/${other}`)).status).toBe(200);
		await archiver.stop();
		gone.dispose();
		kept.dispose();
	});

	test("the server's own user is reserved: no ticket can carry it", () => {
		expect(ARCHIVE_USER.id).toMatch(/^s-/);
	});
});
