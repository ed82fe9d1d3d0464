/**
 * Opening a workshop: who am I (facilitator link, stored identity, or the join form),
 * then the two documents (created by the facilitator on first arrival), then the view.
 */
import { Button, Spinner, Text } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { lazyPart } from "../Lazy";
import { ApiError, type ApiClient } from "../../api/client";
import { ServerClock } from "../../api/clock";
import { early } from "../../api/early";
import type { Identity, PublicFluidConfig, WorkshopInfo } from "../../api/types";
import { onFacilitatorChange } from "../../fluid/handoff";
import { createWorkshopDocuments, openWorkshop, type WorkshopSession } from "../../fluid/session";
import type { Host } from "../../teams/host";
import { describeError } from "../errors";
import { useLocale } from "../i18n";
import { groupStore } from "../group/groupStore";
import { identityStore, keyFromHash } from "../identityStore";
import { type LinkKey, linkKeyFromHash } from "../links";
import { watchForNewDocuments } from "./documentsWatch";
import { followBrowserNetwork } from "./networkWatch";
import { WorkshopView } from "./WorkshopView";
import { preloadWorkshopParts } from "./workshopParts";

/** The join form is its own chunk: someone who has joined already never loads it. */
const JoinForm = lazyPart(() => import("./JoinForm").then((m) => m.JoinForm), { padding: 48 });

type State =
	| { kind: "loading" }
	| { kind: "join"; info: WorkshopInfo; link: LinkKey; message?: string | undefined }
	| { kind: "waiting"; info: WorkshopInfo }
	| { kind: "ready"; session: WorkshopSession; info: WorkshopInfo }
	| { kind: "error"; message: string; retry: boolean };

const WAIT_FOR_DOCUMENTS_MS = 2000;
/** A page that could not load (server or service restarting) tries again by itself, for a while. */
const RETRY_EVERY_MS = 3000;
const RETRIES = 40;

/** The group's session under way, if it is another one than this (ended) workshop. */
async function laterSessionOf(api: ApiClient, groupId: string, workshopId: string): Promise<string | undefined> {
	const member = groupStore.get(groupId);
	if (!member) return undefined;
	const view = await api.viewGroup(groupId, { ticket: member.ticket }).catch(() => undefined);
	const current = view?.current?.workshopId;
	return current && current !== workshopId ? current : undefined;
}

export function WorkshopPage({ api, workshopId, host }: { api: ApiClient; workshopId: string; host: Host }) {
	const { t } = useLocale();
	const [state, setState] = useState<State>({ kind: "loading" });
	const [attempt, setAttempt] = useState(0);
	const [retries, setRetries] = useState(0);

	const open = useCallback(
		async (
			identity: Identity,
			info: WorkshopInfo,
			fluid: PublicFluidConfig,
			clock: ServerClock,
			synced: Promise<unknown>,
		): Promise<State> => {
			const key = identityStore.getKey(workshopId);
			// The view will show: fetch its later parts (canvas, zones) while the documents load.
			if (info.containers || identity.role === "facilitator") preloadWorkshopParts();
			if (!info.containers) {
				if (identity.role === "facilitator") {
					const rules = groupStore.carriedRules(workshopId);
					// The first state of the documents is dated by the server's clock.
					await synced;
					const session = await createWorkshopDocuments(api, fluid, info, identity, key, clock, rules);
					groupStore.clearCarriedRules(workshopId);
					return { kind: "ready", session, info: await api.workshop(workshopId) };
				}
				return { kind: "waiting", info };
			}
			return { kind: "ready", session: await openWorkshop(api, fluid, info, identity, clock, synced), info };
		},
		[api, workshopId],
	);

	const load = useCallback(
		async (fresh?: Identity): Promise<State> => {
			// The clock syncs while the rest goes on (asked first, before the page's other requests
			// crowd the network); what is dated waits for it (`synced`).
			const clock = new ServerClock();
			const synced = clock.sync(api);
			// The page's first script may have asked already (a stored identity): its replies, once.
			const [info, { fluid }] = await Promise.all([
				early.takeWorkshop(workshopId) ?? api.workshop(workshopId),
				early.takeConfig() ?? api.config(),
			]);
			// A workshop with documents: its later parts (canvas, zones) are fetched now, beside
			// the clock's sync and the documents' load, not after them.
			if (info.containers) preloadWorkshopParts();
			let identity = fresh ?? identityStore.get(workshopId);
			const key = keyFromHash(window.location.hash);
			if (key) {
				identity = await api.facilitator(workshopId, key);
				identityStore.setKey(workshopId, key);
				identityStore.set(workshopId, identity);
				// The key stays out of the address bar (and out of a shared screen).
				window.history.replaceState(null, "", window.location.pathname + window.location.search);
			}
			const link = linkKeyFromHash(window.location.hash);
			if (!identity && host.teams) {
				// In Teams, people are who Teams says (single sign-on), never a typed name: a
				// participant of the meeting, or by the link's key (an observer link stays one).
				identity = await api.teamsJoin(workshopId, await host.teams.getSsoToken(), host.teams.meetingId, link?.key);
				identityStore.set(workshopId, identity);
				if (identity.group) groupStore.set(identity.group);
			}
			const member = info.groupId ? groupStore.get(info.groupId) : undefined;
			if (!identity && member) {
				// A member of the workshop's group comes in as themselves (the same person in every session).
				try {
					identity = await api.joinByGroup(workshopId, { ticket: member.ticket });
					identityStore.set(workshopId, identity);
				} catch (error) {
					// No longer a member (left, or the group was deleted): the link's join form, as for anyone.
					if (!(error instanceof ApiError && (error.status === 403 || error.status === 401))) throw error;
					groupStore.forget(member.groupId);
				}
			}
			if (!identity) {
				// Only a shared link (its key) lets one join; a bare or old link says so.
				if (!link) return { kind: "error", message: t("errLinkKey"), retry: false };
				return { kind: "join", info, link };
			}
			if (host.teams && info.groupId && info.status === "ended") {
				// A meeting's tab keeps the address of the group's first session: later ones open from it.
				const later = await laterSessionOf(api, info.groupId, workshopId);
				if (later) {
					window.location.replace(`/w/${later}${window.location.search}`);
					return { kind: "loading" };
				}
			}
			try {
				return await open(identity, info, fluid, clock, synced);
			} catch (error) {
				if (error instanceof ApiError && error.body.error === "ticketInvalid") {
					identityStore.clear(workshopId);
					if (!link) return { kind: "error", message: t("errTicket"), retry: false };
					return { kind: "join", info, link, message: t("errTicket") };
				}
				throw error;
			}
		},
		[api, workshopId, open, t, host],
	);

	const run = useCallback(
		(fresh?: Identity) => {
			setState({ kind: "loading" });
			load(fresh).then(setState, (error: unknown) => {
				const retry = !(error instanceof ApiError && (error.status === 404 || error.status === 403));
				setState({ kind: "error", message: describeError(error, t), retry });
			});
		},
		[load, t],
	);

	// biome-ignore lint/correctness/useExhaustiveDependencies: a new attempt (Réessayer, waiting for the documents) loads again
	useEffect(() => run(), [run, attempt]);

	// A load that failed for a passing reason (the server or the service restarting) is tried again by itself.
	useEffect(() => {
		if (state.kind === "ready") setRetries(0);
		if (state.kind !== "error" || !state.retry || retries >= RETRIES) return;
		const id = setTimeout(() => {
			setRetries((n) => n + 1);
			setAttempt((n) => n + 1);
		}, RETRY_EVERY_MS);
		return () => clearTimeout(id);
	}, [state, retries]);

	// Participants who arrive before the facilitator has opened the workshop wait for it.
	useEffect(() => {
		if (state.kind !== "waiting") return;
		const id = setTimeout(() => setAttempt((n) => n + 1), WAIT_FOR_DOCUMENTS_MS);
		return () => clearTimeout(id);
	}, [state]);

	useEffect(() => {
		if (state.kind !== "ready") return;
		const { session } = state;
		// When the facilitation comes to or leaves me, open the workshop again (once my own
		// process edits are saved): the new connection carries the new rights.
		const off = onFacilitatorChange(session, () => run(session.me));
		// The documents were re-created from the archive (the service had lost them): open the new ones.
		const unwatch = watchForNewDocuments(api, session, () => run(session.me));
		const unfollow = followBrowserNetwork([session.processContainer, session.boardContainer]);
		return () => {
			off();
			unwatch();
			unfollow();
			session.dispose();
		};
	}, [state, run, api]);

	switch (state.kind) {
		case "loading":
		case "waiting":
			return (
				<main style={{ padding: 48 }}>
					<Spinner label={t("loading")} />
				</main>
			);
		case "join":
			return (
				<JoinForm
					api={api}
					info={state.info}
					message={state.message}
					link={state.link}
					onJoined={(identity) => {
						identityStore.set(workshopId, identity);
						// Joining a group's session makes one a member: the next sessions know who this is.
						if (identity.group) groupStore.set(identity.group);
						// The link's key stays out of the address bar once used (and out of a shared screen).
						window.history.replaceState(null, "", window.location.pathname + window.location.search);
						run(identity);
					}}
				/>
			);
		case "error":
			return (
				<main style={{ padding: 48, maxWidth: 640 }}>
					<Text role="alert" as="p" block size={400}>
						{state.message}
					</Text>
					{state.retry && retries < RETRIES && (
						<Text as="p" block data-testid="retrying">
							{t("retrying")}
						</Text>
					)}
					<div style={{ display: "flex", gap: 8, marginTop: 16 }}>
						{state.retry && <Button onClick={() => setAttempt((n) => n + 1)}>{t("retry")}</Button>}
						<Button as="a" href="/" appearance="primary">
							{t("newWorkshop")}
						</Button>
					</div>
				</main>
			);
		case "ready":
			return <WorkshopView api={api} session={state.session} info={state.info} host={host} />;
	}
}
