/**
 * A state's summary and table in words: the frames of the chart's text document
 * (src/content/charts/<chart>.aml, read at build time into `ChartWords.frames`) filled with the
 * numbers its view computed. The words arrive as data; this module only puts the numbers in, with
 * the layers' `say` (./layers/phrase.ts), which the words a chart draws are read with too.
 */
import { SLOT, fill, say, type Phrase, type Slots } from './layers/phrase';
import type { Cell, ChartFrames, ChartTable, ChartView, ChartWords } from './view';

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

const cellOf = (cell: Cell, frames: ChartFrames) =>
	typeof cell === 'string' ? cell : say(cell, frames.phrases, frames.phrases);

/** The state's one-paragraph summary, in the words of the chart's document. */
export function saySummary(
	view: Pick<ChartView, 'summary'>,
	{ frames }: Pick<ChartWords, 'frames'>
): string {
	return say(view.summary, frames.summaries, frames.phrases);
}

/** The state's "Show the numbers" table, in the words of the chart's document. */
export function sayTable(
	view: Pick<ChartView, 'table'>,
	{ frames }: Pick<ChartWords, 'frames'>
): ChartTable {
	const { caption, columns, rows } = view.table;
	const headings = frames.columns[columns.form];
	if (!headings) throw new Error(`no columns "${columns.form}" in the chart's document`);
	return {
		caption: say(caption, frames.captions, frames.phrases),
		columns: headings.map((heading) => fill(heading, columns.slots, frames.phrases)),
		rows: rows.map((row) => row.map((cell) => cellOf(cell, frames)))
	};
}

/** The state's summary and "Show the numbers" table, in the words of the chart's document. */
export function sayView(
	view: Pick<ChartView, 'summary' | 'table'>,
	words: Pick<ChartWords, 'frames'>
): { summary: string; table: ChartTable } {
	return { summary: saySummary(view, words), table: sayTable(view, words) };
}
