import type { GroupStore } from "./groups";

export type { GroupMemberRecord, GroupRecord, GroupStore, PlanReturnRecord } from "./groups";

/**
 * What the server keeps, behind one small interface: the workshop registry and the
 * archive of each workshop's documents. The embedded default is SQLite under DATA_DIR
 * (`sqlite.ts`); the same store serves both Fluid modes.
 */

export type WorkshopStatus = "active" | "ended";

export interface WorkshopRecord {
	readonly id: string;
	readonly title: string;
	readonly announcedEnd: number;
	readonly createdAt: number;
	readonly facilitatorId: string;
	readonly facilitatorName: string;
	readonly keyHash: string;
	/**
	 * The participant link's key (`#p=`) and the observer link's (`#o=`): which one a
	 * person presents decides their role. Kept as they are (the facilitator shares them
	 * again at any time); records from before them get theirs from migration 2.
	 */
	readonly participantKey?: string | undefined;
	readonly observerKey?: string | undefined;
	readonly containers?: { readonly process: string; readonly board: string } | undefined;
	/** The Teams meeting (chat id) the workshop's tab was set up in. */
	readonly teamsMeetingId?: string | undefined;
	/** "active" when absent (records from before the status existed). */
	readonly status?: WorkshopStatus | undefined;
	/** When the facilitator ended the workshop (server ms). */
	readonly endedAt?: number | undefined;
	/**
	 * The last time the documents were re-created from the archive: when, and the time of
	 * the archived state they hold (what participants are told).
	 */
	readonly restored?: { readonly at: number; readonly savedAt: number } | undefined;
	/** The codev group the workshop belongs to (issue 12), if any. */
	readonly groupId?: string | undefined;
}

export interface WorkshopStore {
	get(id: string): Promise<WorkshopRecord | undefined>;
	put(record: WorkshopRecord): Promise<void>;
	/** The workshop a Fluid document is bound to, if any (also the documents it had before a restore). */
	ownerOf(documentId: string): Promise<string | undefined>;
	/** The workshop set up in this Teams meeting, if any. */
	findByMeeting(meetingId: string): Promise<WorkshopRecord | undefined>;
	/** The workshops a facilitator (by user id) ran, newest first. */
	byFacilitator(facilitatorId: string): Promise<WorkshopRecord[]>;
	/** The active workshops bound to documents (what the archiver keeps open). */
	active(): Promise<WorkshopRecord[]>;
	/** Workshops created before this time (retention). */
	createdBefore(time: number): Promise<WorkshopRecord[]>;
	/** Erases the record (and the document bindings). */
	delete(id: string): Promise<void>;
	/** How many workshops the registry holds (the bound MAX_WORKSHOPS applies to). */
	count(): Promise<number>;
	/** The workshops of a codev group, newest first. */
	byGroup(groupId: string): Promise<WorkshopRecord[]>;
}

/** One workshop's latest archived state: both documents as SharedTree verbose exports. */
export interface ArchiveEntry {
	readonly workshopId: string;
	/** Server ms when this state was read from the live documents. */
	readonly savedAt: number;
	/** The process step at that time. */
	readonly step: string;
	/** `TreeAlpha.exportVerbose` of the process root. */
	readonly process: unknown;
	/** `TreeAlpha.exportVerbose` of the board root. */
	readonly board: unknown;
}

export interface ArchiveStore {
	put(entry: ArchiveEntry): Promise<void>;
	get(workshopId: string): Promise<ArchiveEntry | undefined>;
	delete(workshopId: string): Promise<void>;
}

export interface Storage {
	readonly workshops: WorkshopStore;
	readonly archive: ArchiveStore;
	/** Codev groups (issue 12): groups, members, plan returns (`groups.ts`). */
	readonly groups: GroupStore;
	close(): Promise<void>;
}

/**
 * What the server does beside the routes when a workshop's documents change hands:
 * the archiver opens newly bound documents and lets go of erased ones.
 */
export interface WorkshopHooks {
	/** The facilitator bound the workshop's documents. */
	bound(record: WorkshopRecord): void;
	/** The workshop is being erased: close its documents, delete them as far as the service allows. */
	erasing(record: WorkshopRecord): Promise<void>;
	/** A page asked for the workshop: its documents should exist (re-created from the archive if lost). */
	viewed?(record: WorkshopRecord): void;
	/** The facilitator handed the role over: the previous one's write access to the process is taken back. */
	handedOver?(record: WorkshopRecord, previousFacilitatorId: string): void;
}
