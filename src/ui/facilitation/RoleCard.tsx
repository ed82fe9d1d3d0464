/**
 * The role cards of the kit, dealt at the consent step: each person's card opens once
 * when the roles are dealt and can be reopened at any time; the offreur reads the
 * kit's thanks, the facilitator their reminder duties.
 */
import { Button } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { cardRoleOf } from "../../domain/roleCards";
import { rolesDealt } from "../../domain/roles";
import { roleContext, roleOfUser } from "../../fluid/read";
import type { WorkshopSession } from "../../fluid/session";
import { shallowEqual, useTree } from "../hooks";
import { useLocale } from "../i18n";
import { lazyPart } from "../Lazy";
import { facilitationWords } from "./words";

/** The card itself (its dialog, the kit's texts) is a chunk, fetched the first time it opens. */
const RoleCardDialog = lazyPart(() => import("./RoleCardDialog").then((m) => m.RoleCardDialog), null);

export function RoleCardButton({ session }: { session: WorkshopSession }) {
	const { locale } = useLocale();
	const f = facilitationWords(locale);
	const process = session.processView.root;
	const state = useTree(
		process,
		() => ({
			dealt: rolesDealt(roleContext(process)),
			role: roleOfUser(process, session.me.userId, session.me.role === "observer"),
		}),
		shallowEqual,
	);
	const seenKey = `atelier-entraide:${session.workshopId}:${session.me.userId}:card-seen:${state.role}`;
	const [open, setOpen] = useState(false);
	// Mounted from its first opening on (so that it can close with its animation).
	const [shown, setShown] = useState(false);
	if (open && !shown) setShown(true);
	const button = useRef<HTMLButtonElement>(null);
	const close = () => {
		setOpen(false);
		// The focus goes back to "Ma carte rôle", never to the page.
		setTimeout(() => button.current?.focus(), 0);
	};
	useEffect(() => {
		if (state.dealt && localStorage.getItem(seenKey) !== "yes") {
			setOpen(true);
			localStorage.setItem(seenKey, "yes");
		}
	}, [state.dealt, seenKey]);
	const cardRole = cardRoleOf(state.role);
	if (!state.dealt || !cardRole) return null;
	return (
		<>
			<Button ref={button} size="small" onClick={() => setOpen(true)} data-testid="my-card">
				{f("myCard")}
			</Button>
			{shown && <RoleCardDialog open={open} cardRole={cardRole} onOpen={() => setOpen(true)} onClose={close} />}
		</>
	);
}
