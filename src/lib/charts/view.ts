/**
 * The view model every composed chart draws: what a state shows, as plain data. Each chart's view
 * function (`officersView(state)` …) returns one of these; the chart component, the table, the
 * summary and the exported picture all read the same object, so they cannot disagree.
 */
import type { BreakMark, Note, SeriesView, SpanMark, Tick } from './layers/marks';

// The marks are the layers' vocabulary; charts and views read them through this module too.
export type { BreakMark, Datum, Note, SeriesView, SpanMark, Tick, Tone } from './layers/marks';
export { toneVar } from './layers/marks';

/** A period with no published figure, marked on the x axis. */
export interface GapMark {
	x: number;
	label: string;
}

export interface CartesianView {
	xDomain: [number, number];
	yDomain: [number, number];
	xTicks: Tick[];
	yTicks: Tick[];
	/** What the y axis counts, read after the top tick: "officers", "per 1,000 prisoners". */
	yUnit: string;
	series: SeriesView[];
	notes: Note[];
	gaps: GapMark[];
	/** Half the width of a bar in x units (bar charts only). */
	barHalfWidth?: number;
	/** Periods shaded behind the marks, labelled at the top. */
	spans?: SpanMark[];
	/** Series breaks, each a labelled vertical rule. */
	breaks?: BreakMark[];
}

/** The numbers a state shows, for the "Show the numbers" table and CSV-like reading. */
export interface ChartTable {
	caption: string;
	columns: string[];
	rows: string[][];
}
