/**
 * "My workshops" on the landing page: the workshops whose facilitation keys this browser
 * holds (each checked by the server), newest first, to open again or to delete for good
 * (after a confirmation that says it is final). Hidden when the browser holds no key.
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
import { describeError } from "../errors";
import { useLocale } from "../i18n";
import { identityStore } from "../identityStore";
import { workshopLinks } from "../links";
import { myWorkshopsWords } from "./myWorkshopsWords";

/** The server answers at most this many keys per request. */
const PER_REQUEST = 200;

type Listing =
	| { readonly kind: "loading" }
	| { readonly kind: "failed"; readonly message: string }
	| { readonly kind: "ready"; readonly workshops: readonly MyWorkshop[] };

async function loadMine(api: ApiClient, keys: readonly { id: string; key: string }[]): Promise<MyWorkshop[]> {
	const found: MyWorkshop[] = [];
	for (let i = 0; i < keys.length; i += PER_REQUEST) {
		found.push(...(await api.myWorkshops(keys.slice(i, i + PER_REQUEST))).workshops);
	}
	return found.sort((a, b) => b.createdAt - a.createdAt);
}

export function MyWorkshops({ api }: { api: ApiClient }) {
	const { t, locale } = useLocale();
	const w = useMemo(() => myWorkshopsWords(locale), [locale]);
	const [keys] = useState(() => identityStore.heldKeys());
	const [listing, setListing] = useState<Listing>({ kind: "loading" });
	const [pending, setPending] = useState<MyWorkshop>();
	const [deleting, setDeleting] = useState(false);
	const [deleteError, setDeleteError] = useState<string>();
	const [notice, setNotice] = useState<string>();
	const date = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }), [locale]);

	useEffect(() => {
		if (keys.length === 0) return;
		let live = true;
		loadMine(api, keys).then(
			(workshops) => live && setListing({ kind: "ready", workshops }),
			(error: unknown) =>
				live && setListing({ kind: "failed", message: w("mineLoadFailed", { reason: describeError(error, t) }) }),
		);
		return () => {
			live = false;
		};
	}, [api, keys, t, w]);

	if (keys.length === 0) return null;

	async function confirmDelete(workshop: MyWorkshop) {
		const key = keys.find((k) => k.id === workshop.id)?.key;
		if (!key || deleting) return;
		setDeleting(true);
		setDeleteError(undefined);
		try {
			await api.deleteWorkshop(workshop.id, { key });
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
				<Text size={200}>{w("mineHint")}</Text>
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
									<Button
										as="a"
										href={
											workshopLinks(window.location.origin, workshop.id, keys.find((k) => k.id === workshop.id)?.key).facilitator
										}
										aria-label={w("mineOpenLabel", { title: workshop.title })}
									>
										{w("mineOpen")}
									</Button>
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
