/** A person's role card (see ./RoleCard), in a dialog: a chunk of its own, loaded when it first opens. */
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
import { roleCard, THANKS, type CardRole } from "../../domain/roleCards";
import { useLocale } from "../i18n";
import { facilitationWords } from "./words";

export interface RoleCardDialogProps {
	readonly open: boolean;
	readonly cardRole: CardRole;
	onOpen(): void;
	onClose(): void;
}

export function RoleCardDialog({ open, cardRole, onOpen, onClose }: RoleCardDialogProps) {
	const { locale } = useLocale();
	const f = facilitationWords(locale);
	const card = roleCard(cardRole, locale);
	return (
		<Dialog open={open} onOpenChange={(_, d) => (d.open ? onOpen() : onClose())}>
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
						<Button appearance="primary" onClick={onClose}>
							{f("close")}
						</Button>
					</DialogActions>
				</DialogBody>
			</DialogSurface>
		</Dialog>
	);
}
