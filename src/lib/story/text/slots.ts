/**
 * Marked stretches in a text document's sentence: `[the words](name)` marks the words a layout
 * wraps in something of its own, by name: a link whose address is a fact of the code (`sources`,
 * `gallery`), a `<time>`, a `<cite>`. The words stay in the document; the layout supplies only
 * the element. A bracket not followed by `(name)` is plain text: `Accessed [date you read it]`.
 */

/** A run of a sentence: plain text, or words marked with a slot name. */
export interface Run {
	text: string;
	/** The slot's name, for marked words; undefined for plain text. */
	slot?: string;
}

const MARK = /\[([^\]]*)\]\(([a-z][a-zA-Z-]*)\)/g;

/** The sentence as runs, in order. */
export function runs(text: string): Run[] {
	const out: Run[] = [];
	let last = 0;
	for (const match of text.matchAll(MARK)) {
		if (match.index > last) out.push({ text: text.slice(last, match.index) });
		out.push({ text: match[1], slot: match[2] });
		last = match.index + match[0].length;
	}
	if (last < text.length) out.push({ text: text.slice(last) });
	return out;
}

/** The names a sentence marks; a layout checks them against the slots it fills. */
export function slotsOf(text: string): string[] {
	return runs(text).flatMap((run) => (run.slot ? [run.slot] : []));
}
