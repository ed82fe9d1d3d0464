/**
 * A card's whole text, read-only, over the canvas where the card is (kept inside the
 * canvas): opened by a click on a card whose text is cut. Escape or "Fermer" closes it.
 */
import { Button, Text } from "@fluentui/react-components";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { ReadRequest } from "../../board/controller";
import { clampInside } from "./InPlaceEditor";

export interface CardReaderProps {
	readonly request: ReadRequest;
	readonly closeLabel: string;
	readonly onClose: () => void;
}

export function CardReader({ request, closeLabel, onClose }: CardReaderProps) {
	const box = useRef<HTMLDivElement>(null);
	const close = useRef<HTMLButtonElement>(null);
	const { rect, bounds } = request;
	const width = Math.min(bounds.width - 8, Math.max(280, rect.width));
	const [place, setPlace] = useState({ left: rect.left, top: rect.top });
	useLayoutEffect(() => {
		const el = box.current;
		if (el) setPlace(clampInside(rect, { width: el.offsetWidth, height: el.offsetHeight }, bounds));
	}, [rect, bounds]);
	useEffect(() => close.current?.focus({ preventScroll: true }), []);
	return (
		<div
			ref={box}
			role="dialog"
			aria-label={request.title || request.text.slice(0, 60)}
			data-testid="card-reader"
			onKeyDown={(e) => {
				if (e.key === "Escape") {
					e.stopPropagation();
					onClose();
				}
			}}
			style={{
				position: "absolute",
				left: place.left,
				top: place.top,
				width,
				maxHeight: bounds.height - 8,
				overflowY: "auto",
				background: "var(--colorNeutralBackground1)",
				boxShadow: "var(--shadow16)",
				padding: 12,
				borderRadius: 4,
				display: "grid",
				gap: 6,
				zIndex: 3,
				boxSizing: "border-box",
			}}
		>
			{request.title && <Text weight="semibold">{request.title}</Text>}
			<Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }} data-testid="card-reader-text">
				{request.text}
			</Text>
			<div style={{ display: "flex", justifyContent: "flex-end" }}>
				<Button ref={close} size="small" onClick={onClose}>
					{closeLabel}
				</Button>
			</div>
		</div>
	);
}
