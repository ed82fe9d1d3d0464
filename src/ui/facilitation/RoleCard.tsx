/**
 * The role cards of the kit, dealt at the consent step: each person's card opens once
 * when the roles are dealt and can be reopened at any time; the offreur reads the
 * kit's thanks, the facilitator their reminder duties.
 */
import {
	Button,
	Dialog,
	DialogActions,
	DialogBody,
	DialogContent,
	DialogSurface,
	DialogTitle,
	Text,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { cardRoleOf, roleCard, THANKS } from "../../domain/roleCards";
import { rolesDealt } from "../../domain/roles";
import { roleContext, roleOfUser } from "../../fluid/read";
import type { WorkshopSession } from "../../fluid/session";
import { shallowEqual, useTree } from "../hooks";
import { useLocale } from "../i18n";
import { facilitationWords } from "./words";

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
	const card = roleCard(cardRole, locale);
	return (
		<>
			<Button ref={button} size="small" onClick={() => setOpen(true)} data-testid="my-card">
				{f("myCard")}
			</Button>
			<Dialog open={open} onOpenChange={(_, d) => (d.open ? setOpen(true) : close())}>
				<DialogSurface aria-describedby="role-card-text" data-testid="role-card">
					<DialogBody>
						<DialogTitle>
							{f("yourCard")} — {card.title}
						</DialogTitle>
						<DialogContent>
							{cardRole === "offreur" && (
								<Text as="p" block weight="semibold">
									{THANKS[locale]}
								</Text>
							)}
							<Text as="p" block id="role-card-text">
								{card.text}
							</Text>
							{card.duties && (
								<Text as="p" block>
									<strong>
										{f("duties")}
										{locale === "fr" ? " : " : ": "}
									</strong>
									{card.duties}
								</Text>
							)}
						</DialogContent>
						<DialogActions>
							<Button appearance="primary" onClick={close}>
								{f("close")}
							</Button>
						</DialogActions>
					</DialogBody>
				</DialogSurface>
			</Dialog>
		</>
	);
}
