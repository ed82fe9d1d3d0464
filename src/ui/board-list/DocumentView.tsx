/** The saved document as everyone reads it: its Markdown laid out (titles, lists), as text. */
import { Text } from "@fluentui/react-components";
import { parseDocument, type DocBlock } from "../../domain/markdown";

type Item = Extract<DocBlock, { kind: "item" }>;

interface Entry {
	readonly id: string;
	readonly text: string;
	readonly subs: readonly { readonly id: string; readonly text: string }[];
}

type Group =
	| { readonly id: string; readonly kind: "title" | "heading" | "paragraph"; readonly text: string }
	| { readonly id: string; readonly kind: "list"; readonly ordered: boolean; readonly entries: readonly Entry[] };

/** Consecutive items in one list, each top item with its sub-items. */
function groupsOf(blocks: readonly DocBlock[]): Group[] {
	const groups: Group[] = [];
	let items: { id: string; item: Item }[] = [];
	const flush = () => {
		if (items.length === 0) return;
		const entries: { id: string; text: string; subs: { id: string; text: string }[] }[] = [];
		for (const { id, item } of items) {
			const last = entries[entries.length - 1];
			if (item.level > 0 && last) last.subs.push({ id, text: item.text });
			else entries.push({ id, text: item.text, subs: [] });
		}
		groups.push({ id: `list-${items[0]?.id}`, kind: "list", ordered: /\d/.test(items[0]?.item.mark ?? ""), entries });
		items = [];
	};
	blocks.forEach((b, i) => {
		const id = String(i);
		if (b.kind === "item") items.push({ id, item: b });
		else {
			flush();
			groups.push({ id, kind: b.kind, text: b.text });
		}
	});
	flush();
	return groups;
}

export function DocumentView({ text }: { readonly text: string }) {
	return (
		<>
			{groupsOf(parseDocument(text)).map((g) => {
				if (g.kind === "list") {
					const Tag = g.ordered ? "ol" : "ul";
					return (
						<Tag key={g.id} style={{ margin: "0 0 4px", paddingInlineStart: 20 }}>
							{g.entries.map((e) => (
								<li key={e.id} style={{ whiteSpace: "pre-wrap" }}>
									{e.text}
									{e.subs.length > 0 && (
										<ul style={{ margin: 0, paddingInlineStart: 18 }}>
											{e.subs.map((s) => (
												<li key={s.id}>{s.text}</li>
											))}
										</ul>
									)}
								</li>
							))}
						</Tag>
					);
				}
				if (g.kind === "paragraph")
					return (
						<Text as="p" block key={g.id} style={{ margin: "0 0 4px" }}>
							{g.text}
						</Text>
					);
				return (
					<Text
						as={g.kind === "title" ? "h5" : "h6"}
						block
						weight="semibold"
						size={g.kind === "title" ? 400 : 300}
						key={g.id}
						style={{ margin: "6px 0 2px" }}
					>
						{g.text}
					</Text>
				);
			})}
		</>
	);
}
