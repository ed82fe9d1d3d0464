/**
 * The live board (fabric canvas) with its tools: zoom, fit the current step, follow the
 * facilitator, undo/redo of one's own edits. Keyboard: + and - zoom, arrows pan,
 * F fits the step, Ctrl+Z / Ctrl+Y undo and redo.
 */
import { Button, Switch, Text } from "@fluentui/react-components";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { BoardController, type EditRequest } from "../../board/controller";
import { putOnTable } from "../../fluid/commands/board";
import { InPlaceEditor } from "./InPlaceEditor";
import { setCaching } from "../../board/scene";
import { refusalMessage } from "../../domain/messages";
import type { RefusalReason } from "../../domain/actions";
import { UndoStack } from "../../fluid/undo";
import { useIsFacilitator } from "../hooks";
import { useLocale } from "../i18n";
import { useWorkshop } from "../workshopContext";

const HEIGHT = 560;

export function BoardCanvas({ height = HEIGHT }: { height?: number } = {}) {
	const { session, presence, drafts } = useWorkshop();
	const { t, locale } = useLocale();
	const host = useRef<HTMLDivElement>(null);
	const canvasEl = useRef<HTMLCanvasElement>(null);
	const controller = useRef<BoardController | null>(null);
	const undo = useRef<UndoStack | null>(null);
	const [refusal, setRefusal] = useState<RefusalReason>();
	const [following, setFollowing] = useState(false);
	const [, setUndoTick] = useState(0);
	const [editing, setEditing] = useState<EditRequest>();
	const isFacilitator = useIsFacilitator(session);

	function saveEdit(text: string, table = false) {
		if (!editing) return;
		presence.set({ writing: null });
		if (editing.kind === "draft" && !table) drafts.setProblematique(text);
		else {
			if (editing.kind === "draft") drafts.setProblematique(text);
			const verdict = session.run(putOnTable, { text });
			if (!verdict.ok) {
				setRefusal(verdict.reason);
				return;
			}
		}
		setEditing(undefined);
	}

	useEffect(() => {
		const element = canvasEl.current;
		const container = host.current;
		if (!element || !container) return;
		const width = Math.max(320, container.clientWidth);
		const params = new URLSearchParams(window.location.search);
		const caching = params.get("cache");
		if (caching === "default" || caching === "off" || caching === "tuned") setCaching(caching);
		const board = new BoardController(element, { width, height }, session, presence, drafts, locale, {
			onRefusal: (verdict) => setRefusal(verdict.reason),
			onFollowChange: setFollowing,
			onEdit: setEditing,
		});
		controller.current = board;
		board.start();
		// `npm run bench` reads the board's measurements from the page.
		if (params.has("bench")) (window as unknown as { __atelierBoard?: BoardController }).__atelierBoard = board;
		const stack = new UndoStack(session.boardView);
		undo.current = stack;
		const offUndo = stack.onChange(() => setUndoTick((n) => n + 1));
		const observer = new ResizeObserver(() => board.resize(Math.max(320, container.clientWidth), height));
		observer.observe(container);
		return () => {
			observer.disconnect();
			offUndo();
			stack.dispose();
			board.dispose();
			controller.current = null;
		};
		// The board is created once per session; the language is applied below.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [session, presence, drafts]);

	useEffect(() => controller.current?.setLocale(locale), [locale]);

	useEffect(() => {
		if (!refusal) return;
		const id = setTimeout(() => setRefusal(undefined), 6000);
		return () => clearTimeout(id);
	}, [refusal]);

	function onKey(event: KeyboardEvent<HTMLDivElement>) {
		const board = controller.current;
		// Keys typed in the in-place editor are the editor's.
		if (!board || event.target !== event.currentTarget) return;
		const mod = event.ctrlKey || event.metaKey;
		if (mod && event.key.toLowerCase() === "z") undo.current?.[event.shiftKey ? "redo" : "undo"]();
		else if (mod && event.key.toLowerCase() === "y") undo.current?.redo();
		else if (event.key === "+" || event.key === "=") board.zoomBy(1.2);
		else if (event.key === "-") board.zoomBy(1 / 1.2);
		else if (event.key === "ArrowLeft") board.panBy(60, 0);
		else if (event.key === "ArrowRight") board.panBy(-60, 0);
		else if (event.key === "ArrowUp") board.panBy(0, 60);
		else if (event.key === "ArrowDown") board.panBy(0, -60);
		else if (event.key.toLowerCase() === "f" && !mod) board.fitStep();
		else if (event.key === "Delete" || event.key === "Backspace") board.withdrawSelected();
		else return;
		event.preventDefault();
	}

	return (
		<section aria-label={t("boardLabel")} style={{ display: "grid", gap: 4 }}>
			<div role="group" aria-label={t("boardTools")} style={{ display: "flex", flexWrap: "wrap", gap: 4, alignItems: "center" }}>
				<Button size="small" appearance="subtle" onClick={() => controller.current?.zoomBy(1.2)}>
					{t("zoomIn")}
				</Button>
				<Button size="small" appearance="subtle" onClick={() => controller.current?.zoomBy(1 / 1.2)}>
					{t("zoomOut")}
				</Button>
				<Button size="small" appearance="subtle" onClick={() => controller.current?.fitStep()} data-testid="fit-step">
					{t("fitStep")}
				</Button>
				<Button size="small" appearance="subtle" disabled={!undo.current?.canUndo} onClick={() => undo.current?.undo()}>
					{t("undo")}
				</Button>
				<Button size="small" appearance="subtle" disabled={!undo.current?.canRedo} onClick={() => undo.current?.redo()}>
					{t("redo")}
				</Button>
				{!isFacilitator && (
					<Switch
						checked={following}
						onChange={(_, d) => controller.current?.setFollowing(d.checked)}
						label={t("follow")}
						data-testid="follow"
					/>
				)}
			</div>
			<div
				ref={host}
				tabIndex={0}
				onKeyDown={onKey}
				data-testid="board-canvas"
				style={{
					position: "relative",
					border: "1px solid var(--colorNeutralStroke1)",
					borderRadius: 4,
					overflow: "hidden",
					height,
				}}
			>
				<canvas ref={canvasEl} aria-hidden="true" />
				{editing && (
					<InPlaceEditor
						key={editing.id}
						request={editing}
						onSave={(text) => saveEdit(text)}
						onPutOnTable={
							editing.kind === "draft" && session.processView.root.step === "partage"
								? (text) => saveEdit(text, true)
								: undefined
						}
						onCancel={() => {
							presence.set({ writing: null });
							setEditing(undefined);
						}}
						onTyping={() => presence.set({ writing: "problematique" })}
					/>
				)}
			</div>
			<div role="alert" aria-live="assertive" style={{ minHeight: 20 }}>
				{refusal && (
					<Text data-testid="board-refusal">
						{refusalMessage(refusal, locale)}{" "}
						<Button size="small" appearance="transparent" onClick={() => setRefusal(undefined)}>
							×
						</Button>
					</Text>
				)}
			</div>
		</section>
	);
}
