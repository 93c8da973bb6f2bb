/**
 * The view model every composed chart draws: what a state shows, as plain data. Each chart's view
 * function (`officersView(state)` …) returns a `ChartView`; ChartFigure computes it once per state
 * and hands its `chart` to the chart file, so the drawing, the table, the summary, the source
 * line and the exported picture all read the same object and cannot disagree. The finding above
 * it is words, not shaping: see `ChartWords`.
 */
import type { BreakMark, GapMark, Note, SeriesView, SpanMark, Tick } from './layers/marks';

// The marks are the layers' vocabulary; charts and views read them through this module too.
export type {
	BreakMark,
	Datum,
	GapMark,
	Note,
	SeriesView,
	SpanMark,
	Tick,
	Tone
} from './layers/marks';
export { toneVar } from './layers/marks';

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

/**
 * A chart's words: its heading and each state's finding (the timeline's leads), written in
 * src/content/charts/<chart>.aml and resolved at build time. They reach a chart as data (page data
 * and props), never inside its JavaScript, so a view computes none of them.
 */
export interface ChartWords {
	/** A short title for galleries, embeds, pictures and the figure's name. */
	title: string;
	/** One sentence per state saying what it shows, its figures from the data module. */
	findings: Record<string, string>;
}

/**
 * What every chart's view function returns for one state: the contract of all seven charts.
 * `G` is what its chart file draws (a CartesianView for the five time-series charts).
 */
export interface ChartView<G = unknown> {
	/** The geometry the chart file draws, in data units. */
	chart: G;
	/** A plain-text description of exactly what the state plots, for screen readers. */
	summary: string;
	/** The numbers the state plots. */
	table: ChartTable;
	/**
	 * Ids of the sources behind what the state shows, in order of first use; `undefined` means
	 * those of the data `chart.series` plots (see `sourceIdsOf`).
	 */
	sources?: string[];
}
