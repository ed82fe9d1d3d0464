/**
 * The live board (fabric canvas) with its tools: zoom, fit the current step, follow the
 * facilitator, undo/redo of one's own edits. It fills the element it is put in (width and
 * height, followed with a ResizeObserver): a slim tool row on top, the canvas below;
 * refusals, the in-place editor and a card's full text show over the canvas, never
 * pushing the page. The wheel scrolls the board, Ctrl+wheel zooms. Keyboard: + and - zoom, arrows pan, F fits the step, Ctrl+Z /
 * Ctrl+Y undo and redo, Enter opens the selected card's whole text.
 *
 * The canvas's host (data-testid="board-canvas") carries what tests read:
 * data-framed-zone, data-zoom, data-min-text-px, data-dot-px and data-auto-frame.
 */
import { Button, Switch, Text } from "@fluentui/react-components";
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { priorOfferFlags, useContinuity } from "../group/continuity";
import { BoardController, type BoardRefusal, type EditRequest, type ReadRequest } from "../../board/controller";
import { setCaching } from "../../board/scene";
import { benchHook, type BenchHook } from "../../board/stats";
import { canvasWords } from "../../board/words";
import type { RefusalReason } from "../../domain/actions";
import { refusalMessage } from "../../domain/messages";
import { gateOf } from "../../fluid/commands/command";
import { putOnTable } from "../../fluid/commands/board";
import { UndoStack } from "../../fluid/undo";
import { useIsFacilitator, useTree } from "../hooks";
import { useLocale } from "../i18n";
import { useWorkshop } from "../workshopContext";
import { CardReader } from "./CardReader";
import { InPlaceEditor } from "./InPlaceEditor";

export interface BoardCanvasProps {
	/** A fixed height in px; by default the board fills its parent's height. */
	readonly height?: number;
	/** False on the meeting stage, where nobody touches the board: no tool row. */
	readonly tools?: boolean;
}

function isRefusal(value: unknown): value is { ok: false; reason: RefusalReason } {
	return typeof value === "object" && value !== null && "ok" in value && value.ok === false && "reason" in value;
}

/** Used when the parent gives no height at all (a layout that has not sized the board's cell). */
const FALLBACK_HEIGHT = 560;
const MIN_WIDTH = 200;

export function BoardCanvas({ height, tools = true }: BoardCanvasProps = {}) {
	const { session, presence, drafts } = useWorkshop();
	const { t, locale } = useLocale();
	const words = canvasWords(locale);
	const frame = useRef<HTMLElement>(null);
	const host = useRef<HTMLDivElement>(null);
	const canvasEl = useRef<HTMLCanvasElement>(null);
	const controller = useRef<BoardController | null>(null);
	// A codev group's earlier offers beside the notes (from the server; information, the vote decides).
	const { data: continuity } = useContinuity();
	const offers = useMemo(() => priorOfferFlags(continuity, locale), [continuity, locale]);
	const offersRef = useRef(offers);
	offersRef.current = offers;
	const undo = useRef<UndoStack | null>(null);
	const [refusal, setRefusal] = useState<BoardRefusal>();
	const [following, setFollowing] = useState(false);
	const [, setUndoTick] = useState(0);
	const [editing, setEditing] = useState<EditRequest>();
	const [reading, setReading] = useState<ReadRequest>();
	const [unsized, setUnsized] = useState(false);
	const isFacilitator = useIsFacilitator(session);
	const process = session.processView.root;
	// Re-read when the step changes: may I put my sheet on the table now?
	const mayPutOnTable = useTree(process, () => gateOf(putOnTable, session.context()).ok);

	function saveEdit(text: string, table = false) {
		if (!editing) return;
		presence.set({ writing: null });
		if (editing.kind === "draft") drafts.setProblematique(text);
		if (editing.kind === "problematique" || table) {
			const verdict = session.run(putOnTable, { text });
			if (!verdict.ok) {
				setRefusal({ reason: verdict.reason, max: verdict.max, moving: false });
				return;
			}
		}
		setEditing(undefined);
	}

	// The board is created once per session; the language and the height are applied apart.
	// In the commit, before the page is painted: its first frame is the page's first with the
	// board (a passive effect let the browser paint the page without it first, then create it).
	// biome-ignore lint/correctness/useExhaustiveDependencies: created once per session, not per language or height
	useLayoutEffect(() => {
		const element = canvasEl.current;
		const container = host.current;
		const outer = frame.current;
		if (!element || !container || !outer) return;
		const size = () => ({ width: Math.max(MIN_WIDTH, container.clientWidth), height: Math.max(1, container.clientHeight) });
		const params = new URLSearchParams(window.location.search);
		const caching = params.get("cache");
		if (caching === "default" || caching === "off" || caching === "tuned") setCaching(caching);
		const board = new BoardController(element, container, size(), session, presence, drafts, locale, {
			onRefusal: setRefusal,
			onFollowChange: setFollowing,
			onEdit: (request) => {
				setReading(undefined);
				setEditing(request);
			},
			onOpen: setReading,
		});
		controller.current = board;
		board.start();
		board.setPriorOffers(offersRef.current);
		// `npm run bench` reads the board's measurements from the page; `?inspect` lets tests read what is drawn.
		const w = window as unknown as { __atelierBoard?: BoardController; __bench?: BenchHook; __atelierBoardRead?: unknown };
		if (params.has("bench")) {
			w.__atelierBoard = board;
			w.__bench = benchHook(board.stats, session, () => board.table.noteCount);
		}
		if (params.has("inspect"))
			w.__atelierBoardRead = {
				cards: () => board.cards(),
				figures: () => board.figures(),
				showsWhole: () => board.scene.canvas.showsWhole(),
			};
		const stack = new UndoStack(session.boardView);
		undo.current = stack;
		const offUndo = stack.onChange(() => setUndoTick((n) => n + 1));
		const observer = new ResizeObserver(() => {
			// Once found unsized, the fallback height stays (or it would flip back and forth).
			if (height === undefined && outer.clientHeight < 80) setUnsized(true);
			const s = size();
			board.resize(s.width, s.height);
		});
		observer.observe(container);
		observer.observe(outer);
		return () => {
			observer.disconnect();
			offUndo();
			stack.dispose();
			board.dispose();
			controller.current = null;
		};
	}, [session, presence, drafts]);

	useEffect(() => controller.current?.setLocale(locale), [locale]);
	useEffect(() => controller.current?.setPriorOffers(offers), [offers]);

	/** Undo and redo may be refused (they pass the gate of the command they revert): say why. */
	function undoOrRedo(which: "undo" | "redo") {
		const result: unknown = undo.current?.[which]();
		if (isRefusal(result)) setRefusal({ reason: result.reason, moving: false });
	}

	// A refusal belongs to its step: a new step starts without it.
	const step = useTree(process, () => process.step);
	// biome-ignore lint/correctness/useExhaustiveDependencies: the step is the trigger
	useEffect(() => setRefusal(undefined), [step]);

	useEffect(() => {
		if (!refusal) return;
		const id = setTimeout(() => setRefusal(undefined), 6000);
		return () => clearTimeout(id);
	}, [refusal]);

	function onKey(event: KeyboardEvent<HTMLDivElement>) {
		const board = controller.current;
		// Keys typed in the in-place editor or the reader are theirs.
		if (!board || event.target !== event.currentTarget) return;
		const mod = event.ctrlKey || event.metaKey;
		if (mod && event.key.toLowerCase() === "z") undoOrRedo(event.shiftKey ? "redo" : "undo");
		else if (mod && event.key.toLowerCase() === "y") undoOrRedo("redo");
		else if (event.key === "+" || event.key === "=") board.zoomBy(1.2);
		else if (event.key === "-") board.zoomBy(1 / 1.2);
		else if (event.key === "ArrowLeft") board.panBy(60, 0);
		else if (event.key === "ArrowRight") board.panBy(-60, 0);
		else if (event.key === "ArrowUp") board.panBy(0, 60);
		else if (event.key === "ArrowDown") board.panBy(0, -60);
		else if (event.key.toLowerCase() === "f" && !mod) board.fitStep();
		else if (event.key === "Delete" || event.key === "Backspace") board.withdrawSelected();
		else if (event.key === "Enter") {
			if (!board.openSelected()) return;
		} else return;
		event.preventDefault();
	}

	const refusalText = refusal
		? [
				refusal.moving ? (refusal.fixed ? words.fixedCard : words.cannotMove) : "",
				refusal.reason ? refusalMessage({ reason: refusal.reason, max: refusal.max }, locale) : "",
			]
				.filter((s) => s !== "")
				.join(" ")
		: "";

	return (
		<section
			ref={frame}
			aria-label={t("boardLabel")}
			style={{
				display: "flex",
				flexDirection: "column",
				width: "100%",
				height: height ?? (unsized ? FALLBACK_HEIGHT : "100%"),
				minWidth: 0,
				minHeight: 0,
				position: "relative",
				boxSizing: "border-box",
				flex: "1 1 auto",
				alignSelf: "stretch",
			}}
		>
			{tools && (
				// biome-ignore lint/a11y/useSemanticElements: a row of buttons, not a form's fieldset
				<div
					role="group"
					aria-label={t("boardTools")}
					style={{
						display: "flex",
						flexWrap: "nowrap",
						gap: 2,
						alignItems: "center",
						overflowX: "auto",
						overflowY: "hidden",
						minWidth: 0,
						flex: "0 0 auto",
					}}
				>
					<Button
						size="small"
						appearance="subtle"
						aria-label={t("zoomIn")}
						title={t("zoomIn")}
						onClick={() => controller.current?.zoomBy(1.2)}
					>
						+
					</Button>
					<Button
						size="small"
						appearance="subtle"
						aria-label={t("zoomOut")}
						title={t("zoomOut")}
						onClick={() => controller.current?.zoomBy(1 / 1.2)}
					>
						−
					</Button>
					<Button
						size="small"
						appearance="subtle"
						onClick={() => controller.current?.fitStep()}
						data-testid="fit-step"
						style={{ whiteSpace: "nowrap" }}
					>
						{t("fitStep")}
					</Button>
					<Button
						size="small"
						appearance="subtle"
						aria-label={t("undo")}
						title={t("undo")}
						disabled={!undo.current?.canUndo}
						onClick={() => undoOrRedo("undo")}
					>
						↶
					</Button>
					<Button
						size="small"
						appearance="subtle"
						aria-label={t("redo")}
						title={t("redo")}
						disabled={!undo.current?.canRedo}
						onClick={() => undoOrRedo("redo")}
					>
						↷
					</Button>
					{!isFacilitator && (
						<Switch
							checked={following}
							onChange={(_, d) => controller.current?.setFollowing(d.checked)}
							label={t("follow")}
							data-testid="follow"
							style={{ whiteSpace: "nowrap" }}
						/>
					)}
				</div>
			)}
			<div style={{ position: "relative", flex: "1 1 auto", minHeight: 0, minWidth: 0 }}>
				<div
					ref={host}
					role="application"
					aria-label={t("boardKeys")}
					// biome-ignore lint/a11y/noNoninteractiveTabindex: the board takes the keyboard (zoom, pan, frame, undo)
					tabIndex={0}
					onKeyDown={onKey}
					data-testid="board-canvas"
					style={{
						position: "absolute",
						inset: 0,
						border: "1px solid var(--colorNeutralStroke1)",
						borderRadius: 4,
						overflow: "hidden",
					}}
				>
					<canvas ref={canvasEl} aria-hidden="true" tabIndex={-1} />
					{editing && (
						<InPlaceEditor
							key={editing.id}
							request={editing}
							onSave={(text) => saveEdit(text)}
							onPutOnTable={editing.kind === "draft" && mayPutOnTable ? (text) => saveEdit(text, true) : undefined}
							onCancel={() => {
								presence.set({ writing: null });
								setEditing(undefined);
							}}
							onTyping={() => presence.set({ writing: "problematique" })}
						/>
					)}
					{reading && (
						<CardReader
							key={reading.id}
							request={reading}
							closeLabel={words.close}
							onClose={() => {
								setReading(undefined);
								host.current?.focus({ preventScroll: true });
							}}
						/>
					)}
				</div>
				<div
					role="alert"
					aria-live="assertive"
					style={{
						position: "absolute",
						left: 8,
						right: 8,
						bottom: 8,
						display: "flex",
						justifyContent: "center",
						pointerEvents: "none",
						zIndex: 4,
					}}
				>
					{refusal && (
						<div
							style={{
								pointerEvents: "auto",
								maxWidth: "100%",
								display: "flex",
								gap: 4,
								alignItems: "center",
								background: "var(--colorNeutralBackground1)",
								boxShadow: "var(--shadow8)",
								border: "1px solid var(--colorPaletteRedBorder2)",
								borderRadius: 4,
								padding: "4px 8px",
								overflowWrap: "anywhere",
							}}
						>
							<Text data-testid="board-refusal">{refusalText}</Text>
							<Button size="small" appearance="transparent" aria-label={words.close} onClick={() => setRefusal(undefined)}>
								×
							</Button>
						</div>
					)}
				</div>
			</div>
		</section>
	);
}
