/**
 * A state's summary and table in words: the frames of the chart's text document
 * (src/content/charts/<chart>.aml, read at build time into `ChartWords.frames`) filled with the
 * numbers its view computed. The words arrive as data; this module only puts the numbers in.
 */
import type { Cell, ChartFrames, ChartTable, ChartView, ChartWords, Phrase, Slots } from './view';

/** A slot in a frame: one bare name in braces, `{rows}`. */
const SLOT = /\{([a-zA-Z][a-zA-Z-]*)\}/g;

/** The names of the slots a frame leaves for its view to fill, in order, each once. */
export function slotsOf(frame: string): string[] {
	return [...new Set([...frame.matchAll(SLOT)].map((m) => m[1]))];
}

/** Every phrase a slot list holds, nested ones too: what the document must frame. */
export function phrasesIn(slots: Slots = {}): Phrase[] {
	return Object.values(slots).flatMap((value) =>
		typeof value === 'string' ? [] : value.flatMap((p) => [p, ...phrasesIn(p.slots)])
	);
}

/**
 * `frame` with its slots filled. A list's phrases are each read with their own frame from
 * `phrases` and joined with "; ", or with a space after one that ends a sentence.
 */
function fill(frame: string, slots: Slots = {}, phrases: Record<string, string>): string {
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

/** A phrase in words: its frame from `frames`, filled. */
function say(phrase: Phrase, frames: Record<string, string>, phrases: Record<string, string>) {
	const frame = frames[phrase.form];
	if (frame === undefined) throw new Error(`no frame "${phrase.form}" in the chart's document`);
	return fill(frame, phrase.slots, phrases);
}

const cellOf = (cell: Cell, frames: ChartFrames) =>
	typeof cell === 'string' ? cell : say(cell, frames.phrases, frames.phrases);

/** The state's summary and "Show the numbers" table, in the words of the chart's document. */
export function sayView(
	view: Pick<ChartView, 'summary' | 'table'>,
	{ frames }: Pick<ChartWords, 'frames'>
): { summary: string; table: ChartTable } {
	const { caption, columns, rows } = view.table;
	const headings = frames.columns[columns.form];
	if (!headings) throw new Error(`no columns "${columns.form}" in the chart's document`);
	return {
		summary: say(view.summary, frames.summaries, frames.phrases),
		table: {
			caption: say(caption, frames.captions, frames.phrases),
			columns: headings.map((heading) => fill(heading, columns.slots, frames.phrases)),
			rows: rows.map((row) => row.map((cell) => cellOf(cell, frames)))
		}
	};
}
