/**
 * Words asked for by name: a `Phrase` names a frame of the chart's text document
 * (src/content/charts/<chart>.aml) and fills its `{slots}` with what the view computed. Here,
 * beside the layers, so a layer can word what it draws without the charts' room; the summary
 * and table (../sayView.ts) read their phrases with the same `say`.
 */

/**
 * Words a view asks for without writing them: the frame named `form` in the chart's text
 * document, with each `{slot}` filled by what the view computed. A slot holds a figure or label
 * as printed ("24,830", "31 Mar 2010"), or a list of phrases, each read with its own frame.
 */
export interface Phrase {
	/** The frame's name in the document's map (`{summaries}`, `{captions}` or `{phrases}`). */
	form: string;
	/** What fills each of the frame's slots; `undefined` for a frame with none. */
	slots?: Slots;
}

export type Slots = Record<string, string | Phrase[]>;

/** A slot in a frame: one bare name in braces, `{rows}`. */
export const SLOT = /\{([a-zA-Z][a-zA-Z-]*)\}/g;

/**
 * `frame` with its slots filled. A list's phrases are each read with their own frame from
 * `phrases` and joined with "; ", or with a space after one that ends a sentence.
 */
export function fill(
	frame: string,
	slots: Slots = {},
	phrases: Readonly<Record<string, string>>
): string {
	return frame.replace(SLOT, (_, name: string) => {
		const value = slots[name];
		if (value === undefined) throw new Error(`the view fills no slot "${name}" in "${frame}"`);
		if (typeof value === 'string') return value;
		return value
			.map((p) => say(p, phrases, phrases))
			.reduce(
				(out, item, i) => (i === 0 ? item : `${out}${/[.?!]$/.test(out) ? ' ' : '; '}${item}`),
				''
			);
	});
}

/** A phrase in words: its frame from `frames`, filled; its nested phrases from `phrases`. */
export function say(
	phrase: Phrase,
	frames: Readonly<Record<string, string>>,
	phrases: Readonly<Record<string, string>>
): string {
	const frame = frames[phrase.form];
	if (frame === undefined) throw new Error(`no frame "${phrase.form}" in the chart's document`);
	return fill(frame, phrase.slots, phrases);
}
