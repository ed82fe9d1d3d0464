/**
 * "My workshops": on the landing page, the workshops whose facilitation keys this browser
 * holds; on the Teams tab's configuration page, the signed-in user's (see `mineSources`).
 * Newest first, to open again or to delete for good after a confirmation that says it is
 * final. Hidden when there is nothing to show.
 */
import {
	Badge,
	Button,
	Card,
	Dialog,
	DialogActions,
	DialogBody,
	DialogContent,
	DialogSurface,
	DialogTitle,
	Spinner,
	Subtitle1,
	Text,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { ApiError, type ApiClient } from "../../api/client";
import type { MyWorkshop } from "../../api/types";
import type { TeamsFeatures } from "../../teams/host";
import { describeError } from "../errors";
import { useLocale } from "../i18n";
import { identityStore } from "../identityStore";
import { browserSource, teamsSource } from "./mineSources";
import { myWorkshopsWords } from "./myWorkshopsWords";

type Listing =
	| { readonly kind: "loading" }
	| { readonly kind: "failed"; readonly message: string }
	| { readonly kind: "ready"; readonly workshops: readonly MyWorkshop[] };

export function MyWorkshops({ api, teams }: { api: ApiClient; teams?: TeamsFeatures | undefined }) {
	const { t, locale } = useLocale();
	const w = useMemo(() => myWorkshopsWords(locale), [locale]);
	const [source] = useState(() => (teams ? teamsSource(api, teams) : browserSource(api)));
	const [listing, setListing] = useState<Listing>({ kind: "loading" });
	const [pending, setPending] = useState<MyWorkshop>();
	const [deleting, setDeleting] = useState(false);
	const [deleteError, setDeleteError] = useState<string>();
	const [notice, setNotice] = useState<string>();
	const date = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }), [locale]);

	useEffect(() => {
		if (!source.any) return;
		let live = true;
		source.load().then(
			(workshops) => live && setListing({ kind: "ready", workshops }),
			(error: unknown) =>
				live && setListing({ kind: "failed", message: w("mineLoadFailed", { reason: describeError(error, t) }) }),
		);
		return () => {
			live = false;
		};
	}, [source, t, w]);

	if (!source.any) return null;
	if (source.quiet && !(listing.kind === "ready" && (listing.workshops.length > 0 || notice))) return null;

	async function confirmDelete(workshop: MyWorkshop) {
		if (deleting) return;
		setDeleting(true);
		setDeleteError(undefined);
		try {
			const proof = await source.proof(workshop.id);
			if (!proof) throw new ApiError(403, { error: "wrongKey", message: "No facilitation key held" });
			await api.deleteWorkshop(workshop.id, proof);
		} catch (error) {
			// Already gone (erased elsewhere or by retention): as good as deleted here.
			if (!(error instanceof ApiError && error.body.error === "workshopNotFound")) {
				setDeleteError(w("mineDeleteFailed", { reason: describeError(error, t) }));
				setDeleting(false);
				return;
			}
		}
		identityStore.forget(workshop.id);
		setListing((l) => (l.kind === "ready" ? { kind: "ready", workshops: l.workshops.filter((x) => x.id !== workshop.id) } : l));
		setNotice(w("mineDeleted", { title: workshop.title }));
		setDeleting(false);
		setPending(undefined);
	}

	return (
		<Card style={{ marginTop: 24 }} data-testid="my-workshops">
			<section aria-labelledby="my-workshops-title" style={{ display: "grid", gap: 12 }}>
				<Subtitle1 as="h2" id="my-workshops-title">
					{w("mineTitle")}
				</Subtitle1>
				<Text size={200}>{w(teams ? "mineHintTeams" : "mineHint")}</Text>
				{listing.kind === "loading" && <Spinner size="tiny" label={w("mineLoading")} />}
				{listing.kind === "failed" && (
					<Text role="alert" style={{ color: "var(--colorPaletteRedForeground1)" }}>
						{listing.message}
					</Text>
				)}
				{listing.kind === "ready" && listing.workshops.length === 0 && <Text>{w("mineNone")}</Text>}
				{listing.kind === "ready" && listing.workshops.length > 0 && (
					<ul style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: 8 }}>
						{listing.workshops.map((workshop) => (
							<li
								key={workshop.id}
								data-testid="my-workshop"
								data-id={workshop.id}
								style={{
									display: "flex",
									flexWrap: "wrap",
									alignItems: "center",
									gap: 8,
									padding: "8px 0",
									borderTop: "1px solid var(--colorNeutralStroke2)",
								}}
							>
								<div style={{ flex: "1 1 180px", minWidth: 0, display: "grid", gap: 2 }}>
									<Text weight="semibold" style={{ overflowWrap: "anywhere" }}>
										{workshop.title}
									</Text>
									<Text size={200}>
										{w("mineCreatedOn", { date: date.format(workshop.createdAt) })}{" "}
										<Badge appearance="tint" color={workshop.status === "ended" ? "informative" : "success"} size="small">
											{workshop.status === "ended" ? w("mineEnded") : w("mineActive")}
										</Badge>
									</Text>
								</div>
								<div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
									{source.openHref(workshop.id) && (
										<Button as="a" href={source.openHref(workshop.id)} aria-label={w("mineOpenLabel", { title: workshop.title })}>
											{w("mineOpen")}
										</Button>
									)}
									<Button
										aria-label={w("mineDeleteLabel", { title: workshop.title })}
										onClick={() => {
											setDeleteError(undefined);
											setPending(workshop);
										}}
									>
										{w("mineDelete")}
									</Button>
								</div>
							</li>
						))}
					</ul>
				)}
				<div role="status" aria-live="polite">
					{notice && <Text size={200}>{notice}</Text>}
				</div>
			</section>
			<Dialog
				open={pending !== undefined}
				modalType="alert"
				onOpenChange={(_, data) => {
					if (!data.open && !deleting) setPending(undefined);
				}}
			>
				<DialogSurface>
					<DialogBody>
						<DialogTitle>{pending ? w("mineDeleteTitle", { title: pending.title }) : ""}</DialogTitle>
						<DialogContent style={{ display: "grid", gap: 8 }}>
							<Text>{w("mineDeleteText")}</Text>
							{deleteError && (
								<Text role="alert" style={{ color: "var(--colorPaletteRedForeground1)" }}>
									{deleteError}
								</Text>
							)}
						</DialogContent>
						<DialogActions fluid>
							<Button disabled={deleting} onClick={() => setPending(undefined)}>
								{w("mineKeep")}
							</Button>
							<Button
								appearance="primary"
								disabled={deleting}
								data-testid="confirm-delete"
								onClick={() => pending && void confirmDelete(pending)}
							>
								{deleting ? <Spinner size="tiny" label={w("mineDeleting")} /> : w("mineDeleteConfirm")}
							</Button>
						</DialogActions>
					</DialogBody>
				</DialogSurface>
			</Dialog>
		</Card>
	);
}
